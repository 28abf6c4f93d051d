import { count } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { summaryFromLine, type ProductSummary } from '@/features/catalog/product-lookup';

/** Stock of one product at one branch. */
export interface StockLevel {
  productId: string;
  branchId: string;
  quantity: number;
  /** null when no reorder level is set. */
  reorderLevel: number | null;
  low: boolean;
  /** When the server adds the product's sku and name to the row. */
  product: ProductSummary | null;
}

export const STOCK_PATH = '/api/v1/stock';

export function parseStockLevel(raw: unknown): StockLevel {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  if (productId === '') throw incomplete('stock level');
  const reorder = body['reorderLevel'];
  return {
    productId,
    branchId: optionalString(body['branchId']),
    quantity: count(body['quantity'], 0),
    reorderLevel: typeof reorder === 'number' ? reorder : null,
    low: body['low'] === true,
    product: summaryFromLine(raw, productId),
  };
}
