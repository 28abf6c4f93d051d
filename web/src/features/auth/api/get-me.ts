import { apiClient } from '@/lib/api-client';
import { asRecord, incomplete, optionalString, strings } from '@/lib/parse';

/** The signed-in user, from GET /api/v1/me. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  email: string;
  phone: string;
  roles: string[];
  permissions: string[];
  branchIds: string[];
  allBranches: boolean;
  totpEnabled: boolean;
  /** Policy requires this user to use an authenticator app (Owner and Admin in production). */
  totpRequired: boolean;
}

export const ME_PATH = '/api/v1/me';

export function parseMe(raw: unknown): Me {
  const body = asRecord(raw);
  const username = body['username'];
  if (typeof username !== 'string' || username === '') throw incomplete('user profile');
  const displayName = optionalString(body['displayName']);
  return {
    id: optionalString(body['id']),
    username,
    displayName: displayName !== '' ? displayName : username,
    email: optionalString(body['email']),
    phone: optionalString(body['phone']),
    roles: strings(body['roles']),
    permissions: strings(body['permissions']),
    branchIds: strings(body['branchIds']),
    allBranches: body['allBranches'] === true,
    totpEnabled: body['totpEnabled'] === true,
    totpRequired: body['totpRequired'] === true,
  };
}

export async function getMe(signal?: AbortSignal): Promise<Me> {
  return parseMe(await apiClient.get<unknown>(ME_PATH, signal ? { signal } : {}));
}

/** True when policy requires an authenticator app that the user has not set up yet. */
export function needsTotpEnrolment(me: Me): boolean {
  return me.totpRequired && !me.totpEnabled;
}
