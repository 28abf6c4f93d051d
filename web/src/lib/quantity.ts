/**
 * Stock quantities: JSON numbers with at most 3 decimals (thousandths). Arithmetic is done
 * on whole thousandths ("milli-units", integers) so that 0.1 + 0.2 stays 0.3.
 */

export const QUANTITY_DECIMALS = 3;

export class QuantityParseError extends Error {
  override readonly name = 'QuantityParseError';
}

export interface QuantityRules {
  /** Only whole numbers (products sold by the piece). */
  whole?: boolean;
  allowNegative?: boolean;
  allowZero?: boolean;
}

const PATTERN = /^([-+])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/** A quantity in thousandths, e.g. 1.25 → 1250. */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** Thousandths back to the JSON number the API expects, e.g. 1250 → 1.25. */
export function fromMilli(milli: number): number {
  return milli / 1000;
}

/**
 * Parses what a person typed ("12", "1,000", "0.75", "-2") into thousandths.
 * @throws QuantityParseError with a message fit to show next to the field.
 */
export function parseQuantity(text: string, rules: QuantityRules = {}): number {
  const input = text.trim();
  const match = PATTERN.exec(input);
  const [, sign, whole = '', fraction = ''] = match ?? [];
  if (input === '' || match === null || (whole === '' && fraction === '')) {
    throw new QuantityParseError('Enter a quantity, for example 5 or 1.25.');
  }
  if (fraction.length > QUANTITY_DECIMALS) {
    throw new QuantityParseError('Quantities can have at most 3 decimal places.');
  }
  if (rules.whole && /[1-9]/.test(fraction)) {
    throw new QuantityParseError('This product is counted in whole pieces.');
  }
  const magnitude =
    Number(whole.replaceAll(',', '') || '0') * 1000 + Number(fraction.padEnd(3, '0'));
  if (!Number.isSafeInteger(magnitude)) throw new QuantityParseError('That quantity is too large.');
  const milli = sign === '-' ? -magnitude : magnitude;
  if (milli < 0 && !rules.allowNegative) {
    throw new QuantityParseError('Enter a quantity of zero or more.');
  }
  if (milli === 0 && !rules.allowZero) throw new QuantityParseError('Enter a quantity above zero.');
  return milli;
}

/** The error message for a typed quantity, or null when it is fine. */
export function quantityError(text: string, rules: QuantityRules = {}): string | null {
  try {
    parseQuantity(text, rules);
    return null;
  } catch (error) {
    return error instanceof QuantityParseError ? error.message : 'Enter a valid quantity.';
  }
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234.5 → "1,234.5", 2 → "2", -0.125 → "-0.125". */
export function formatQuantity(quantity: number): string {
  const milli = toMilli(quantity);
  const negative = milli < 0;
  const digits = String(Math.abs(milli)).padStart(4, '0');
  const whole = group(String(Number(digits.slice(0, -3))));
  const fraction = digits.slice(-3).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Like formatQuantity, with a sign for positive values too: "+2", "-1.5", "0". */
export function formatSignedQuantity(quantity: number): string {
  return toMilli(quantity) > 0 ? `+${formatQuantity(quantity)}` : formatQuantity(quantity);
}

/** The text of a quantity for an input field: "2", "1.25". */
export function quantityText(quantity: number): string {
  return formatQuantity(quantity).replaceAll(',', '');
}
