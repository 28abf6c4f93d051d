import { apiClient } from '@/lib/api-client';
import { count, parsePaged, query, type Paged } from '@/lib/paged';
import { asRecord, optionalString } from '@/lib/parse';
import { STOCK_PATH } from './stock-level';

/** One entry of the stock ledger. */
export interface Movement {
  id: string;
  /** RECEIPT, SALE, RETURN, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, COUNT_CORRECTION. */
  type: string;
  quantity: number;
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

const first = (body: Record<string, unknown>, ...keys: string[]) =>
  keys.map((key) => body[key]).find((value) => value !== undefined && value !== null);

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

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
  const after = body['quantityAfter'];
  return {
    id: text(first(body, 'id', 'movementId')),
    type: optionalString(first(body, 'type', 'kind')),
    quantity: count(body['quantity'], 0),
    quantityAfter: typeof after === 'number' ? after : null,
    reasonCode: optionalString(body['reasonCode']),
    note: optionalString(body['note']),
    actor: text(first(body, 'actorName', 'actor', 'actorUsername')),
    occurredAt: optionalString(first(body, 'occurredAt', 'at', 'createdAt')),
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
