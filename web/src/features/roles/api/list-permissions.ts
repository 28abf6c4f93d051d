import { apiClient } from '@/lib/api-client';
import { asRecord } from '@/lib/parse';

export interface Permission {
  code: string;
  description: string;
}

export const PERMISSIONS_PATH = '/api/v1/permissions';

/** GET /api/v1/permissions: every permission code the server knows, with a description. */
export async function listPermissions(signal?: AbortSignal): Promise<Permission[]> {
  const body = await apiClient.get<unknown>(PERMISSIONS_PATH, signal ? { signal } : {});
  if (!Array.isArray(body)) return [];
  return body.flatMap((item: unknown) => {
    const { code, description } = asRecord(item);
    return typeof code === 'string' && code !== ''
      ? [{ code, description: typeof description === 'string' ? description : '' }]
      : [];
  });
}

/** Permissions grouped by module: the text before the first dot ("users.manage" → "users"). */
export function groupByModule(permissions: readonly Permission[]): [string, Permission[]][] {
  const groups = new Map<string, Permission[]>();
  for (const permission of permissions) {
    const dot = permission.code.indexOf('.');
    const module = dot > 0 ? permission.code.slice(0, dot) : permission.code;
    groups.set(module, [...(groups.get(module) ?? []), permission]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, list]) => [module, [...list].sort((x, y) => x.code.localeCompare(y.code))]);
}
