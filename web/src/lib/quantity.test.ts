import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  formatSignedQuantity,
  fromMilli,
  parseQuantity,
  quantityError,
} from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['5', 5000],
    ['1.25', 1250],
    ['0.001', 1],
    ['1,000', 1_000_000],
    ['.5', 500],
    [' 12 ', 12000],
  ])('reads %j as %d thousandths', (text, milli) => {
    expect(parseQuantity(text)).toBe(milli);
  });

  it('refuses more than 3 decimals instead of rounding', () => {
    expect(quantityError('1.2345')).toBe('Quantities can have at most 3 decimal places.');
  });

  it('keeps pieces whole but allows 2.000', () => {
    expect(quantityError('1.5', { whole: true })).toBe('This product is counted in whole pieces.');
    expect(parseQuantity('2.000', { whole: true })).toBe(2000);
  });

  it('refuses zero, negatives and text unless allowed', () => {
    expect(quantityError('0')).toBe('Enter a quantity above zero.');
    expect(parseQuantity('0', { allowZero: true })).toBe(0);
    expect(quantityError('-2')).toBe('Enter a quantity of zero or more.');
    expect(parseQuantity('-2', { allowNegative: true })).toBe(-2000);
    expect(quantityError('two')).toBe('Enter a quantity, for example 5 or 1.25.');
    expect(quantityError('')).toBe('Enter a quantity, for example 5 or 1.25.');
  });

  it('gives the JSON number the API expects without floating point noise', () => {
    expect(fromMilli(parseQuantity('0.1') + parseQuantity('0.2'))).toBe(0.3);
    expect(JSON.stringify({ quantity: fromMilli(parseQuantity('1.25')) })).toBe(
      '{"quantity":1.25}',
    );
  });
});

describe('formatQuantity', () => {
  it.each([
    [2, '2'],
    [1234.5, '1,234.5'],
    [0.125, '0.125'],
    [-0.5, '-0.5'],
    [1_000_000, '1,000,000'],
  ])('formats %d as %s', (quantity, text) => {
    expect(formatQuantity(quantity)).toBe(text);
  });

  it('signs changes', () => {
    expect(formatSignedQuantity(2)).toBe('+2');
    expect(formatSignedQuantity(-1.5)).toBe('-1.5');
    expect(formatSignedQuantity(0)).toBe('0');
  });
});
