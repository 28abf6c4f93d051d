/**
 * Money in AstroAxis is always an integer number of kobo (1 naira = 100 kobo).
 *
 * Nothing here does floating point arithmetic on naira: values are converted to
 * bigint and formatted or parsed with integer and string operations only.
 */

/** An amount of money in kobo: a safe integer `number` or any `bigint`. */
export type Kobo = number | bigint;

export const NAIRA_SIGN = '\u20A6';

/** Thrown by {@link parseNairaToKobo} when the text is not a valid naira amount. */
export class MoneyParseError extends Error {
  override readonly name = 'MoneyParseError';
  readonly input: string;

  constructor(message: string, input: string) {
    super(message);
    this.input = input;
  }
}

/**
 * Converts a kobo amount to bigint, rejecting anything that is not an exact integer.
 * Numbers beyond Number.MAX_SAFE_INTEGER are rejected because they may already have
 * lost kobo; pass such amounts as bigint.
 */
export function toKoboBigInt(kobo: Kobo): bigint {
  if (typeof kobo === 'bigint') return kobo;
  if (typeof kobo !== 'number' || !Number.isInteger(kobo)) {
    throw new RangeError(`Money must be an integer number of kobo, got ${String(kobo)}`);
  }
  if (!Number.isSafeInteger(kobo)) {
    throw new RangeError(`Kobo amount ${String(kobo)} is beyond the safe integer range; use bigint`);
  }
  return BigInt(kobo);
}

/** Converts kobo to a JSON-safe number, or throws a RangeError if it would lose precision. */
export function koboToNumber(kobo: Kobo): number {
  const value = toKoboBigInt(kobo);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Kobo amount ${value.toString()} does not fit in a safe integer`);
  }
  return Number(value);
}

function groupThousands(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out === '' ? part : `${part},${out}`;
  }
  return out;
}

/**
 * Formats kobo as naira, e.g. 150000 → "₦1,500.00", 5 → "₦0.05", -150000 → "-₦1,500.00".
 * @throws RangeError for non-integers, NaN, Infinity and unsafe integer numbers.
 */
export function formatNaira(kobo: Kobo): string {
  const value = toKoboBigInt(kobo);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  const naira = groupThousands(digits.slice(0, -2));
  const fraction = digits.slice(-2);
  return `${negative ? '-' : ''}${NAIRA_SIGN}${naira}.${fraction}`;
}

// Optional minus, optional currency mark, then either plain digits or correctly
// comma-grouped digits, then an optional decimal part of one or two digits.
const AMOUNT_PATTERN =
  /^(-)?\s*(?:\u20A6|NGN)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/i;

/**
 * Parses what a person types as a naira amount into kobo (bigint).
 * Accepts "1500", "1,500", "1500.5", "₦1,500.00", "NGN 20", "-₦3.50", ".75".
 * @throws MoneyParseError for empty text, bad grouping, more than two decimals or anything else.
 */
export function parseNairaToKobo(text: string): bigint {
  const input = text.trim();
  const match = AMOUNT_PATTERN.exec(input);
  if (input === '' || match === null) {
    throw new MoneyParseError('Enter an amount in naira, for example 1,500.00', text);
  }
  const [, minus, whole = '', fraction] = match;
  if (fraction !== undefined && fraction.length > 2) {
    throw new MoneyParseError('Amounts can have at most two decimal places (kobo)', text);
  }
  if (whole === '' && (fraction === undefined || fraction === '')) {
    throw new MoneyParseError('Enter an amount in naira, for example 1,500.00', text);
  }
  const nairaDigits = whole.replaceAll(',', '') || '0';
  const koboDigits = (fraction ?? '').padEnd(2, '0');
  const magnitude = BigInt(nairaDigits) * 100n + BigInt(koboDigits);
  return minus !== undefined && magnitude !== 0n ? -magnitude : magnitude;
}
