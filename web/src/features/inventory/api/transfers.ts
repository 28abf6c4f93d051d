import { apiClient } from '@/lib/api-client';
import { parsePaged, query, type Paged } from '@/lib/paged';
import { parseTransfer, transferPath, TRANSFERS_PATH, type Transfer } from './transfer';

export interface LineQuantity {
  productId: string;
  quantity: number;
}

/** GET /api/v1/stock/transfers?branchId= (transfers from or to the branch). */
export async function listTransfers(
  branchId: string,
  page: number,
  signal?: AbortSignal,
): Promise<Paged<Transfer>> {
  const path = `${TRANSFERS_PATH}${query({ branchId, page, size: 50 })}`;
  return parsePaged(await apiClient.get<unknown>(path, signal ? { signal } : {}), parseTransfer);
}

/** GET /api/v1/stock/transfers/{id}. */
export async function getTransfer(id: string, signal?: AbortSignal): Promise<Transfer> {
  return parseTransfer(await apiClient.get<unknown>(transferPath(id), signal ? { signal } : {}));
}

/**
 * POST /api/v1/stock/transfers {fromBranchId, toBranchId, lines, note?} → 201 with the
 * transfer: the stock leaves the first branch at once (permission inventory.transfer).
 */
export async function createTransfer(transfer: {
  fromBranchId: string;
  toBranchId: string;
  lines: LineQuantity[];
  note?: string;
}): Promise<string> {
  return parseTransfer(await apiClient.post<unknown>(TRANSFERS_PATH, transfer)).id;
}

/**
 * POST /api/v1/stock/transfers/{id}/receive {lines:[{productId, quantity}]} → 200 with the
 * transfer, now RECEIVED, each line with `sent`, `received` and `shortfall`.
 */
export async function receiveTransfer(id: string, lines: LineQuantity[]): Promise<Transfer> {
  return parseTransfer(await apiClient.post<unknown>(`${transferPath(id)}/receive`, { lines }));
}
