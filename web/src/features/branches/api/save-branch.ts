import { apiClient } from '@/lib/api-client';
import {
  BRANCHES_PATH,
  branchPath,
  parseBranch,
  type Branch,
  type BranchKind,
  type OversellPolicy,
} from './branch';

/** The body of POST /api/v1/branches and PATCH /api/v1/branches/{id}. */
export interface BranchPayload {
  code?: string;
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
  active?: boolean;
  /** On a change: the location fields to remove (null there means "keep"). */
  clear?: ('latitude' | 'longitude' | 'radiusMeters')[];
}

/** POST /api/v1/branches → 201 with the branch (permission branches.manage). */
export async function createBranch(payload: BranchPayload): Promise<Branch> {
  return parseBranch(await apiClient.post<unknown>(BRANCHES_PATH, payload));
}

/** PATCH /api/v1/branches/{id} → 200 with the branch (permission branches.manage). */
export async function updateBranch(id: string, payload: BranchPayload): Promise<Branch> {
  return parseBranch(await apiClient.patch<unknown>(branchPath(id), payload));
}
