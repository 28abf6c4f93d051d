import { asRecord, incomplete, optionalString, strings } from '@/lib/parse';

export interface Role {
  name: string;
  description: string;
  /** Seeded with AstroAxis (Owner, Admin, Manager, …). */
  system: boolean;
  permissions: string[];
}

export const ROLES_PATH = '/api/v1/roles';

export function parseRole(raw: unknown): Role {
  const body = asRecord(raw);
  const name = body['name'];
  if (typeof name !== 'string' || name === '') throw incomplete('role');
  return {
    name,
    description: optionalString(body['description']),
    system: body['system'] === true,
    permissions: strings(body['permissions']),
  };
}
