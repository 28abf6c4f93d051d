import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listPermissions } from '@/features/roles/api/list-permissions';
import { listRoles } from '@/features/roles/api/list-roles';
import type { Role } from '@/features/roles/api/role';
import { RoleFormDialog } from '@/features/roles/components/role-form-dialog';
import { RolesTable } from '@/features/roles/components/roles-table';
import { useResource } from '@/lib/use-resource';

type Editing = { role: Role | null } | null;

export function RolesRoute() {
  const roles = useResource(listRoles);
  const permissions = useResource(listPermissions);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const ready = roles.state.status === 'ready' && permissions.state.status === 'ready';

  const open = (role: Role | null) => {
    setSaved(null);
    setEditing({ role });
  };
  const onSaved = (role: Role) => {
    const isNew = editing?.role === null;
    roles.update((list) =>
      isNew ? [...list, role] : list.map((r) => (r.name === role.name ? role : r)),
    );
    setSaved(isNew ? `Role ${role.name} created.` : `Changes to role ${role.name} saved.`);
    setEditing(null);
  };

  return (
    <Page title="Roles" eyebrow="Administration">
      <div className="toolbar">
        <p className="muted toolbar__text">
          A role is a set of permissions. Users get permissions through their roles.
        </p>
        <Button onClick={() => open(null)} disabled={!ready}>
          New role
        </Button>
      </div>
      {saved && (
        <div className="stack-gap">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      {roles.state.status === 'loading' && <Notice>Loading roles…</Notice>}
      {roles.state.status === 'error' && (
        <ProblemNotice error={roles.state.error} fallback="The roles could not be loaded." />
      )}
      {permissions.state.status === 'error' && (
        <ProblemNotice
          error={permissions.state.error}
          fallback="The list of permissions could not be loaded."
        />
      )}
      {roles.state.status === 'ready' && <RolesTable roles={roles.state.data} onEdit={open} />}
      {editing && permissions.state.status === 'ready' && (
        <RoleFormDialog
          role={editing.role}
          permissions={permissions.state.data}
          onSaved={onSaved}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}
