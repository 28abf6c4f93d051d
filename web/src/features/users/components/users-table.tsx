import { Button } from '@/components/ui/button';
import type { Branch } from '@/features/branches/api/branch';
import { formatDate } from '@/lib/date-time';
import type { User } from '../api/user';

/** Up to this many branches are listed by code; more are counted. */
const MAX_CODES = 3;

/**
 * "All branches" for a user who works at every branch, else the branches' codes ("IKJ, LEK")
 * when there are a few and all are known, else how many are listed.
 */
function branchesOf(user: User, codes: ReadonlyMap<string, string> | null): string | null {
  if (user.allBranches) return 'All branches';
  const n = user.branchIds.length;
  if (n === 0) return null;
  if (codes && n <= MAX_CODES) {
    const known = user.branchIds.map((id) => codes.get(id));
    if (known.every((code) => code !== undefined)) return known.join(', ');
  }
  return n === 1 ? '1 branch' : `${n.toLocaleString('en-NG')} branches`;
}

/** Each branch's code (its name when it has none), by id. */
function branchCodes(branches: readonly Branch[]): Map<string, string> {
  return new Map(branches.map((branch) => [branch.id, branch.code || branch.name]));
}

export interface UsersTableProps {
  users: readonly User[];
  /** The branches the administrator can see, to name a user's by code; null until loaded. */
  branches: readonly Branch[] | null;
  timeZone: string;
  onEdit: (user: User) => void;
}

export function UsersTable({ users, branches, timeZone, onEdit }: UsersTableProps) {
  const codes = branches ? branchCodes(branches) : null;
  return (
    <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="table">
        <caption id="users-caption" className="visually-hidden">
          Users
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Branches</th>
            <th scope="col">Status</th>
            <th scope="col">Two-step</th>
            <th scope="col" className="col--optional">
              Created
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <span className="cell-main">{user.displayName}</span>
                <span className="cell-sub">{user.username}</span>
              </th>
              <td>
                {user.roles.length > 0 ? (
                  user.roles.join(', ')
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td>{branchesOf(user, codes) ?? <span className="muted">None</span>}</td>
              <td>
                <span className={user.active ? 'badge badge--ok' : 'badge badge--off'}>
                  {user.active ? 'Active' : 'Disabled'}
                </span>
              </td>
              <td>{user.totpEnabled ? 'On' : 'Off'}</td>
              <td className="col--optional">{formatDate(user.createdAt, timeZone)}</td>
              <td className="cell-actions">
                <Button variant="secondary" className="btn--small" onClick={() => onEdit(user)}>
                  Edit<span className="visually-hidden"> {user.displayName}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
