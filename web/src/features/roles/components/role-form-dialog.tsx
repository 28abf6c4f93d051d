import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { fieldErrors } from '@/lib/field-errors';
import { createRole } from '../api/create-role';
import type { Permission } from '../api/list-permissions';
import type { Role } from '../api/role';
import { updateRole, type RoleChanges } from '../api/update-role';
import { PermissionChecklist } from './permission-checklist';

export interface RoleFormDialogProps {
  /** The role to edit, or null to create one. */
  role: Role | null;
  permissions: readonly Permission[];
  onSaved: (role: Role) => void;
  onClose: () => void;
}

function samePermissions(role: Role, permissions: readonly string[]): boolean {
  return (
    permissions.length === role.permissions.length &&
    permissions.every((p) => role.permissions.includes(p))
  );
}

function changesFrom(
  role: Role,
  description: string,
  permissions: string[],
  reason: string,
): RoleChanges {
  const changes: RoleChanges = {};
  if (description.trim() !== role.description) changes.description = description.trim();
  if (!samePermissions(role, permissions)) changes.permissions = [...permissions].sort();
  if (reason.trim() !== '') changes.reason = reason.trim();
  return changes;
}

export function RoleFormDialog({ role, permissions, onSaved, onClose }: RoleFormDialogProps) {
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [selected, setSelected] = useState<string[]>(role?.permissions ?? []);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (!role && name.trim() === '') return setError('Enter a name for the role.');
    if (role && !samePermissions(role, selected) && reason.trim() === '') {
      return setError('Give a reason for changing the permissions of the role.');
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(
        role
          ? await updateRole(role.name, changesFrom(role, description, selected, reason))
          : await createRole({
              name: name.trim(),
              description: description.trim(),
              permissions: [...selected].sort(),
            }),
      );
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog title={role ? `Edit role ${role.name}` : 'New role'} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {!role && (
          <TextField
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors['name']}
          />
        )}
        <TextField
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors['description']}
        />
        <p className="field__label">
          Permissions <span className="muted">({selected.length} chosen)</span>
        </p>
        <PermissionChecklist permissions={permissions} selected={selected} onChange={setSelected} />
        {role && (
          <TextArea
            label="Reason for this change"
            hint="Required when the permissions change. Kept in the audit trail."
            required={!samePermissions(role, selected)}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
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
            {role ? 'Save changes' : 'Create role'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
