import { vi } from 'vitest';

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;

/** Replaces the global fetch with a mock for the current test (undone by unstubGlobals). */
export function stubFetch(handler: Handler) {
  const mock = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve().then(() => handler(String(input), init)),
  );
  vi.stubGlobal('fetch', mock);
  return mock;
}

/**
 * Stubs fetch with one handler per "METHOD /path" (the query string is ignored when matching).
 * Anything else answers 404 as a problem, so a test sees unexpected calls.
 */
export function stubApi(routes: Record<string, Handler>) {
  return stubFetch((url, init) => {
    const path = url.split('?')[0] ?? url;
    const handler = routes[`${init?.method ?? 'GET'} ${path}`];
    if (handler) return handler(url, init);
    return problemResponse(404, {
      type: 'urn:astroaxis:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: `No stub for ${init?.method ?? 'GET'} ${path}`,
    });
  });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problem), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A problem of type urn:astroaxis:problem:<slug>. */
export function problem(
  status: number,
  slug: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  const { headers, ...fields } = extra as { headers?: Record<string, string> };
  return problemResponse(
    status,
    {
      type: `urn:astroaxis:problem:${slug}`,
      title: slug,
      status,
      detail,
      requestId: `req-${slug}`,
      ...fields,
    },
    headers ?? {},
  );
}

export function noContent(status = 204): Response {
  return new Response(null, { status });
}

/** The Authorization header a stubbed call was made with. */
export function authorization(init?: RequestInit): string | null {
  return new Headers(init?.headers).get('authorization');
}

/** The JSON body a stubbed call was made with. */
export function jsonBody(init?: RequestInit): unknown {
  return init?.body === undefined ? undefined : JSON.parse(String(init.body));
}
