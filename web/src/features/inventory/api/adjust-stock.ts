import { apiClient } from '@/lib/api-client';
import { asRecord } from '@/lib/parse';
import { STOCK_PATH } from './stock-level';

export const REASON_CODES = [
  { value: 'FOUND', label: 'Found (stock turned up)' },
  { value: 'DAMAGED', label: 'Damaged' },
  { value: 'EXPIRED', label: 'Expired' },
  { value: 'THEFT', label: 'Theft or loss' },
  { value: 'CORRECTION', label: 'Correction of a mistake' },
  { value: 'OTHER', label: 'Other (explain in the note)' },
] as const;

export type ReasonCode = (typeof REASON_CODES)[number]['value'];

export interface Adjustment {
  branchId: string;
  productId: string;
  /** Positive adds stock, negative takes it out; up to 3 decimals. */
  quantity: number;
  reasonCode: ReasonCode;
  note?: string;
}

/**
 * POST /api/v1/stock/adjustments → 201 `{movementId, …, quantityAfter}` (permission
 * inventory.adjust). Resolves with the level after the adjustment, when the server gave it.
 */
export async function adjustStock(adjustment: Adjustment): Promise<number | null> {
  const body = asRecord(await apiClient.post<unknown>(`${STOCK_PATH}/adjustments`, adjustment));
  const after = body['quantityAfter'];
  return typeof after === 'number' ? after : null;
}

/** PUT /api/v1/stock/reorder-levels {productId, branchId, level} (permission inventory.adjust). */
export async function setReorderLevel(
  productId: string,
  branchId: string,
  level: number,
): Promise<void> {
  await apiClient.put<unknown>(`${STOCK_PATH}/reorder-levels`, { productId, branchId, level });
}
