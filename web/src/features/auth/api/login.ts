import { apiClient } from '@/lib/api-client';
import { parseTokens, type TokenResponse } from './tokens';

export interface Credentials {
  username: string;
  password: string;
  /** The current code of the user's authenticator app, once the server asked for it. */
  otp?: string;
}

export const LOGIN_PATH = '/api/v1/auth/login';

/**
 * POST /api/v1/auth/login. Fails with problem slugs `invalid-credentials`, `otp-required`,
 * `otp-invalid` (401) and `too-many-attempts` (429, with Retry-After).
 */
export async function login(credentials: Credentials): Promise<TokenResponse> {
  const body = await apiClient.post<unknown>(LOGIN_PATH, credentials, { auth: false });
  return parseTokens(body);
}
