import { formatNaira, koboToNumber, MoneyParseError, parseNairaToKobo } from '@/lib/money';
import type { Product } from './api/product';
import type { ProductPayload } from './api/save-product';
import type { Unit, VatClass } from './units';

/** What the product form edits: money as typed in naira, barcodes one per row. */
export interface ProductDraft {
  sku: string;
  name: string;
  description: string;
  barcodes: string[];
  categoryId: string;
  unit: Unit;
  price: string;
  cost: string;
  vatClass: VatClass;
  trackStock: boolean;
  active: boolean;
  imageFileId: string | null;
}

/** "8500.50" for the form, from 850050 kobo (no ₦ sign and no grouping, easy to edit). */
function nairaText(kobo: number): string {
  return formatNaira(kobo).replace(/[^\d.-]/g, '');
}

export function productDraft(product: Product | null): ProductDraft {
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    barcodes: product && product.barcodes.length > 0 ? [...product.barcodes] : [''],
    categoryId: product?.categoryId ?? '',
    unit: product?.unit ?? 'PIECE',
    price: product ? nairaText(product.priceKobo) : '',
    cost: product ? nairaText(product.costKobo) : '',
    vatClass: product?.vatClass ?? 'STANDARD',
    trackStock: product?.trackStock ?? true,
    active: product?.active ?? true,
    imageFileId: product?.imageFileId ?? null,
  };
}

export type ProductCheck =
  | {
      ok: true;
      payload: ProductPayload;
      /** For each barcode sent, the form row it came from (empty rows are not sent). */
      barcodeRows: number[];
    }
  | { ok: false; errors: Record<string, string> };

function money(text: string, what: string, errors: Record<string, string>, key: string): number {
  try {
    const kobo = parseNairaToKobo(text);
    if (kobo < 0n) errors[key] = `The ${what} cannot be negative.`;
    return koboToNumber(kobo);
  } catch (error) {
    errors[key] =
      error instanceof MoneyParseError
        ? text.trim() === ''
          ? `Enter the ${what} in naira, for example 8,500.00.`
          : error.message
        : `That ${what} is too large.`;
    return 0;
  }
}

/** Checks what can be checked here; the server checks barcodes' digits and uniqueness. */
export function checkProduct(draft: ProductDraft): ProductCheck {
  const errors: Record<string, string> = {};
  const sku = draft.sku.trim();
  if (sku === '') errors['sku'] = 'Enter the SKU (your own code for the product).';
  else if (/\s/.test(sku)) errors['sku'] = 'The SKU cannot contain spaces.';
  if (draft.name.trim() === '') errors['name'] = 'Enter the product name.';
  const priceKobo = money(draft.price, 'selling price', errors, 'price');
  const costKobo = money(draft.cost, 'cost', errors, 'cost');

  const barcodes: string[] = [];
  const barcodeRows: number[] = [];
  draft.barcodes.forEach((raw, row) => {
    const code = raw.trim();
    if (code === '') return;
    if (/\s/.test(code)) errors[`barcodes[${row}]`] = 'A barcode cannot contain spaces.';
    else if (barcodes.includes(code)) errors[`barcodes[${row}]`] = 'This barcode is listed twice.';
    barcodes.push(code);
    barcodeRows.push(row);
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    barcodeRows,
    payload: {
      sku,
      name: draft.name.trim(),
      description: draft.description.trim(),
      barcodes,
      categoryId: draft.categoryId || null,
      unit: draft.unit,
      priceKobo,
      costKobo,
      vatClass: draft.vatClass,
      trackStock: draft.trackStock,
      active: draft.active,
      imageFileId: draft.imageFileId,
    },
  };
}

const SERVER_FIELDS: Record<string, string> = { priceKobo: 'price', costKobo: 'cost' };

/**
 * The server's field problems keyed like the form's fields: `priceKobo` → `price`, and
 * `barcodes[k]` → the row the k-th sent barcode came from.
 */
export function formErrors(
  problems: readonly { field: string; message: string }[],
  barcodeRows: readonly number[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, message } of problems) {
    const barcode = /^barcodes\[(\d+)\]$/.exec(field);
    const key = barcode
      ? `barcodes[${barcodeRows[Number(barcode[1])] ?? Number(barcode[1])}]`
      : (SERVER_FIELDS[field] ?? field);
    result[key] ??= message;
  }
  return result;
}
