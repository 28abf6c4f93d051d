import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CodeField, isCompleteCode } from '@/components/ui/code-field';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { confirmTotp } from '../api/confirm-totp';
import { groupSecret, type TotpSetup } from '../api/start-totp';

export interface TotpSetupFormProps {
  setup: TotpSetup;
  onConfirmed: () => void;
  onCancel: () => void;
}

/** Shows the QR code and key of a new authenticator secret and confirms it with a first code. */
export function TotpSetupForm({ setup, onConfirmed, onCancel }: TotpSetupFormProps) {
  const [code, setCode] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    if (!isCompleteCode(code)) return setError('Enter the 6-digit code that the app shows.');
    setSubmitting(true);
    setError(null);
    try {
      await confirmTotp(code);
      onConfirmed();
    } catch (caught) {
      setError(caught);
      setCode('');
      setSubmitting(false);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ol className="steps">
        <li>
          <p>
            Open an authenticator app on your phone (for example Google Authenticator, Microsoft
            Authenticator or Aegis) and scan this QR code:
          </p>
          {setup.qrCodeDataUri && (
            <img
              className="qr-code"
              src={setup.qrCodeDataUri}
              alt="QR code for adding AstroAxis to an authenticator app"
              width="200"
              height="200"
            />
          )}
          <p>
            Cannot scan it? Add an account by hand with this key:{' '}
            <code className="secret">{groupSecret(setup.secret)}</code>
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app now shows for AstroAxis.</p>
        </li>
      </ol>
      {typeof error === 'string' && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      {error !== null && typeof error !== 'string' && <ProblemNotice error={error} />}
      <CodeField label="Code from the app" value={code} onChange={setCode} />
      <div className="form__actions">
        <Button type="submit" disabled={submitting} busy={submitting} busyLabel="Checking…">
          Turn on two-step sign-in
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={submitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
