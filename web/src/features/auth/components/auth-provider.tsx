import { useEffect, type ReactNode } from 'react';
import { keepSessionFresh } from '../api/session-refresh';
import { MeProvider } from './me-provider';

/** Keeps the tokens fresh while the app runs and shares the signed-in user's profile. */
export function AuthProvider({ children }: { children: ReactNode }) {
  useEffect(() => keepSessionFresh(), []);
  return <MeProvider>{children}</MeProvider>;
}
