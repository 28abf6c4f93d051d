import type { InputHTMLAttributes, ReactNode } from 'react';

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
> {
  label: ReactNode;
  /** Smaller text under the label. */
  description?: string | undefined;
}

/** A checkbox whose whole label is the tap target. */
export function Checkbox({ label, description, className, ...input }: CheckboxProps) {
  return (
    <label className={['choice', className].filter(Boolean).join(' ')}>
      <input type="checkbox" {...input} />
      <span>
        {label}
        {description && <span className="choice__description">{description}</span>}
      </span>
    </label>
  );
}
