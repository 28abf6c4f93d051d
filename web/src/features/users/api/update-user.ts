import { apiClient } from '@/lib/api-client';
import { parseUser, USERS_PATH, type User } from './user';

/** The fields to change; `reason` is required when disabling a user or changing roles. */
export interface UserChanges {
  displayName?: string;
  email?: string;
  phone?: string;
  active?: boolean;
  roles?: string[];
  branchIds?: string[];
  allBranches?: boolean;
  password?: string;
  reason?: string;
}

/** PATCH /api/v1/users/{id} → 200 with the updated user. */
export async function updateUser(id: string, changes: UserChanges): Promise<User> {
  return parseUser(
    await apiClient.patch<unknown>(`${USERS_PATH}/${encodeURIComponent(id)}`, changes),
  );
}
