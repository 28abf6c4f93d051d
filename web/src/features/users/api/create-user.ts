import { apiClient } from '@/lib/api-client';
import { parseUser, USERS_PATH, type User } from './user';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  email: string;
  phone: string;
  roles: string[];
  branchIds: string[];
  /** Every branch, current and future (left out, the server would decide by role). */
  allBranches: boolean;
}

/** POST /api/v1/users → 201 with the new user. */
export async function createUser(user: NewUser): Promise<User> {
  return parseUser(await apiClient.post<unknown>(USERS_PATH, user));
}
