import { TextField } from './text-field';

export interface CodeFieldProps {
  label?: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (code: string) => void;
  autoFocus?: boolean;
  name?: string;
}

export const CODE_LENGTH = 6;

/** A 6-digit one-time code from an authenticator app (or a reset code sent by SMS or email). */
export function CodeField({
  label = 'Code',
  hint,
  error,
  value,
  onChange,
  autoFocus,
  name = 'otp',
}: CodeFieldProps) {
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={CODE_LENGTH}
      className="field--code"
      required
      autoFocus={autoFocus}
      value={value}
      onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, CODE_LENGTH))}
    />
  );
}

export function isCompleteCode(code: string): boolean {
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code);
}
