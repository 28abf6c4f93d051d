import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/text-field';
import type { Branch } from '@/features/branches/api/branch';
import type { Resource } from '@/lib/use-resource';
import type { User } from '../api/user';
import type { UserDraft } from '../user-draft';
import { BranchChoices } from './branch-choices';

export interface UserFieldsProps {
  draft: UserDraft;
  onChange: (change: Partial<UserDraft>) => void;
  /** The user being edited, or null when creating one. */
  user: User | null;
  /** The branches the administrator can see, to choose from. */
  branches: Resource<readonly Branch[]>;
  errors: Record<string, string>;
}

/** Name, contact, password, branches (every one, or those ticked) and status of a user. */
export function UserFields({ draft, onChange, user, branches, errors }: UserFieldsProps) {
  const creating = user === null;
  return (
    <>
      {creating && (
        <TextField
          label="Username"
          hint="Used to sign in. Letters, digits, dots and dashes."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={draft.username}
          onChange={(event) => onChange({ username: event.target.value })}
          error={errors['username']}
        />
      )}
      <TextField
        label="Full name"
        autoComplete="off"
        required
        value={draft.displayName}
        onChange={(event) => onChange({ displayName: event.target.value })}
        error={errors['displayName']}
      />
      <div className="field-row">
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(event) => onChange({ email: event.target.value })}
          error={errors['email']}
        />
        <TextField
          label="Phone"
          type="tel"
          autoComplete="off"
          value={draft.phone}
          onChange={(event) => onChange({ phone: event.target.value })}
          error={errors['phone']}
        />
      </div>
      <TextField
        label={creating ? 'Password' : 'New password'}
        hint={
          creating
            ? 'The user can change it after signing in.'
            : 'Leave empty to keep the current password.'
        }
        type="password"
        autoComplete="new-password"
        required={creating}
        value={draft.password}
        onChange={(event) => onChange({ password: event.target.value })}
        error={errors['password']}
      />
      <Checkbox
        label="All branches (including future ones)"
        description="For owners and administrators. Branches opened later are included too."
        checked={draft.allBranches}
        onChange={(event) => onChange({ allBranches: event.target.checked })}
      />
      <BranchChoices
        branches={branches}
        user={user}
        selected={draft.branchIds}
        onChange={(branchIds) => onChange({ branchIds })}
        allBranches={draft.allBranches}
        error={errors['branchIds']}
      />
      {!creating && (
        <Checkbox
          label="Active"
          description="A user who is not active cannot sign in."
          checked={draft.active}
          onChange={(event) => onChange({ active: event.target.checked })}
        />
      )}
    </>
  );
}
