import { createContext, useContext } from 'react';
import type { Me } from '../api/get-me';

export type MeState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'ready'; me: Me }
  | { status: 'error'; error: unknown };

export interface MeContextValue {
  state: MeState;
  /** Loads GET /api/v1/me again (e.g. after the user changed something); keeps showing the old value meanwhile. */
  reload: () => void;
}

export const MeContext = createContext<MeContextValue>({
  state: { status: 'signed-out' },
  reload: () => undefined,
});

/** The signed-in user's profile, roles and permissions. */
export function useMe(): MeState {
  return useContext(MeContext).state;
}

export function useReloadMe(): () => void {
  return useContext(MeContext).reload;
}

/** The signed-in user's permissions; empty until the profile is loaded. */
export function usePermissions(): readonly string[] {
  const state = useMe();
  return state.status === 'ready' ? state.me.permissions : [];
}
