import { apiClient } from '@/lib/api-client';

export interface PasswordResetConfirmation {
  username: string;
  code: string;
  newPassword: string;
  /** The authenticator code, required for users who have set one up. */
  otp?: string;
}

export const PASSWORD_RESET_CONFIRM_PATH = '/api/v1/auth/password-reset/confirm';

/**
 * POST /api/v1/auth/password-reset/confirm (204). Fails with `reset-code-invalid` (400),
 * `otp-required` or `otp-invalid` (401).
 */
export async function confirmPasswordReset(confirmation: PasswordResetConfirmation): Promise<void> {
  await apiClient.post<void>(PASSWORD_RESET_CONFIRM_PATH, confirmation, { auth: false });
}
