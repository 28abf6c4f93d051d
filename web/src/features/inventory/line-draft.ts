import type { ProductSummary } from '@/features/catalog/product-lookup';
import { isWholeUnit } from '@/features/catalog/units';
import {
  formatQuantity,
  fromMilli,
  parseQuantity,
  QuantityParseError,
  quantityText,
} from '@/lib/quantity';

/** A line being typed: the product and its quantity as text. */
export interface LineDraft {
  productId: string;
  quantity: string;
}

/**
 * Adds a picked product: a new line with 1, or one more on its line when it is already
 * there (scanning the same item twice counts two).
 */
export function addProduct<T extends LineDraft>(
  lines: readonly T[],
  productId: string,
  blank: T,
): T[] {
  const existing = lines.find((line) => line.productId === productId);
  if (!existing) return [...lines, blank];
  return lines.map((line) => {
    if (line !== existing) return line;
    try {
      return { ...line, quantity: quantityText(fromMilli(parseQuantity(line.quantity) + 1000)) };
    } catch {
      return line;
    }
  });
}

/** Checks each line's quantity for its product's unit; errors keyed `lines[i].quantity`. */
export function checkLines(
  lines: readonly LineDraft[],
  products: ReadonlyMap<string, ProductSummary | null>,
  allowZero = false,
): { quantities: number[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const quantities = lines.map((line, index) => {
    try {
      const whole = isWholeUnit(products.get(line.productId)?.unit);
      return fromMilli(parseQuantity(line.quantity, { whole, allowZero }));
    } catch (error) {
      errors[`lines[${index}].quantity`] =
        error instanceof QuantityParseError ? error.message : 'Enter a quantity.';
      return 0;
    }
  });
  return { quantities, errors };
}

/** The difference a - b, formatted, computed in thousandths. */
export function difference(a: number, b: number): string {
  return formatQuantity(fromMilli(Math.round(a * 1000) - Math.round(b * 1000)));
}
