import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { needsTotpEnrolment } from '../api/get-me';
import { getEndReason } from '../api/session-store';
import { useMe } from './me-context';
import { useSession } from './use-session';

export const ENROLMENT_PATH = '/account';

/**
 * Renders its children only for a signed-in user; everyone else goes to /login. A user whose
 * role requires an authenticator app that is not set up yet is sent to /account first.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const me = useMe();
  const location = useLocation();
  if (!session) {
    // After signing out on purpose, the next person to sign in starts at home, not on this page.
    const state =
      getEndReason() === 'signed-out' ? null : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.status === 'loading' || me.status === 'signed-out') {
    return (
      <Page title="Loading">
        <Notice>Loading your profile…</Notice>
      </Page>
    );
  }
  if (me.status === 'ready' && needsTotpEnrolment(me.me) && location.pathname !== ENROLMENT_PATH) {
    return <Navigate to={ENROLMENT_PATH} replace />;
  }
  return children;
}
