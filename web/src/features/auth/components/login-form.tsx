import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { CodeField, isCompleteCode } from '@/components/ui/code-field';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { TextField } from '@/components/ui/text-field';
import { ApiError, isProblem } from '@/lib/api-client';
import { login } from '../api/login';
import { startSession } from '../api/session-store';
import { useSignInUnavailable } from './sign-in-availability';
import { lockoutMessage, useLockout } from './use-lockout';

export { LOGIN_UNAVAILABLE_MESSAGE } from './sign-in-availability';

type Step = 'password' | 'otp';

export function LoginForm({ redirectTo = '/home' }: { redirectTo?: string }) {
  const unavailable = useSignInUnavailable();
  const navigate = useNavigate();
  const lockout = useLockout();
  const [step, setStep] = useState<Step>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const canSubmit = unavailable === null && !submitting && lockout.secondsLeft === 0;

  const fail = (caught: unknown) => {
    setSubmitting(false);
    if (isProblem(caught, 'otp-required')) {
      setStep('otp');
      setError(null);
    } else if (caught instanceof ApiError && caught.status === 429) {
      lockout.lockFor(caught.retryAfter);
      setError(null);
    } else {
      if (isProblem(caught, 'invalid-credentials')) setStep('password');
      setError(caught);
    }
    setOtp('');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canSubmit) return;
    if (username.trim() === '' || password === '') {
      setStep('password');
      setError('Enter your username and password.');
      return;
    }
    if (step === 'otp' && !isCompleteCode(otp)) {
      setError('Enter the 6-digit code from your authenticator app.');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const credentials = { username: username.trim(), password };
      startSession(await login(step === 'otp' ? { ...credentials, otp } : credentials));
      navigate(redirectTo, { replace: true });
    } catch (caught) {
      fail(caught);
    }
  };

  const backToPassword = () => {
    setStep('password');
    setPassword('');
    setOtp('');
    setError(null);
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-describedby="login-status">
      <Notice id="login-status" tone={unavailable ? 'warning' : 'info'} role="status">
        {unavailable ??
          (step === 'otp'
            ? `Two-step sign-in is on for ${username.trim()}. Open your authenticator app and enter the 6-digit code for AstroAxis.`
            : 'Sign in with the username and password your manager gave you.')}
      </Notice>
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
      {error !== null && typeof error !== 'string' && (
        <ProblemNotice
          error={error}
          fallback="Something went wrong while signing in. Please try again."
        />
      )}
      {step === 'password' ? (
        <>
          <TextField
            label="Username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </>
      ) : (
        <CodeField label="Authentication code" value={otp} onChange={setOtp} autoFocus />
      )}
      <Button
        type="submit"
        className="btn--block"
        disabled={!canSubmit}
        busy={submitting}
        busyLabel="Signing in…"
      >
        {step === 'otp' ? 'Verify code' : 'Sign in'}
      </Button>
      {step === 'otp' ? (
        <Button variant="secondary" className="btn--block" onClick={backToPassword}>
          Use a different account
        </Button>
      ) : (
        <p className="form__aside">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      )}
    </form>
  );
}
