import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/date-time';
import type { User } from '../api/user';

/** "All branches" for a user who works at every branch, else how many are listed. */
function branchesOf(user: User): string | null {
  if (user.allBranches) return 'All branches';
  const n = user.branchIds.length;
  if (n === 0) return null;
  return n === 1 ? '1 branch' : `${n.toLocaleString('en-NG')} branches`;
}

export interface UsersTableProps {
  users: readonly User[];
  timeZone: string;
  onEdit: (user: User) => void;
}

export function UsersTable({ users, timeZone, onEdit }: UsersTableProps) {
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
              <td>{branchesOf(user) ?? <span className="muted">None</span>}</td>
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
