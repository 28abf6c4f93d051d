import { apiClient } from '@/lib/api-client';

export const CHANGE_PASSWORD_PATH = '/api/v1/me/password';

/** POST /api/v1/me/password (204); 400 with `errors: [{field, message}]` when a password is not accepted. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiClient.post<void>(CHANGE_PASSWORD_PATH, { currentPassword, newPassword });
}
