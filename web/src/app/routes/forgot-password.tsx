import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { ResetConfirmForm } from '@/features/auth/components/reset-confirm-form';
import { ResetRequestForm, type ResetRequest } from '@/features/auth/components/reset-request-form';

export function ForgotPasswordRoute() {
  const navigate = useNavigate();
  const [request, setRequest] = useState<ResetRequest | null>(null);

  return (
    <Page title="Forgot password" narrow>
      <div className="panel">
        {request === null ? (
          <ResetRequestForm onSent={setRequest} />
        ) : (
          <ResetConfirmForm
            request={request}
            onDone={() =>
              navigate('/login', { replace: true, state: { notice: 'password-changed' } })
            }
            onStartAgain={() => setRequest(null)}
          />
        )}
      </div>
      <p className="page__aside">
        <Link to="/login">Back to sign in</Link>
      </p>
    </Page>
  );
}
