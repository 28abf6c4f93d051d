import { count, parseItems } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { summaryFromLine, type ProductSummary } from '@/features/catalog/product-lookup';

export interface TransferLine {
  productId: string;
  sent: number;
  /** null until received. */
  received: number | null;
  shortfall: number;
  product: ProductSummary | null;
}

/** Stock moving between branches: DISPATCHED (in transit), then RECEIVED. */
export interface Transfer {
  id: string;
  fromBranchId: string;
  toBranchId: string;
  status: string;
  note: string;
  lines: TransferLine[];
  /** When it was dispatched (the server's `dispatchedAt`). */
  createdAt: string;
  receivedAt: string;
}

export const TRANSFERS_PATH = '/api/v1/stock/transfers';

export function transferPath(id: string): string {
  return `${TRANSFERS_PATH}/${encodeURIComponent(id)}`;
}

function parseLine(raw: unknown): TransferLine {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  return {
    productId,
    sent: count(body['sent'], 0),
    // received and shortfall are left out until the transfer is received.
    received: typeof body['received'] === 'number' ? body['received'] : null,
    shortfall: count(body['shortfall'], 0),
    product: summaryFromLine(raw, productId),
  };
}

export function parseTransfer(raw: unknown): Transfer {
  const body = asRecord(raw);
  const id = body['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw incomplete('transfer');
  return {
    id: String(id),
    fromBranchId: optionalString(body['fromBranchId']),
    toBranchId: optionalString(body['toBranchId']),
    status: optionalString(body['status']) || 'DISPATCHED',
    note: optionalString(body['note']),
    lines: parseItems(body['lines'] ?? [], parseLine),
    createdAt: optionalString(body['dispatchedAt']),
    receivedAt: optionalString(body['receivedAt']),
  };
}
