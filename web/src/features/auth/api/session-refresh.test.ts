// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { authorization, jsonBody, jsonResponse, problem, stubApi } from '@/testing/fetch-stub';
import { getMe } from './get-me';
import { keepSessionFresh, refreshSession } from './session-refresh';
import { endSession, getEndReason, getSession, SESSION_KEY, startSession } from './session-store';

afterEach(() => {
  endSession();
  vi.useRealTimers();
});

const ME = { id: 'u1', username: 'ada', displayName: 'Ada Obi', roles: [], permissions: [] };

function tokens(n: number, expiresIn = 900) {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn,
    tokenType: 'Bearer',
  };
}

describe('renewing the session on a 401', () => {
  it('refreshes once and retries the call with the new access token', async () => {
    startSession(tokens(1));
    const fetchMock = stubApi({
      'GET /api/v1/me': (_url, init) =>
        authorization(init) === 'Bearer access-2'
          ? jsonResponse(ME)
          : problem(401, 'unauthorized', 'The access token has expired.'),
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)),
    });

    await expect(getMe()).resolves.toMatchObject({ username: 'ada' });

    const calls = fetchMock.mock.calls.map(
      ([url, init]) => `${init?.method} ${url} ${authorization(init) ?? '-'}`,
    );
    expect(calls).toEqual([
      'GET /api/v1/me Bearer access-1',
      'POST /api/v1/auth/refresh -',
      'GET /api/v1/me Bearer access-2',
    ]);
    expect(jsonBody(fetchMock.mock.calls[1]![1])).toEqual({ refreshToken: 'refresh-1' });
    expect(getSession()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(window.sessionStorage.getItem(SESSION_KEY)).toContain('refresh-2');
    expect(window.localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('shares one refresh between calls that fail at the same time', async () => {
    startSession(tokens(1));
    let refreshes = 0;
    stubApi({
      'GET /api/v1/me': (_url, init) =>
        authorization(init) === 'Bearer access-2'
          ? jsonResponse(ME)
          : problem(401, 'unauthorized', 'Expired.'),
      'POST /api/v1/auth/refresh': async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return jsonResponse(tokens(2));
      },
    });
    await Promise.all([getMe(), getMe(), getMe()]);
    expect(refreshes).toBe(1);
  });

  it('retries only once: a second 401 is the caller’s error', async () => {
    startSession(tokens(1));
    const fetchMock = stubApi({
      'GET /api/v1/me': () => problem(401, 'unauthorized', 'Not allowed.'),
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)),
    });
    await expect(getMe()).rejects.toBeInstanceOf(ApiError);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('ends the session as expired when the refresh token is refused', async () => {
    startSession(tokens(1));
    stubApi({
      'GET /api/v1/me': () => problem(401, 'unauthorized', 'Expired.'),
      'POST /api/v1/auth/refresh': () => problem(401, 'invalid-refresh-token', 'Sign in again.'),
    });
    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toBeNull();
    expect(getEndReason()).toBe('expired');
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('keeps the session when the refresh could not reach the server', async () => {
    startSession(tokens(1));
    stubApi({
      'POST /api/v1/auth/refresh': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(refreshSession()).resolves.toBe(false);
    expect(getSession()?.accessToken).toBe('access-1');
    expect(getEndReason()).toBeNull();
  });
});

describe('keepSessionFresh', () => {
  it('renews the tokens shortly before they expire, again and again', async () => {
    vi.useFakeTimers();
    let n = 1;
    const fetchMock = stubApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(++n, 300)),
    });
    startSession(tokens(1, 300));
    const stop = keepSessionFresh();

    await vi.advanceTimersByTimeAsync(239_000);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(getSession()?.accessToken).toBe('access-2');

    await vi.advanceTimersByTimeAsync(240_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(getSession()?.accessToken).toBe('access-3');
    stop();
  });

  it('does not renew on a timer tokens that came without a lifetime', async () => {
    vi.useFakeTimers();
    const fetchMock = stubApi({ 'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)) });
    startSession(tokens(1, 0));
    const stop = keepSessionFresh();
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(getSession()?.accessToken).toBe('access-1');
    stop();
  });

  it('renews at once a session restored after its refresh time has passed', async () => {
    vi.useFakeTimers();
    const fetchMock = stubApi({ 'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)) });
    startSession(tokens(1, 60), Date.now() - 120_000);
    const stop = keepSessionFresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(getSession()?.accessToken).toBe('access-2');
    stop();
  });
});
