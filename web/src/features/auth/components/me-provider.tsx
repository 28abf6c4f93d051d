import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getMe } from '../api/get-me';
import { MeContext, type MeState } from './me-context';
import { useSession } from './use-session';

/**
 * Loads GET /api/v1/me once per sign-in and shares it with the whole app (navigation,
 * route guards, pages). Signing out forgets it.
 */
export function MeProvider({ children }: { children: ReactNode }) {
  const signedIn = useSession() !== null;
  const [state, setState] = useState<MeState>({ status: signedIn ? 'loading' : 'signed-out' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!signedIn) {
      setState({ status: 'signed-out' });
      return;
    }
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    getMe(controller.signal)
      .then((me) => setState({ status: 'ready', me }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [signedIn, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ state, reload }), [state, reload]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}
