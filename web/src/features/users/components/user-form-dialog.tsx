import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextArea } from '@/components/ui/text-area';
import type { Branch } from '@/features/branches/api/branch';
import type { Role } from '@/features/roles/api/role';
import { fieldErrors } from '@/lib/field-errors';
import type { Resource } from '@/lib/use-resource';
import { createUser } from '../api/create-user';
import { updateUser } from '../api/update-user';
import type { User } from '../api/user';
import {
  changesFrom,
  draftFrom,
  needsReason,
  newUserFrom,
  withRoles,
  type UserDraft,
} from '../user-draft';
import { RoleChoices } from './role-choices';
import { UserFields } from './user-fields';

export interface UserFormDialogProps {
  /** The user to edit, or null to create one. */
  user: User | null;
  roles: readonly Role[];
  /** The branches the administrator can see, to choose the user's from. */
  branches: Resource<readonly Branch[]>;
  onSaved: (user: User) => void;
  onClose: () => void;
}

function check(user: User | null, draft: UserDraft): string | null {
  if (!user && (draft.username.trim() === '' || draft.password === ''))
    return 'Enter a username and a password.';
  if (draft.displayName.trim() === '') return 'Enter the full name.';
  if (needsReason(user, draft) && draft.reason.trim() === '') {
    return 'Give a reason for disabling the user or changing roles.';
  }
  return null;
}

export function UserFormDialog({ user, roles, branches, onSaved, onClose }: UserFormDialogProps) {
  const [draft, setDraft] = useState<UserDraft>(() => draftFrom(user));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const change = (part: Partial<UserDraft>) => setDraft((previous) => ({ ...previous, ...part }));
  const reasonNeeded = needsReason(user, draft);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const problem = check(user, draft);
    if (problem) return setError(problem);
    setSaving(true);
    setError(null);
    try {
      onSaved(
        user
          ? await updateUser(user.id, changesFrom(user, draft))
          : await createUser(newUserFrom(draft)),
      );
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog title={user ? `Edit ${user.displayName}` : 'New user'} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <UserFields
          draft={draft}
          onChange={change}
          user={user}
          branches={branches}
          errors={errors}
        />
        <RoleChoices
          roles={roles}
          selected={draft.roles}
          onChange={(list) =>
            setDraft((previous) => ({ ...previous, ...withRoles(previous, list) }))
          }
          error={errors['roles']}
        />
        {reasonNeeded && (
          <TextArea
            label="Reason for this change"
            hint="Required when disabling a user or changing roles. Kept in the audit trail."
            required
            rows={2}
            value={draft.reason}
            onChange={(event) => change({ reason: event.target.value })}
            error={errors['reason']}
          />
        )}
        {typeof error === 'string' && (
          <Notice tone="error" role="alert">
            {error}
          </Notice>
        )}
        {error !== null && typeof error !== 'string' && <ProblemNotice error={error} />}
        <div className="form__actions">
          <Button type="submit" disabled={saving} busy={saving} busyLabel="Saving…">
            {user ? 'Save changes' : 'Create user'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
