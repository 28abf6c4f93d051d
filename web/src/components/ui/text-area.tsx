import type { TextareaHTMLAttributes } from 'react';

import { FieldFrame } from './field-frame';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled multi-line input with optional hint and error text. */
export function TextArea({ label, hint, error, className, ...input }: TextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...control} className="field__input field__input--multiline" {...input} />}
    </FieldFrame>
  );
}
