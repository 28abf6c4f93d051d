import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import type { Me } from '@/features/auth/api/get-me';
import { startTotp, type TotpSetup } from '../api/start-totp';
import { TotpSetupForm } from './totp-setup-form';

export interface TotpPanelProps {
  me: Me;
  /** Called after the code was confirmed, to load the profile again. */
  onEnrolled: () => void;
}

/** Two-step sign-in with an authenticator app: its state, and setting it up. */
export function TotpPanel({ me, onEnrolled }: TotpPanelProps) {
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [justEnrolled, setJustEnrolled] = useState(false);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      setSetup(await startTotp());
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(false);
    }
  };

  const confirmed = () => {
    setSetup(null);
    setJustEnrolled(true);
    onEnrolled();
  };

  const enabled = me.totpEnabled || justEnrolled;
  return (
    <section className="panel" aria-labelledby="totp-heading">
      <h2 id="totp-heading">Two-step sign-in</h2>
      {enabled && (
        <Notice tone="success" role="status">
          Two-step sign-in is on. When you sign in, you will be asked for the code from your
          authenticator app.
        </Notice>
      )}
      {!enabled && setup === null && (
        <>
          <p>
            With two-step sign-in, signing in needs your password and a 6-digit code from an
            authenticator app on your phone, so a stolen password alone is not enough.
          </p>
          {error !== null && <ProblemNotice error={error} />}
          <div className="form__actions">
            <Button
              onClick={() => void start()}
              busy={starting}
              busyLabel="Preparing…"
              disabled={starting}
            >
              Set up two-step sign-in
            </Button>
          </div>
        </>
      )}
      {!enabled && setup !== null && (
        <TotpSetupForm setup={setup} onConfirmed={confirmed} onCancel={() => setSetup(null)} />
      )}
    </section>
  );
}
