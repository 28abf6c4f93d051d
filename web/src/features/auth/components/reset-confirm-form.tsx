import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CodeField, isCompleteCode } from '@/components/ui/code-field';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextField } from '@/components/ui/text-field';
import { isProblem } from '@/lib/api-client';
import { fieldErrors } from '@/lib/field-errors';
import { confirmPasswordReset } from '../api/confirm-password-reset';
import type { ResetRequest } from './reset-request-form';

export interface ResetConfirmFormProps {
  request: ResetRequest;
  onDone: () => void;
  onStartAgain: () => void;
}

/** Step 2 of "Forgot password": the code that was sent, a new password and, if needed, an authenticator code. */
export function ResetConfirmForm({ request, onDone, onStartAgain }: ResetConfirmFormProps) {
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = fieldErrors(error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    if (code.trim() === '' || newPassword === '')
      return setError('Enter the code you received and a new password.');
    if (newPassword !== repeat) return setError('The two new passwords are not the same.');
    if (needsOtp && !isCompleteCode(otp))
      return setError('Enter the 6-digit code from your authenticator app.');
    setSubmitting(true);
    setError(null);
    try {
      const confirmation = { username: request.username, code: code.trim(), newPassword };
      await confirmPasswordReset(needsOtp ? { ...confirmation, otp } : confirmation);
      onDone();
    } catch (caught) {
      setSubmitting(false);
      setOtp('');
      if (isProblem(caught, 'otp-required')) {
        setNeedsOtp(true);
        setError(null);
      } else {
        if (isProblem(caught, 'otp-invalid')) setNeedsOtp(true);
        setError(caught);
      }
    }
  };

  const sentTo =
    request.channel === 'SMS' ? 'by SMS to the phone number' : 'by email to the address';
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Notice role="status">
        If an account named {request.username} exists, a reset code has been sent {sentTo} on that
        account. It can take a few minutes to arrive.
      </Notice>
      {needsOtp && (
        <Notice tone="info">
          This account uses two-step sign-in: also enter the current code from your authenticator
          app.
        </Notice>
      )}
      {typeof error === 'string' && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      {error !== null && typeof error !== 'string' && <ProblemNotice error={error} />}
      <TextField
        label="Reset code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        required
        value={code}
        onChange={(event) => setCode(event.target.value.trim())}
        error={fields['code']}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={fields['newPassword']}
      />
      <TextField
        label="Repeat the new password"
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
      />
      {needsOtp && (
        <CodeField label="Authentication code" value={otp} onChange={setOtp} autoFocus />
      )}
      <Button
        type="submit"
        className="btn--block"
        disabled={submitting}
        busy={submitting}
        busyLabel="Changing…"
      >
        Change password
      </Button>
      <Button variant="secondary" className="btn--block" onClick={onStartAgain}>
        Send a new code
      </Button>
    </form>
  );
}
