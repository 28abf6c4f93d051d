import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiClient, apiRequest, NetworkError, setAccessTokenProvider } from './api-client';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';

afterEach(() => setAccessTokenProvider(() => null));

describe('apiRequest', () => {
  it('sends Accept: application/json and parses a JSON body', async () => {
    const fetchMock = stubFetch(() => jsonResponse({ name: 'AstroAxis' }));
    await expect(apiClient.get('/api/v1/app-info')).resolves.toEqual({ name: 'AstroAxis' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/app-info');
    expect(init?.method).toBe('GET');
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
    expect(init?.body).toBeUndefined();
  });

  it('serialises a POST body as JSON', async () => {
    const fetchMock = stubFetch(() => jsonResponse({ ok: true }));
    await apiClient.post('/api/v1/auth/login', { username: 'ada', password: 'pw' });
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'ada', password: 'pw' });
  });

  it('adds a bearer token from the token provider, unless auth is false', async () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    setAccessTokenProvider(() => 'abc.def');
    await apiClient.get('/api/v1/me');
    await apiClient.get('/api/v1/app-info', { auth: false });
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get('authorization')).toBe(
      'Bearer abc.def',
    );
    expect(new Headers(fetchMock.mock.calls[1]![1]?.headers).has('authorization')).toBe(false);
  });

  it('resolves undefined for 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/api/v1/thing', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns application/problem+json into a typed ApiError', async () => {
    stubFetch(() =>
      problemResponse(401, {
        type: 'https://astroaxis.example/problems/bad-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'Username or password is wrong.',
        requestId: 'req-123',
      }),
    );
    const error = await apiClient.post('/api/v1/auth/login', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      type: 'https://astroaxis.example/problems/bad-credentials',
      title: 'Unauthorized',
      status: 401,
      detail: 'Username or password is wrong.',
      requestId: 'req-123',
      message: 'Username or password is wrong.',
    });
  });

  it('builds an ApiError from the status line when the error body is not a problem', async () => {
    stubFetch(
      () =>
        new Response('<html>oops</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'gw-9' },
        }),
    );
    const error = await apiClient.get('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect((error as ApiError).requestId).toBe('gw-9');
    expect((error as ApiError).detail).toBeUndefined();
  });

  it('survives a malformed problem body', async () => {
    stubFetch(
      () =>
        new Response('{not json', {
          status: 500,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const error = await apiClient.get('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(500);
  });

  it('rejects a successful response that is not JSON (e.g. an HTML fallback page)', async () => {
    stubFetch(
      () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    const error = await apiClient.get('/api/v1/app-info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).title).toBe('Unexpected response from the server');
  });

  it('turns a failed fetch into a NetworkError that keeps the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    stubFetch(() => Promise.reject(cause));
    const error = await apiClient.get('/api/v1/app-info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as NetworkError).cause).toBe(cause);
  });

  it('turns a timeout into a NetworkError', async () => {
    stubFetch(() => Promise.reject(new DOMException('timed out', 'TimeoutError')));
    await expect(apiClient.get('/api/v1/app-info')).rejects.toBeInstanceOf(NetworkError);
  });

  it('lets an abort by the caller through unchanged', async () => {
    stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    const error = await apiClient.get('/api/v1/app-info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('passes the abort signal to fetch', async () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    const controller = new AbortController();
    await apiClient.get('/api/v1/app-info', { signal: controller.signal });
    expect(fetchMock.mock.calls[0]![1]?.signal).toBe(controller.signal);
    expect(vi.isMockFunction(globalThis.fetch)).toBe(true);
  });
});
