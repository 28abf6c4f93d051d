import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { listRoles } from '@/features/roles/api/list-roles';
import { listUsers } from '@/features/users/api/list-users';
import type { User } from '@/features/users/api/user';
import { UserFormDialog } from '@/features/users/components/user-form-dialog';
import { UsersTable } from '@/features/users/components/users-table';
import { useResource } from '@/lib/use-resource';

type Editing = { user: User | null } | null;

export function UsersRoute() {
  const { info } = useAppInfo();
  const users = useResource(listUsers);
  const roles = useResource(listRoles);
  const branches = useResource(listBranches);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const open = (user: User | null) => {
    setSaved(null);
    setEditing({ user });
  };
  const onSaved = (user: User) => {
    const isNew = editing?.user === null;
    users.update((list) =>
      isNew ? [...list, user] : list.map((u) => (u.id === user.id ? user : u)),
    );
    setSaved(isNew ? `User ${user.username} created.` : `Changes to ${user.displayName} saved.`);
    setEditing(null);
  };

  return (
    <Page title="Users" eyebrow="Administration">
      <div className="toolbar">
        <p className="muted toolbar__text">
          People who can sign in to AstroAxis, their roles and branches.
        </p>
        <Button onClick={() => open(null)} disabled={users.state.status !== 'ready'}>
          New user
        </Button>
      </div>
      {saved && (
        <div className="stack-gap">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      {users.state.status === 'loading' && <Notice>Loading users…</Notice>}
      {users.state.status === 'error' && (
        <ProblemNotice error={users.state.error} fallback="The users could not be loaded." />
      )}
      {users.state.status === 'ready' && (
        <UsersTable
          users={users.state.data}
          branches={branches.state.status === 'ready' ? branches.state.data : null}
          timeZone={info.timezone}
          onEdit={open}
        />
      )}
      {editing && (
        <UserFormDialog
          user={editing.user}
          roles={roles.state.status === 'ready' ? roles.state.data : []}
          branches={branches.state}
          onSaved={onSaved}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}
