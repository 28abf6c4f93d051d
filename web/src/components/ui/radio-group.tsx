import { useId } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** One line under the label explaining the choice. */
  description?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Lays the options out side by side when there is room. */
  inline?: boolean;
}

/** A fieldset of radio buttons with large tap targets. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  disabled,
  inline = false,
}: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset
      className={inline ? 'choice-group choice-group--inline' : 'choice-group'}
      disabled={disabled}
    >
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label className="choice" key={option.value} htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.description && (
              <span className="choice__description">{option.description}</span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
