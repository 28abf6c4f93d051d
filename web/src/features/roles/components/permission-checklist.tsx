import { Checkbox } from '@/components/ui/checkbox';
import { groupByModule, type Permission } from '../api/list-permissions';

export interface PermissionChecklistProps {
  permissions: readonly Permission[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

function title(module: string): string {
  return module.charAt(0).toUpperCase() + module.slice(1).replace(/[-_]/g, ' ');
}

/** Every permission as a checkbox, in one group per module ("users.manage" is in "Users"). */
export function PermissionChecklist({ permissions, selected, onChange }: PermissionChecklistProps) {
  const set = (codes: readonly string[], on: boolean) =>
    onChange(
      on ? [...new Set([...selected, ...codes])] : selected.filter((code) => !codes.includes(code)),
    );

  return (
    <div className="permission-groups">
      {groupByModule(permissions).map(([module, list]) => {
        const codes = list.map((permission) => permission.code);
        const all = codes.every((code) => selected.includes(code));
        return (
          <fieldset className="choice-group permission-group" key={module}>
            <legend className="permission-group__legend">{title(module)}</legend>
            {list.length > 1 && (
              <Checkbox
                className="choice--all"
                label={`All ${title(module).toLowerCase()} permissions`}
                checked={all}
                onChange={(event) => set(codes, event.target.checked)}
              />
            )}
            {list.map((permission) => (
              <Checkbox
                key={permission.code}
                label={<code>{permission.code}</code>}
                description={permission.description || undefined}
                checked={selected.includes(permission.code)}
                onChange={(event) => set([permission.code], event.target.checked)}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
