import type { SelectHTMLAttributes } from 'react';

import { FieldFrame } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  hint?: string | undefined;
  error?: string | undefined;
  /** A first option with an empty value, e.g. "All categories". */
  emptyLabel?: string | undefined;
}

/** A labelled native select (keyboard and touch friendly everywhere) with hint and error. */
export function SelectField({
  label,
  options,
  hint,
  error,
  emptyLabel,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className="field__input field__input--select" {...select}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
