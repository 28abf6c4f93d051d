import { useCallback, useEffect, useState } from 'react';

/** Used when a 429 comes without a Retry-After header. */
export const DEFAULT_LOCKOUT_SECONDS = 60;

export interface Lockout {
  /** Seconds left before the form may be submitted again; 0 when not locked. */
  secondsLeft: number;
  lockFor: (seconds: number | undefined) => void;
}

/** Counts down a "too many attempts" wait so that the form can stay disabled until then. */
export function useLockout(): Lockout {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  const lockFor = useCallback((seconds: number | undefined) => {
    const time = Date.now();
    setNow(time);
    setUntil(time + Math.max(1, seconds ?? DEFAULT_LOCKOUT_SECONDS) * 1000);
  }, []);

  return { secondsLeft: Math.max(0, Math.ceil((until - now) / 1000)), lockFor };
}

export function lockoutMessage(secondsLeft: number): string {
  const minutes = Math.max(1, Math.ceil(secondsLeft / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
