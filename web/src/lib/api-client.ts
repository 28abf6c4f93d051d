/**
 * A small fetch wrapper for the AstroAxis server API.
 *
 * - Sends and expects JSON (`Accept: application/json`).
 * - Error responses in RFC 9457 `application/problem+json` become an {@link ApiError}.
 * - A request that never reached the server becomes a {@link NetworkError}.
 * - A 401 to a request that carried an access token asks the auth feature to renew the
 *   session once (see {@link setUnauthorizedHandler}); if it did, the request is sent again.
 */
import { ApiError, NetworkError, toApiError } from './api-error';

export { ApiError, NetworkError, isProblem } from './api-error';
export type { FieldProblem, ProblemDetail } from './api-error';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON when present; FormData is sent as multipart/form-data. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Set to false to skip the Authorization header even when a token is known. */
  auth?: boolean;
  /** Set to false to give up on a 401 instead of renewing the session and retrying once. */
  retryUnauthorized?: boolean;
  /** Error statuses whose body the caller reads itself (e.g. a 422 that carries a report) instead of a thrown ApiError. */
  answeredStatuses?: number[];
}

type TokenProvider = () => string | null;
/** Gets the token that was refused; resolves true when a request should be tried again. */
type UnauthorizedHandler = (refusedToken: string) => Promise<boolean>;

let getAccessToken: TokenProvider = () => null;
let onUnauthorized: UnauthorizedHandler = () => Promise.resolve(false);

/** Lets the auth feature supply the current access token without a circular import. */
export function setAccessTokenProvider(provider: TokenProvider): void {
  getAccessToken = provider;
}

/** Lets the auth feature renew the session when the server refuses an access token. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

async function send(
  path: string,
  options: RequestOptions,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const init: RequestInit = {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    credentials: 'same-origin',
  };
  if (options.body instanceof FormData) {
    // The browser sets the multipart Content-Type with its boundary.
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal !== undefined) init.signal = options.signal;
  if (token) headers['Authorization'] = `Bearer ${token}`;
  try {
    return await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new NetworkError('The AstroAxis server did not answer in time.', { cause: error });
    }
    throw new NetworkError(undefined, { cause: error });
  }
}

/** The parsed JSON body of a successful response (undefined when it is empty). */
export async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 205) return undefined as T;
  const unexpected = (detail: string) =>
    new ApiError({
      type: 'about:blank',
      title: 'Unexpected response from the server',
      status: response.status,
      detail,
    });
  const text = await response.text().catch(() => '');
  // An empty body (e.g. 202 Accepted) carries no data.
  if (text === '') return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw unexpected(`Expected JSON but received ${contentType || 'no content type'}.`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw unexpected('The response was not valid JSON.');
  }
}

/**
 * Performs a request and resolves with the successful response, unread: for downloads
 * (blobs) and answers whose status matters (200 or 202).
 */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  const token = options.auth === false ? null : getAccessToken();
  let response = await send(path, options, token);
  if (response.status === 401 && token && options.retryUnauthorized !== false) {
    if (await onUnauthorized(token)) {
      response = await send(path, options, getAccessToken());
    }
  }
  if (!response.ok && !options.answeredStatuses?.includes(response.status)) {
    throw await toApiError(response);
  }
  return response;
}

/** Performs a request and resolves with the parsed JSON body (undefined for 204/205). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await apiResponse(path, options));
}

type Options = Omit<RequestOptions, 'method' | 'body'>;

export const apiClient = {
  get: <T>(path: string, options?: Options) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
};
