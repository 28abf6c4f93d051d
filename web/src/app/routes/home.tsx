import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useMe } from '@/features/auth/components/me-context';
import { visibleNavItems } from '../layout/nav-items';

export function HomeRoute() {
  const state = useMe();
  const title = state.status === 'ready' ? `Welcome, ${state.me.displayName}` : 'Welcome';
  const shortcuts =
    state.status === 'ready'
      ? visibleNavItems(true, state.me.permissions).filter((item) => item.to !== '/')
      : [];

  return (
    <Page title={title}>
      {state.status === 'error' && (
        <ProblemNotice error={state.error} fallback="Your profile could not be loaded." />
      )}
      {state.status === 'ready' && (
        <div className="grid">
          <section className="panel panel--feature" aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">Where to next</h2>
            <ul className="link-list">
              {shortcuts.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>
                    <span className="link-list__title">{item.label}</span>
                    {item.description && (
                      <span className="link-list__text">{item.description}</span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="account-heading">
            <h2 id="account-heading">Your account</h2>
            <dl className="facts">
              <dt>Username</dt>
              <dd>{state.me.username}</dd>
              <dt>Roles</dt>
              <dd>{state.me.roles.length > 0 ? state.me.roles.join(', ') : 'None'}</dd>
              <dt>Two-step sign-in</dt>
              <dd>{state.me.totpEnabled ? 'On' : 'Off'}</dd>
            </dl>
          </section>
        </div>
      )}
    </Page>
  );
}
