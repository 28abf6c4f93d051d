import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { useOnlineStatus } from '@/lib/online-status';

export const LOGIN_UNAVAILABLE_MESSAGE =
  'Sign-in is not available yet in this version of AstroAxis.';

/**
 * Why signing in (or resetting a password) is not possible right now, or null when it is:
 * offline, the server not reached yet, or a server version without sign-in.
 */
export function useSignInUnavailable(): string | null {
  const { info, status } = useAppInfo();
  const online = useOnlineStatus();
  if (!online) return 'You are offline. Signing in needs a connection to the server.';
  if (info.features.login) return null;
  if (status === 'loading') return 'Checking whether sign-in is available…';
  if (status === 'error')
    return 'The server could not be reached, so sign-in is not possible right now.';
  return LOGIN_UNAVAILABLE_MESSAGE;
}
