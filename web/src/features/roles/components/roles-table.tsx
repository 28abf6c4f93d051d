import { Button } from '@/components/ui/button';
import type { Role } from '../api/role';

export interface RolesTableProps {
  roles: readonly Role[];
  onEdit: (role: Role) => void;
}

export function RolesTable({ roles, onEdit }: RolesTableProps) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="roles-caption" tabIndex={0}>
      <table className="table">
        <caption id="roles-caption" className="visually-hidden">
          Roles
        </caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Permissions
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.name}>
              <th scope="row">
                <span className="cell-main">{role.name}</span>
                {role.system && <span className="badge badge--info">Built-in</span>}
              </th>
              <td>{role.description || <span className="muted">No description</span>}</td>
              <td className="num">{role.permissions.length}</td>
              <td className="cell-actions">
                <Button variant="secondary" className="btn--small" onClick={() => onEdit(role)}>
                  Edit<span className="visually-hidden"> role {role.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
