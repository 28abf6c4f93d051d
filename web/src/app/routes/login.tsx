import { Navigate, useLocation } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { getEndReason } from '@/features/auth/api/session-store';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/components/use-session';

/** Only same-app paths are accepted as a place to return to after signing in. */
function safeReturnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    !from.startsWith('/login')
    ? from
    : '/home';
}

export const SESSION_ENDED_MESSAGE = 'Your session ended. Sign in again.';

export const PASSWORD_CHANGED_MESSAGE = 'Password changed. Sign in with your new password.';

/** How the user got here: from a password reset (navigation state), or because the last session ended. */
function noticeFor(state: unknown): string | null {
  if ((state as { notice?: unknown } | null)?.notice === 'password-changed')
    return PASSWORD_CHANGED_MESSAGE;
  const reason = getEndReason();
  if (reason === 'expired') return SESSION_ENDED_MESSAGE;
  return reason === 'signed-out' ? 'You have signed out.' : null;
}

export function LoginRoute() {
  const session = useSession();
  const location = useLocation();
  const { info } = useAppInfo();
  const returnTo = safeReturnPath(location.state);
  if (session) return <Navigate to={returnTo} replace />;
  const notice = noticeFor(location.state);

  return (
    <Page title="Sign in" eyebrow={info.companyName || undefined} narrow>
      {notice && (
        <div className="stack-gap">
          <Notice tone={notice === SESSION_ENDED_MESSAGE ? 'warning' : 'success'}>{notice}</Notice>
        </div>
      )}
      <div className="panel">
        <LoginForm redirectTo={returnTo} />
      </div>
    </Page>
  );
}
