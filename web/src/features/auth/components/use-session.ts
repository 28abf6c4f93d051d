import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from '../api/session-store';

/** The current session, re-rendering when the user signs in or out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}
