import { apiClient } from '@/lib/api-client';
import { asRecord, incomplete } from '@/lib/parse';

/** A new authenticator secret, not active until confirmed with a code. */
export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  /** A `data:image/svg+xml;base64,…` QR code of the otpauth URI. */
  qrCodeDataUri: string;
}

export const START_TOTP_PATH = '/api/v1/me/totp';

export async function startTotp(): Promise<TotpSetup> {
  const body = asRecord(await apiClient.post<unknown>(START_TOTP_PATH));
  const { secret, otpauthUri, qrCodeDataUri } = body;
  if (typeof secret !== 'string' || secret === '') throw incomplete('authenticator setup');
  return {
    secret,
    otpauthUri: typeof otpauthUri === 'string' ? otpauthUri : '',
    // Only an image data URI is ever put into the page.
    qrCodeDataUri:
      typeof qrCodeDataUri === 'string' && qrCodeDataUri.startsWith('data:image/')
        ? qrCodeDataUri
        : '',
  };
}

/** The secret in groups of four characters, as people type it into an authenticator app. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
