import { summaryFromLine, type ProductSummary } from '@/features/catalog/product-lookup';
import { apiClient } from '@/lib/api-client';
import { count, parsePaged, query, type Paged } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { documentLabel } from './movements';
import { STOCK_PATH } from './stock-level';

/**
 * A movement that took a level below zero at a branch that allows it: worth a look (a miscount,
 * a theft, goods received but not recorded).
 */
export interface OversoldFlag {
  movementId: string;
  productId: string;
  branchId: string;
  /** The movement's kind: SALE, TRANSFER_OUT or ADJUSTMENT. */
  type: string;
  /** The movement's signed quantity (negative). */
  quantity: number;
  /** The level it left, below zero. */
  levelAfter: number;
  actor: string;
  /** When it happened (and was flagged). */
  at: string;
  /** The document behind it, e.g. "sale R-0042"; '' when it has no number (an adjustment). */
  document: string;
  /** When the server adds the product's sku and name to the row. */
  product: ProductSummary | null;
}

export function parseOversoldFlag(raw: unknown): OversoldFlag {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  if (productId === '') throw incomplete('oversold flag');
  return {
    movementId: optionalString(body['movementId']),
    productId,
    branchId: optionalString(body['branchId']),
    type: optionalString(body['kind']),
    quantity: count(body['quantity'], 0),
    levelAfter: count(body['levelAfter'], 0),
    actor: optionalString(body['actor']),
    at: optionalString(body['flaggedAt']) || optionalString(body['occurredAt']),
    document: documentLabel(body),
    product: summaryFromLine(raw, productId),
  };
}

export const OVERSOLD_PAGE_SIZE = 50;

/**
 * GET /api/v1/stock/oversold?branchId=&page=&size= → one page, newest first; without branchId,
 * every branch the user sees.
 */
export async function listOversold(
  branchId: string,
  page: number,
  signal?: AbortSignal,
): Promise<Paged<OversoldFlag>> {
  const path = `${STOCK_PATH}/oversold${query({ branchId, page, size: OVERSOLD_PAGE_SIZE })}`;
  const body = await apiClient.get<unknown>(path, signal ? { signal } : {});
  return parsePaged(body, parseOversoldFlag);
}
