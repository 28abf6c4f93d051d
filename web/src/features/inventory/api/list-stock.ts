import { apiClient } from '@/lib/api-client';
import { parseItems, query } from '@/lib/paged';
import { parseStockLevel, STOCK_PATH, type StockLevel } from './stock-level';

/** GET /api/v1/stock?branchId=&productId= → plain array of levels. */
export async function listStock(
  filter: { branchId?: string; productId?: string },
  signal?: AbortSignal,
): Promise<StockLevel[]> {
  const path = `${STOCK_PATH}${query({ branchId: filter.branchId, productId: filter.productId })}`;
  return parseItems(await apiClient.get<unknown>(path, signal ? { signal } : {}), parseStockLevel);
}

/** GET /api/v1/stock/low?branchId= → the levels at or below their reorder level. */
export async function listLowStock(branchId: string, signal?: AbortSignal): Promise<StockLevel[]> {
  const path = `${STOCK_PATH}/low${query({ branchId })}`;
  return parseItems(await apiClient.get<unknown>(path, signal ? { signal } : {}), parseStockLevel);
}
