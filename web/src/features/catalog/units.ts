/** How a product is counted and taxed; mirrors the server's Unit and VatClass. */
export type Unit = 'PIECE' | 'KILOGRAM' | 'LITRE' | 'METRE';
export type VatClass = 'STANDARD' | 'ZERO_RATED' | 'EXEMPT';

export const UNITS: readonly { value: Unit; label: string; symbol: string }[] = [
  { value: 'PIECE', label: 'Piece (whole numbers)', symbol: 'pcs' },
  { value: 'KILOGRAM', label: 'Kilogram (weighed, up to 3 decimals)', symbol: 'kg' },
  { value: 'LITRE', label: 'Litre (measured, up to 3 decimals)', symbol: 'L' },
  { value: 'METRE', label: 'Metre (measured, up to 3 decimals)', symbol: 'm' },
];

export const VAT_CLASSES: readonly { value: VatClass; label: string; description: string }[] = [
  {
    value: 'STANDARD',
    label: 'Standard (7.5%)',
    description: 'VAT at the standard rate applies; most goods.',
  },
  {
    value: 'ZERO_RATED',
    label: 'Zero-rated (0%)',
    description: 'VAT at 0%, e.g. basic food, medical and educational items.',
  },
  {
    value: 'EXEMPT',
    label: 'Exempt',
    description: 'Outside VAT altogether, e.g. baby products; no VAT is charged.',
  },
];

export function isUnit(value: unknown): value is Unit {
  return UNITS.some((unit) => unit.value === value);
}

export function isVatClass(value: unknown): value is VatClass {
  return VAT_CLASSES.some((vat) => vat.value === value);
}

export function unitSymbol(unit: Unit | undefined): string {
  return UNITS.find((u) => u.value === unit)?.symbol ?? '';
}

export function vatLabel(vat: VatClass): string {
  return VAT_CLASSES.find((v) => v.value === vat)?.label ?? vat;
}

/** Pieces are whole numbers; weighed and measured units take up to 3 decimals. */
export function isWholeUnit(unit: Unit | undefined): boolean {
  return unit === 'PIECE';
}
