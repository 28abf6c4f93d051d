import { asRecord, incomplete } from '@/lib/parse';

/** What POST /auth/login and POST /auth/refresh answer. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export function parseTokens(raw: unknown): TokenResponse {
  const body = asRecord(raw);
  const { accessToken, refreshToken, expiresIn } = body;
  if (typeof accessToken !== 'string' || accessToken === '') throw incomplete('sign-in answer');
  return {
    accessToken,
    refreshToken: typeof refreshToken === 'string' ? refreshToken : '',
    expiresIn: typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 0,
  };
}
