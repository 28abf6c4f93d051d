import { ApiError, setUnauthorizedHandler } from '@/lib/api-client';
import { refreshTokens } from './refresh';
import {
  endSession,
  getSession,
  NO_SCHEDULED_REFRESH,
  startSession,
  subscribeSession,
} from './session-store';

/** How long to wait before trying again when a refresh could not reach the server. */
export const RETRY_AFTER_FAILURE_MS = 30_000;
/** setTimeout cannot wait longer than this; a longer wait is done in several parts. */
const MAX_TIMER_MS = 2_147_483_647;

let inFlight: Promise<boolean> | null = null;

async function doRefresh(): Promise<boolean> {
  const session = getSession();
  if (!session || session.refreshToken === '') {
    if (session) endSession('expired');
    return false;
  }
  try {
    startSession(await refreshTokens(session.refreshToken));
    return true;
  } catch (error) {
    // The server refused the refresh token (4xx): the session is over. Anything else
    // (offline, server error) leaves the session alone so that it can be tried again.
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      if (getSession() === session) endSession('expired');
    }
    return false;
  }
}

/**
 * Renews the tokens with POST /auth/refresh. Calls made while a refresh is running share it,
 * so a refresh token is never sent twice. Resolves true when the session was renewed.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= doRefresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

// A 401 to a call with the current token: renew once, then the API client retries the call.
// If another call has renewed the tokens meanwhile, just retry with the new token.
setUnauthorizedHandler((refusedToken) => {
  const session = getSession();
  if (!session) return Promise.resolve(false);
  if (session.accessToken !== refusedToken) return Promise.resolve(true);
  return refreshSession();
});

/**
 * Keeps the session fresh: renews the tokens shortly before they expire (also after the
 * device wakes up or the tab becomes visible again). Returns a function that stops it.
 */
export function keepSessionFresh(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delay?: number) => {
    clearTimeout(timer);
    const session = getSession();
    if (!session || (delay === undefined && session.refreshAt === NO_SCHEDULED_REFRESH)) return;
    const wait = delay ?? Math.max(0, session.refreshAt - Date.now());
    timer = setTimeout(
      () => {
        if (delay === undefined && Date.now() < session.refreshAt) return schedule();
        void refreshSession().then((renewed) => {
          // Renewed: the session listener schedules the next one. Not renewed but still
          // signed in (offline or server trouble): try again a little later.
          if (!renewed && getSession()) schedule(RETRY_AFTER_FAILURE_MS);
        });
      },
      Math.min(wait, MAX_TIMER_MS),
    );
  };
  const onVisible = () => {
    const session = getSession();
    if (document.visibilityState === 'visible' && session && Date.now() >= session.refreshAt) {
      schedule(0);
    }
  };

  const unsubscribe = subscribeSession(() => schedule());
  document.addEventListener('visibilitychange', onVisible);
  schedule();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
