import { apiClient } from '@/lib/api-client';
import { count, parsePaged, query, type Paged } from '@/lib/paged';
import { asRecord, optionalString } from '@/lib/parse';
import { STOCK_PATH } from './stock-level';

/** One entry of the stock ledger: the server's StockJson.MovementLine. */
export interface Movement {
  id: string;
  /** RECEIPT, SALE, RETURN, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, COUNT_CORRECTION. */
  type: string;
  quantity: number;
  /** The level at the branch right after the movement (the ledger records it with each one). */
  quantityAfter: number | null;
  reasonCode: string;
  note: string;
  actor: string;
  occurredAt: string;
  document: string;
}

export const MOVEMENT_TYPES: Record<string, string> = {
  RECEIPT: 'Received',
  SALE: 'Sale',
  RETURN: 'Return',
  ADJUSTMENT: 'Adjustment',
  TRANSFER_OUT: 'Transfer out',
  TRANSFER_IN: 'Transfer in',
  COUNT_CORRECTION: 'Stocktake correction',
};

/**
 * The document behind a movement from its `documentType` and `documentId`, e.g. "transfer 0b1c…";
 * '' when it has no number (an adjustment by hand).
 */
export function documentLabel(body: Record<string, unknown>): string {
  const documentId = optionalString(body['documentId']);
  if (!documentId) return '';
  return [optionalString(body['documentType']), documentId].filter((part) => part !== '').join(' ');
}

export function parseMovement(raw: unknown): Movement {
  const body = asRecord(raw);
  return {
    id: optionalString(body['id']),
    type: optionalString(body['kind']),
    quantity: count(body['quantity'], 0),
    quantityAfter: typeof body['levelAfter'] === 'number' ? body['levelAfter'] : null,
    reasonCode: optionalString(body['reasonCode']),
    note: optionalString(body['note']),
    actor: optionalString(body['actor']),
    occurredAt: optionalString(body['occurredAt']),
    document: documentLabel(body),
  };
}

export const MOVEMENT_PAGE_SIZE = 50;

/** GET /api/v1/stock/movements?productId=&branchId=&page=&size= → one page, newest first. */
export async function listMovements(
  productId: string,
  branchId: string,
  page: number,
  signal?: AbortSignal,
): Promise<Paged<Movement>> {
  const path = `${STOCK_PATH}/movements${query({ productId, branchId, page, size: MOVEMENT_PAGE_SIZE })}`;
  return parsePaged(await apiClient.get<unknown>(path, signal ? { signal } : {}), parseMovement);
}
