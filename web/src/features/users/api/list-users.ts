import { apiClient } from '@/lib/api-client';
import { parseUser, USERS_PATH, type User } from './user';

/** GET /api/v1/users (permission users.manage). */
export async function listUsers(signal?: AbortSignal): Promise<User[]> {
  const body = await apiClient.get<unknown>(USERS_PATH, signal ? { signal } : {});
  return Array.isArray(body) ? body.map(parseUser) : [];
}
