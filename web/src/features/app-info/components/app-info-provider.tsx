import { useEffect, useState, type ReactNode } from 'react';
import { useOnlineStatus } from '@/lib/online-status';
import { DEFAULT_APP_INFO, fetchAppInfo, readCachedAppInfo } from '../api/app-info';
import { AppInfoContext, type AppInfoState } from './app-info-context';

const TIMEOUT_MS = 10_000;

function initialState(): AppInfoState {
  const cached = readCachedAppInfo();
  return cached
    ? { info: cached, source: 'cache', status: 'loading' }
    : { info: DEFAULT_APP_INFO, source: 'default', status: 'loading' };
}

/**
 * Loads GET /api/v1/app-info once at start (and again when the connection comes back
 * after a failure). Until then, and when offline, the last value seen is used.
 */
export function AppInfoProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AppInfoState>(initialState);
  const online = useOnlineStatus();
  const needsFetch = state.status === 'loading' || (state.status === 'error' && online);

  useEffect(() => {
    if (!needsFetch) return;
    let active = true;
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    fetchAppInfo(controller.signal)
      .then((info) => {
        if (active) setState({ info, source: 'server', status: 'ready' });
      })
      .catch(() => {
        // Offline, timed out or a server error: keep showing the cached or default info.
        if (active) setState((previous) => ({ ...previous, status: 'error' }));
      })
      .finally(() => window.clearTimeout(timer));
    return () => {
      active = false;
      controller.abort();
    };
  }, [needsFetch]);

  return <AppInfoContext.Provider value={state}>{children}</AppInfoContext.Provider>;
}
