import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useMe } from './me-context';

/** Shows its children only to a user with the permission (the server checks it as well). */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const state = useMe();
  if (state.status === 'error') {
    return (
      <Page title="Profile not loaded">
        <ProblemNotice error={state.error} fallback="Your profile could not be loaded." />
      </Page>
    );
  }
  if (state.status !== 'ready') return null;
  if (state.me.permissions.includes(permission)) return children;
  return (
    <Page title="Not available" narrow>
      <div className="panel">
        <p>
          Your account does not have access to this page. Ask the business owner or an administrator
          if you need it.
        </p>
        <p className="actions">
          <Link className="btn btn--primary" to="/home">
            Go to the home page
          </Link>
        </p>
      </div>
    </Page>
  );
}
