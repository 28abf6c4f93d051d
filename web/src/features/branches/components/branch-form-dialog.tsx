import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { fieldErrors } from '@/lib/field-errors';
import { useFocusFirstInvalid } from '@/lib/focus-invalid';
import type { Branch } from '../api/branch';
import { createBranch, updateBranch } from '../api/save-branch';
import { branchDraft, checkBranch, type BranchDraft } from '../branch-draft';
import { BranchFields } from './branch-fields';

export interface BranchFormDialogProps {
  /** The branch to edit, or null to create one. */
  branch: Branch | null;
  onSaved: (branch: Branch) => void;
  onClose: () => void;
}

export function BranchFormDialog({ branch, onSaved, onClose }: BranchFormDialogProps) {
  const [draft, setDraft] = useState<BranchDraft>(() => branchDraft(branch));
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const errors = { ...fieldErrors(error), ...localErrors };
  const change = (part: Partial<BranchDraft>) => setDraft((previous) => ({ ...previous, ...part }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const check = checkBranch(draft, branch === null);
    if (!check.ok) {
      setLocalErrors(check.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setLocalErrors({});
    setError(null);
    setSaving(true);
    try {
      onSaved(
        branch ? await updateBranch(branch.id, check.payload) : await createBranch(check.payload),
      );
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog title={branch ? `Edit ${branch.name}` : 'New branch'} onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <BranchFields draft={draft} onChange={change} creating={branch === null} errors={errors} />
        {Object.keys(localErrors).length > 0 && (
          <Notice tone="error" role="alert">
            Check the fields marked above.
          </Notice>
        )}
        {error !== null && <ProblemNotice error={error} fallback="The branch was not saved." />}
        <div className="form__actions">
          <Button type="submit" disabled={saving} busy={saving} busyLabel="Saving…">
            {branch ? 'Save changes' : 'Create branch'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
