import { Outlet } from 'react-router';
import { SkipLink } from '@/components/ui/skip-link';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { UpdatePrompt } from '@/features/pwa/components/update-prompt';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import { useRouteFocus } from './use-route-focus';

export function AppLayout() {
  useRouteFocus('main');
  const { info, source, status } = useAppInfo();
  return (
    <div className="app">
      <SkipLink target="main" />
      <AppHeader />
      <div className="app-body">
        <MainNav />
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="app-footer">
        <span>
          AstroAxis{info.version ? ` ${info.version}` : ''}
          {info.environment && info.environment !== 'production' && info.environment !== 'unknown'
            ? ` · ${info.environment}`
            : ''}
        </span>
        {status === 'error' && (
          <span>
            {source === 'cache'
              ? 'Server not reachable: showing saved details'
              : 'Server not reachable'}
          </span>
        )}
      </footer>
      <UpdatePrompt />
    </div>
  );
}
