import { count, parseItems } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { summaryFromLine, type ProductSummary } from '@/features/catalog/product-lookup';

export type OrderStatus = 'DRAFT' | 'ORDERED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | string;

export interface OrderLine {
  productId: string;
  quantity: number;
  unitCostKobo: number;
  received: number;
  product: ProductSummary | null;
}

export interface PurchaseOrder {
  id: string;
  supplierId: string;
  branchId: string;
  status: OrderStatus;
  lines: OrderLine[];
  createdAt: string;
}

export const ORDER_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  ORDERED: 'Ordered',
  PARTIALLY_RECEIVED: 'Partly received',
  RECEIVED: 'Received',
};

export const ORDERS_PATH = '/api/v1/purchase-orders';

export function orderPath(id: string): string {
  return `${ORDERS_PATH}/${encodeURIComponent(id)}`;
}

function parseLine(raw: unknown): OrderLine {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  return {
    productId,
    quantity: count(body['quantity'], 0),
    unitCostKobo: count(body['unitCostKobo'], 0),
    received: count(body['received'], 0),
    product: summaryFromLine(raw, productId),
  };
}

export function parseOrder(raw: unknown): PurchaseOrder {
  const body = asRecord(raw);
  const id = body['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw incomplete('purchase order');
  return {
    id: String(id),
    supplierId: optionalString(body['supplierId']),
    branchId: optionalString(body['branchId']),
    status: optionalString(body['status']) || 'DRAFT',
    lines: parseItems(body['lines'] ?? [], parseLine),
    createdAt: optionalString(body['createdAt']),
  };
}

/** What is still to come on a line (never below zero). */
export function remaining(line: OrderLine): number {
  return Math.max(0, Math.round((line.quantity - line.received) * 1000)) / 1000;
}

/** Quantity × unit cost in kobo, rounded to the nearest kobo. */
export function lineTotalKobo(quantity: number, unitCostKobo: number): number {
  return Math.round((Math.round(quantity * 1000) * unitCostKobo) / 1000);
}

export function orderTotalKobo(order: PurchaseOrder): number {
  return order.lines.reduce(
    (sum, line) => sum + lineTotalKobo(line.quantity, line.unitCostKobo),
    0,
  );
}
