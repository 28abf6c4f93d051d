import { apiClient } from '@/lib/api-client';
import { parseRole, ROLES_PATH, type Role } from './role';

/** GET /api/v1/roles (permission users.manage). */
export async function listRoles(signal?: AbortSignal): Promise<Role[]> {
  const body = await apiClient.get<unknown>(ROLES_PATH, signal ? { signal } : {});
  return Array.isArray(body) ? body.map(parseRole) : [];
}
