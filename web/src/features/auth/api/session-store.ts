import { setAccessTokenProvider } from '@/lib/api-client';
import { readJson, removeItem, writeJson } from '@/lib/storage';
import type { TokenResponse } from './tokens';

/**
 * Tokens of the signed-in user. Kept in memory and in sessionStorage (this tab only, gone
 * when the tab closes); never in localStorage and never in a URL.
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
  /** Epoch milliseconds when the tokens should be renewed, shortly before they expire. */
  refreshAt: number;
}

/** Why the last session ended; the sign-in page explains an expired one. */
export type EndReason = 'signed-out' | 'expired';

export const SESSION_KEY = 'astroaxis.session';

/** refreshAt of tokens that came without a lifetime: renewed only when the server refuses them. */
export const NO_SCHEDULED_REFRESH = Number.MAX_SAFE_INTEGER;

/** Renew a fifth of the lifetime before expiry, but never more than a minute early. */
export function refreshLeadMs(lifetimeMs: number): number {
  return Math.min(60_000, Math.floor(lifetimeMs / 5));
}

function isSession(value: unknown): value is Session {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['accessToken'] === 'string' &&
    v['accessToken'] !== '' &&
    typeof v['refreshToken'] === 'string' &&
    typeof v['expiresAt'] === 'number' &&
    typeof v['refreshAt'] === 'number'
  );
}

let current: Session | null | undefined;
let endReason: EndReason | null = null;
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  if (current === undefined) {
    const stored = readJson('session', SESSION_KEY);
    current = isSession(stored) ? stored : null;
  }
  return current;
}

function publish(next: Session | null): void {
  current = next;
  if (next) writeJson('session', SESSION_KEY, next);
  else removeItem('session', SESSION_KEY);
  listeners.forEach((listener) => listener());
}

/** Starts (or, after a refresh, continues) the session with new tokens. */
export function startSession(tokens: TokenResponse, now = Date.now()): Session {
  const lifetime = Math.max(0, tokens.expiresIn) * 1000;
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: now + lifetime,
    refreshAt: lifetime > 0 ? now + lifetime - refreshLeadMs(lifetime) : NO_SCHEDULED_REFRESH,
  };
  endReason = null;
  publish(session);
  return session;
}

export function endSession(reason: EndReason = 'signed-out'): void {
  endReason = reason;
  publish(null);
}

/** Why the last session in this tab ended, or null while signed in or never signed in. */
export function getEndReason(): EndReason | null {
  return endReason;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

setAccessTokenProvider(() => getSession()?.accessToken ?? null);
