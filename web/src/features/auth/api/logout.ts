import { apiClient } from '@/lib/api-client';

export const LOGOUT_PATH = '/api/v1/auth/logout';

/** POST /api/v1/auth/logout (204): the server forgets the session and its refresh token. */
export async function logout(
  refreshToken: string | undefined,
  signal?: AbortSignal,
): Promise<void> {
  await apiClient.post<void>(LOGOUT_PATH, refreshToken ? { refreshToken } : {}, {
    retryUnauthorized: false,
    ...(signal ? { signal } : {}),
  });
}
