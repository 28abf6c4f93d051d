import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { logout } from '../api/logout';
import { endSession, getSession } from '../api/session-store';

const LOGOUT_TIMEOUT_MS = 5_000;

/**
 * Signs out: tells the server (so that the refresh token stops working), forgets the tokens
 * whatever the server answered, and goes to the sign-in page.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = useCallback(async () => {
    setSigningOut(true);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), LOGOUT_TIMEOUT_MS);
    try {
      await logout(getSession()?.refreshToken, controller.signal);
    } catch {
      // Offline or already expired: the tokens are forgotten here all the same.
    } finally {
      clearTimeout(timer);
    }
    endSession('signed-out');
    setSigningOut(false);
    navigate('/login', { replace: true });
  }, [navigate]);

  return { signOut, signingOut };
}
