import { Checkbox } from '@/components/ui/checkbox';
import type { Role } from '@/features/roles/api/role';

export interface RoleChoicesProps {
  roles: readonly Role[];
  selected: readonly string[];
  onChange: (roles: string[]) => void;
  error?: string | undefined;
}

/** The roles a user has, as a list of checkboxes. */
export function RoleChoices({ roles, selected, onChange, error }: RoleChoicesProps) {
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...selected, name] : selected.filter((role) => role !== name));
  return (
    <fieldset className="choice-group" aria-describedby={error ? 'role-choices-error' : undefined}>
      <legend className="field__label">Roles</legend>
      {roles.length === 0 && <p className="muted">No roles could be loaded.</p>}
      <div className="choice-grid">
        {roles.map((role) => (
          <Checkbox
            key={role.name}
            label={role.name}
            description={role.description || undefined}
            checked={selected.includes(role.name)}
            onChange={(event) => toggle(role.name, event.target.checked)}
          />
        ))}
      </div>
      {error && (
        <p className="field__error" id="role-choices-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
