import { describe, expect, it } from 'vitest';
import { formatNaira, koboToNumber, MoneyParseError, parseNairaToKobo, toKoboBigInt } from './money';

describe('formatNaira', () => {
  it.each([
    [150000, '₦1,500.00'],
    [0, '₦0.00'],
    [5, '₦0.05'],
    [50, '₦0.50'],
    [99, '₦0.99'],
    [100, '₦1.00'],
    [123456, '₦1,234.56'],
    [99999999, '₦999,999.99'],
    [100000000, '₦1,000,000.00'],
    [-150000, '-₦1,500.00'],
    [-5, '-₦0.05'],
    [-0, '₦0.00'],
  ])('formats %s kobo as %s', (kobo, expected) => {
    expect(formatNaira(kobo)).toBe(expected);
  });

  it('formats large safe integers exactly', () => {
    expect(formatNaira(900719925474099)).toBe('₦9,007,199,254,740.99');
    expect(formatNaira(Number.MAX_SAFE_INTEGER)).toBe('₦90,071,992,547,409.91');
    expect(formatNaira(Number.MIN_SAFE_INTEGER)).toBe('-₦90,071,992,547,409.91');
  });

  it('formats bigint amounts beyond 2^53 exactly', () => {
    expect(formatNaira(2n ** 53n + 1n)).toBe('₦90,071,992,547,409.93');
    expect(formatNaira(123456789012345678901234567890n)).toBe(
      '₦1,234,567,890,123,456,789,012,345,678.90',
    );
    expect(formatNaira(-100000000000000000001n)).toBe('-₦1,000,000,000,000,000,000.01');
    expect(formatNaira(0n)).toBe('₦0.00');
    expect(formatNaira(7n)).toBe('₦0.07');
  });

  it.each([1.5, 0.1, -2.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'throws RangeError for %s',
    (value) => {
      expect(() => formatNaira(value)).toThrow(RangeError);
    },
  );

  it('throws RangeError for unsafe integer numbers, which may have lost kobo', () => {
    expect(() => formatNaira(2 ** 53)).toThrow(RangeError);
    expect(() => formatNaira(1e21)).toThrow(RangeError);
  });

  it('throws RangeError for values that are not numbers at all', () => {
    expect(() => formatNaira('100' as unknown as number)).toThrow(RangeError);
    expect(() => formatNaira(null as unknown as number)).toThrow(RangeError);
  });
});

describe('parseNairaToKobo', () => {
  it.each([
    ['1500', 150000n],
    ['1,500', 150000n],
    ['1500.5', 150050n],
    ['1500.05', 150005n],
    ['₦1,500.00', 150000n],
    ['₦ 1,500.00', 150000n],
    ['NGN 20', 2000n],
    ['ngn20.10', 2010n],
    ['  42  ', 4200n],
    ['0', 0n],
    ['0.01', 1n],
    ['.75', 75n],
    ['1500.', 150000n],
    ['1,234,567.89', 123456789n],
    ['-₦3.50', -350n],
    ['-12', -1200n],
    ['-0', 0n],
    ['00012', 1200n],
  ])('parses %j as %s kobo', (text, expected) => {
    expect(parseNairaToKobo(text)).toBe(expected);
  });

  it('parses amounts beyond 2^53 kobo exactly', () => {
    expect(parseNairaToKobo('90,071,992,547,409.93')).toBe(2n ** 53n + 1n);
    expect(parseNairaToKobo('1234567890123456789012345678.90')).toBe(
      123456789012345678901234567890n,
    );
  });

  it.each([
    '',
    '   ',
    '₦',
    '-',
    '.',
    'abc',
    '1.234',
    '1500.005',
    '1,50',
    '1,5000',
    ',100',
    '1,,000',
    '12a',
    '1 500',
    '1.5.0',
    '--5',
    '+5',
    '1e5',
    '$100',
    'Infinity',
    'NaN',
    '0x10',
    '١٢٣',
  ])('rejects %j', (text) => {
    expect(() => parseNairaToKobo(text)).toThrow(MoneyParseError);
  });

  it('says why more than two decimals are rejected', () => {
    expect(() => parseNairaToKobo('1.999')).toThrow(/two decimal places/);
  });

  it('round-trips with formatNaira', () => {
    for (const kobo of [0n, 1n, 99n, 100n, 150000n, -150000n, 987654321987654321n]) {
      expect(parseNairaToKobo(formatNaira(kobo))).toBe(kobo);
    }
  });
});

describe('kobo conversions', () => {
  it('toKoboBigInt accepts safe integers and bigint', () => {
    expect(toKoboBigInt(42)).toBe(42n);
    expect(toKoboBigInt(-42n)).toBe(-42n);
  });

  it('koboToNumber keeps safe values and refuses lossy ones', () => {
    expect(koboToNumber(150000n)).toBe(150000);
    expect(koboToNumber(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => koboToNumber(2n ** 53n)).toThrow(RangeError);
    expect(() => koboToNumber(-(2n ** 53n))).toThrow(RangeError);
  });
});
