import { apiClient } from '@/lib/api-client';

export const CONFIRM_TOTP_PATH = '/api/v1/me/totp/confirm';

/** POST /api/v1/me/totp/confirm (204): turns two-step sign-in on; 400 `otp-invalid` for a wrong code. */
export async function confirmTotp(code: string): Promise<void> {
  await apiClient.post<void>(CONFIRM_TOTP_PATH, { code });
}
