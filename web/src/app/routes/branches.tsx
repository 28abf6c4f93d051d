import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { usePermissions } from '@/features/auth/components/me-context';
import type { Branch } from '@/features/branches/api/branch';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchFormDialog } from '@/features/branches/components/branch-form-dialog';
import { BranchesTable } from '@/features/branches/components/branches-table';
import { useResource } from '@/lib/use-resource';

type Editing = { branch: Branch | null } | null;

/** Shops and warehouses: everyone sees the ones they work in; branches.manage edits them. */
export function BranchesRoute() {
  const canManage = usePermissions().includes('branches.manage');
  const branches = useResource(listBranches);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const open = (branch: Branch | null) => {
    setSaved(null);
    setEditing({ branch });
  };
  const onSaved = (branch: Branch) => {
    const isNew = editing?.branch === null;
    branches.update((list) =>
      isNew ? [...list, branch] : list.map((b) => (b.id === branch.id ? branch : b)),
    );
    setSaved(isNew ? `Branch ${branch.name} created.` : `Changes to ${branch.name} saved.`);
    setEditing(null);
  };

  return (
    <Page title="Branches" eyebrow="Business">
      <div className="toolbar">
        <p className="muted toolbar__text">Your shops and warehouses.</p>
        {canManage && (
          <Button onClick={() => open(null)} disabled={branches.state.status !== 'ready'}>
            New branch
          </Button>
        )}
      </div>
      {saved && (
        <div className="stack-gap">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      {branches.state.status === 'loading' && <Notice>Loading branches…</Notice>}
      {branches.state.status === 'error' && (
        <ProblemNotice error={branches.state.error} fallback="The branches could not be loaded." />
      )}
      {branches.state.status === 'ready' &&
        (branches.state.data.length === 0 ? (
          <Notice>No branches yet.</Notice>
        ) : (
          <BranchesTable branches={branches.state.data} onEdit={canManage ? open : undefined} />
        ))}
      {editing && (
        <BranchFormDialog
          branch={editing.branch}
          onSaved={onSaved}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}
