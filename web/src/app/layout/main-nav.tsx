import { NavLink } from 'react-router';
import { needsTotpEnrolment } from '@/features/auth/api/get-me';
import { useMe } from '@/features/auth/components/me-context';
import { useSession } from '@/features/auth/components/use-session';
import { visibleNavItems } from './nav-items';

export function MainNav() {
  const signedIn = useSession() !== null;
  const me = useMe();
  const ready = me.status === 'ready' ? me.me : null;
  // Until an authenticator app required by policy is set up, only the account page is open.
  const items =
    ready && needsTotpEnrolment(ready)
      ? visibleNavItems(true).filter((item) => item.to === '/account')
      : visibleNavItems(signedIn, ready?.permissions ?? []);
  return (
    <nav className="app-nav" aria-label="Main">
      <ul className="app-nav__list">
        {items.map((item) => (
          <li key={item.label}>
            <NavLink
              className="app-nav__link"
              to={signedIn && item.signedInTo ? item.signedInTo : item.to}
              end={item.end ?? false}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
