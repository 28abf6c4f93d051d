import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { useMe } from '@/features/auth/components/me-context';
import { useSession } from '@/features/auth/components/use-session';
import { useSignOut } from '@/features/auth/components/use-sign-out';
import { useOnlineStatus } from '@/lib/online-status';

export function AppHeader() {
  const { info } = useAppInfo();
  const online = useOnlineStatus();
  const session = useSession();
  const me = useMe();
  const { signOut, signingOut } = useSignOut();

  return (
    <header className="app-header">
      <Link className="brand" to={session ? '/home' : '/'}>
        <img className="brand__logo" src="/favicon.svg" alt="" width="36" height="36" />
        <span className="brand__text">
          <span className="brand__name">AstroAxis</span>
          {info.companyName && <span className="brand__company">{info.companyName}</span>}
        </span>
      </Link>
      <div className="app-header__tools">
        <p className={online ? 'conn conn--online' : 'conn conn--offline'} role="status">
          <span className="conn__dot" aria-hidden="true" />
          {online ? 'Online' : 'Offline'}
        </p>
        {session && me.status === 'ready' && (
          <span className="app-header__user">{me.me.displayName}</span>
        )}
        {session && (
          <Button
            variant="quiet"
            className="btn--on-dark"
            onClick={() => void signOut()}
            busy={signingOut}
            busyLabel="Signing out…"
          >
            Sign out
          </Button>
        )}
      </div>
    </header>
  );
}
