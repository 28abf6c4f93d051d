import { asRecord, incomplete, optionalString } from '@/lib/parse';

export type BranchKind = 'SHOP' | 'WAREHOUSE';
/** What happens when a sale would take stock below zero. */
export type OversellPolicy = 'BLOCK' | 'ALLOW_AND_FLAG';

/** A shop or warehouse, as GET /api/v1/branches returns it. */
export interface Branch {
  id: string;
  code: string;
  name: string;
  kind: BranchKind;
  address: string;
  phone: string;
  latitude: number | null;
  longitude: number | null;
  radiusMeters: number | null;
  receiptHeader: string;
  receiptFooter: string;
  oversell: OversellPolicy;
  active: boolean;
}

export const BRANCHES_PATH = '/api/v1/branches';

export function branchPath(id: string): string {
  return `${BRANCHES_PATH}/${encodeURIComponent(id)}`;
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function parseBranch(raw: unknown): Branch {
  const body = asRecord(raw);
  const id = body['id'];
  const name = body['name'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof name !== 'string') {
    throw incomplete('branch');
  }
  return {
    id: String(id),
    code: optionalString(body['code']),
    name,
    kind: body['kind'] === 'WAREHOUSE' ? 'WAREHOUSE' : 'SHOP',
    address: optionalString(body['address']),
    phone: optionalString(body['phone']),
    latitude: optionalNumber(body['latitude']),
    longitude: optionalNumber(body['longitude']),
    radiusMeters: optionalNumber(body['radiusMeters']),
    receiptHeader: optionalString(body['receiptHeader']),
    receiptFooter: optionalString(body['receiptFooter']),
    oversell: body['oversell'] === 'ALLOW_AND_FLAG' ? 'ALLOW_AND_FLAG' : 'BLOCK',
    active: body['active'] !== false,
  };
}

/** "Ikeja (IKJ)". */
export function branchLabel(branch: Branch): string {
  return branch.code ? `${branch.name} (${branch.code})` : branch.name;
}
