import { asRecord, incomplete, optionalString, strings } from '@/lib/parse';

/** A user account as the Users API returns it. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string;
  phone: string;
  active: boolean;
  roles: string[];
  branchIds: string[];
  /** Works at every branch, current and future; `branchIds` then plays no part. */
  allBranches: boolean;
  totpEnabled: boolean;
  /** ISO-8601 instant. */
  createdAt: string;
}

export const USERS_PATH = '/api/v1/users';

export function parseUser(raw: unknown): User {
  const body = asRecord(raw);
  const id = body['id'];
  const username = body['username'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof username !== 'string') {
    throw incomplete('user');
  }
  return {
    id: String(id),
    username,
    displayName: optionalString(body['displayName']) || username,
    email: optionalString(body['email']),
    phone: optionalString(body['phone']),
    active: body['active'] !== false,
    roles: strings(body['roles']),
    branchIds: strings(body['branchIds']),
    allBranches: body['allBranches'] === true,
    totpEnabled: body['totpEnabled'] === true,
    createdAt: optionalString(body['createdAt']),
  };
}
