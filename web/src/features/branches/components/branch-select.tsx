import { SelectField } from '@/components/ui/select-field';
import { branchLabel, type Branch } from '../api/branch';

export interface BranchSelectProps {
  label?: string;
  branches: readonly Branch[];
  value: string;
  onChange: (id: string) => void;
  /** Offer an empty choice with this label, e.g. "All branches". */
  emptyLabel?: string;
  error?: string | undefined;
  hint?: string;
  exclude?: string;
  disabled?: boolean;
}

/** A select of the branches the user may access. */
export function BranchSelect({
  label = 'Branch',
  branches,
  value,
  onChange,
  emptyLabel,
  error,
  hint,
  exclude,
  disabled,
}: BranchSelectProps) {
  const options = branches
    .filter((branch) => branch.id !== exclude)
    .map((branch) => ({ value: branch.id, label: branchLabel(branch) }));
  return (
    <SelectField
      label={label}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      emptyLabel={emptyLabel}
      error={error}
      hint={hint}
      disabled={disabled}
    />
  );
}
