import { Button } from '@/components/ui/button';
import type { Branch } from '../api/branch';

export interface BranchesTableProps {
  branches: readonly Branch[];
  /** Absent when the user may not edit branches. */
  onEdit?: ((branch: Branch) => void) | undefined;
}

export function BranchesTable({ branches, onEdit }: BranchesTableProps) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="branches-caption" tabIndex={0}>
      <table className="table">
        <caption id="branches-caption" className="visually-hidden">
          Branches
        </caption>
        <thead>
          <tr>
            <th scope="col">Branch</th>
            <th scope="col">Kind</th>
            <th scope="col" className="col--optional">
              Phone
            </th>
            <th scope="col">Overselling</th>
            <th scope="col">Status</th>
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {branches.map((branch) => (
            <tr key={branch.id}>
              <th scope="row">
                <span className="cell-main">{branch.name}</span>
                <span className="cell-sub">
                  <code>{branch.code}</code>
                  {branch.address && ` · ${branch.address}`}
                </span>
              </th>
              <td>{branch.kind === 'WAREHOUSE' ? 'Warehouse' : 'Shop'}</td>
              <td className="col--optional">{branch.phone || <span className="muted">–</span>}</td>
              <td>{branch.oversell === 'BLOCK' ? 'Blocked' : 'Allowed, flagged'}</td>
              <td>
                <span className={branch.active ? 'badge badge--ok' : 'badge badge--off'}>
                  {branch.active ? 'Active' : 'Inactive'}
                </span>
              </td>
              {onEdit && (
                <td className="cell-actions">
                  <Button variant="secondary" className="btn--small" onClick={() => onEdit(branch)}>
                    Edit<span className="visually-hidden"> {branch.name}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
