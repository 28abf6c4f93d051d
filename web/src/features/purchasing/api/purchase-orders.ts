import { apiClient } from '@/lib/api-client';
import { parsePaged, query, type Paged } from '@/lib/paged';
import { orderPath, ORDERS_PATH, parseOrder, type PurchaseOrder } from './purchase-order';

export interface NewOrderLine {
  productId: string;
  quantity: number;
  unitCostKobo: number;
}

/** GET /api/v1/purchase-orders (permission purchasing.manage). */
export async function listOrders(
  page: number,
  signal?: AbortSignal,
): Promise<Paged<PurchaseOrder>> {
  const body = await apiClient.get<unknown>(
    `${ORDERS_PATH}${query({ page, size: 50 })}`,
    signal ? { signal } : {},
  );
  return parsePaged(body, parseOrder);
}

/** GET /api/v1/purchase-orders/{id}. */
export async function getOrder(id: string, signal?: AbortSignal): Promise<PurchaseOrder> {
  return parseOrder(await apiClient.get<unknown>(orderPath(id), signal ? { signal } : {}));
}

/** POST /api/v1/purchase-orders {supplierId, branchId, lines} → 201 with the DRAFT order. */
export async function createOrder(order: {
  supplierId: string;
  branchId: string;
  lines: NewOrderLine[];
}): Promise<PurchaseOrder> {
  return parseOrder(await apiClient.post<unknown>(ORDERS_PATH, order));
}

/** POST /api/v1/purchase-orders/{id}/order: DRAFT → ORDERED. */
export async function markOrdered(id: string): Promise<void> {
  await apiClient.post<unknown>(`${orderPath(id)}/order`);
}

/**
 * POST /api/v1/purchase-orders/{id}/receipts {lines:[{productId, quantity}]}: adds the stock
 * at the order's branch; the order becomes PARTIALLY_RECEIVED or RECEIVED.
 */
export async function receiveOrder(
  id: string,
  lines: { productId: string; quantity: number }[],
): Promise<void> {
  await apiClient.post<unknown>(`${orderPath(id)}/receipts`, { lines });
}
