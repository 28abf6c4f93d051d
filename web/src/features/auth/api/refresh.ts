import { apiClient } from '@/lib/api-client';
import { parseTokens, type TokenResponse } from './tokens';

export const REFRESH_PATH = '/api/v1/auth/refresh';

/** POST /api/v1/auth/refresh: new tokens for a refresh token; 401 when it is no longer valid. */
export async function refreshTokens(refreshToken: string): Promise<TokenResponse> {
  const body = await apiClient.post<unknown>(REFRESH_PATH, { refreshToken }, { auth: false });
  return parseTokens(body);
}
