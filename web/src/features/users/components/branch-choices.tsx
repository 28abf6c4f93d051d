import { useId } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Notice } from '@/components/ui/notice';
import { branchLabel, type Branch } from '@/features/branches/api/branch';
import { errorText } from '@/lib/error-text';
import type { Resource } from '@/lib/use-resource';
import type { User } from '../api/user';
import { branchChoices, unseenBranchIds, withBranch } from '../user-draft';

export interface BranchChoicesProps {
  /** The branches the administrator can see (GET /api/v1/branches). */
  branches: Resource<readonly Branch[]>;
  /** The user being edited, or null for a new one: closed branches are offered only if assigned. */
  user: User | null;
  selected: readonly string[];
  onChange: (branchIds: string[]) => void;
  /** The user works at every branch: the ticks are kept but play no part. */
  allBranches: boolean;
  error?: string | undefined;
}

function unseenText(n: number): string {
  return n === 1
    ? 'Also assigned to 1 branch you cannot see; it is kept.'
    : `Also assigned to ${n.toLocaleString('en-NG')} branches you cannot see; they are kept.`;
}

/**
 * The branches a user works at, one checkbox per branch by name and code. Ids the list does not
 * hold (branches the administrator cannot see) are not shown and are kept as they are.
 */
export function BranchChoices({
  branches,
  user,
  selected,
  onChange,
  allBranches,
  error,
}: BranchChoicesProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ready = branches.status === 'ready';
  const choices = ready ? branchChoices(branches.data, user) : [];
  const unseen = ready ? unseenBranchIds(selected, branches.data).length : 0;
  const disabled = allBranches || !ready;
  const hint = allBranches
    ? 'Not used: the user works at every branch.'
    : 'The branches the user works at.';
  const describedBy = error ? `${hintId} ${errorId}` : hintId;

  return (
    <fieldset className="choice-group" disabled={disabled} aria-describedby={describedBy}>
      <legend className="field__label">Branches</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {branches.status === 'loading' && <p className="muted">Loading branches…</p>}
      {branches.status === 'error' && (
        <Notice tone="warning">
          <p>The branches could not be loaded, so they cannot be changed now.</p>
          <p>{errorText(branches.error).message}</p>
        </Notice>
      )}
      {ready && choices.length === 0 && <p className="muted">No branches to choose from.</p>}
      {choices.length > 0 && (
        <div className="choice-grid">
          {choices.map((branch) => (
            <Checkbox
              key={branch.id}
              label={branch.active ? branchLabel(branch) : `${branchLabel(branch)} (closed)`}
              checked={selected.includes(branch.id)}
              disabled={disabled}
              onChange={(event) => onChange(withBranch(selected, branch.id, event.target.checked))}
            />
          ))}
        </div>
      )}
      {unseen > 0 && <p className="muted">{unseenText(unseen)}</p>}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
