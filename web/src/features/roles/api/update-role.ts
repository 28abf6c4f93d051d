import { apiClient } from '@/lib/api-client';
import { parseRole, ROLES_PATH, type Role } from './role';

export interface RoleChanges {
  description?: string;
  permissions?: string[];
  reason?: string;
}

/** PATCH /api/v1/roles/{name} → 200 with the updated role. */
export async function updateRole(name: string, changes: RoleChanges): Promise<Role> {
  return parseRole(
    await apiClient.patch<unknown>(`${ROLES_PATH}/${encodeURIComponent(name)}`, changes),
  );
}
