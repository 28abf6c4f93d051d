import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { requestPasswordReset, type ResetChannel } from '../api/request-password-reset';
import { useSignInUnavailable } from './sign-in-availability';
import { lockoutMessage, useLockout } from './use-lockout';

const CHANNELS = [
  { value: 'EMAIL', label: 'Email' },
  { value: 'SMS', label: 'SMS text message' },
] as const;

export interface ResetRequest {
  username: string;
  channel: ResetChannel;
}

/** Step 1 of "Forgot password": asks for the username and where to send the reset code. */
export function ResetRequestForm({ onSent }: { onSent: (request: ResetRequest) => void }) {
  const lockout = useLockout();
  const unavailable = useSignInUnavailable();
  const [username, setUsername] = useState('');
  const [channel, setChannel] = useState<ResetChannel>('EMAIL');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting || lockout.secondsLeft > 0 || unavailable) return;
    if (username.trim() === '') {
      setError('Enter your username.');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await requestPasswordReset(username.trim(), channel);
      onSent({ username: username.trim(), channel });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 429) lockout.lockFor(caught.retryAfter);
      else setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p>Enter your username and we will send you a code to set a new password.</p>
      {unavailable && (
        <Notice tone="warning" role="status">
          {unavailable}
        </Notice>
      )}
      {lockout.secondsLeft > 0 && (
        <Notice tone="warning" role="alert">
          {lockoutMessage(lockout.secondsLeft)}
        </Notice>
      )}
      {typeof error === 'string' && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      {error !== null && typeof error !== 'string' && <ProblemNotice error={error} />}
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <RadioGroup
        legend="Send the code by"
        name="channel"
        options={CHANNELS}
        value={channel}
        onChange={setChannel}
      />
      <Button
        type="submit"
        className="btn--block"
        disabled={submitting || lockout.secondsLeft > 0 || unavailable !== null}
        busy={submitting}
        busyLabel="Sending…"
      >
        Send code
      </Button>
    </form>
  );
}
