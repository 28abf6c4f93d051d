import { apiClient } from '@/lib/api-client';
import { parseItems } from '@/lib/paged';
import { BRANCHES_PATH, parseBranch, type Branch } from './branch';

/** GET /api/v1/branches → plain array of the branches the signed-in user may access. */
export async function listBranches(signal?: AbortSignal): Promise<Branch[]> {
  const body = await apiClient.get<unknown>(BRANCHES_PATH, signal ? { signal } : {});
  return parseItems(body, parseBranch);
}
