import { apiClient } from '@/lib/api-client';

export type ResetChannel = 'EMAIL' | 'SMS';

export const PASSWORD_RESET_PATH = '/api/v1/auth/password-reset';

/** POST /api/v1/auth/password-reset: always 202, whether or not the user exists. */
export async function requestPasswordReset(username: string, channel: ResetChannel): Promise<void> {
  await apiClient.post<unknown>(PASSWORD_RESET_PATH, { username, channel }, { auth: false });
}
