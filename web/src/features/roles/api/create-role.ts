import { apiClient } from '@/lib/api-client';
import { parseRole, ROLES_PATH, type Role } from './role';

export interface NewRole {
  name: string;
  description: string;
  permissions: string[];
}

/** POST /api/v1/roles → 201 with the new role. */
export async function createRole(role: NewRole): Promise<Role> {
  return parseRole(await apiClient.post<unknown>(ROLES_PATH, role));
}
