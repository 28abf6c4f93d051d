/**
 * Errors of the API client. Error responses in RFC 9457 `application/problem+json`
 * become an {@link ApiError}; a request that never reached the server a {@link NetworkError}.
 */

/** One invalid field of a validation problem. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemDetail {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  /** Seconds from the Retry-After header, when the server sent one. */
  retryAfter?: number;
}

/** Problem types of AstroAxis look like `urn:astroaxis:problem:<slug>`. */
export const PROBLEM_TYPE_PREFIX = 'urn:astroaxis:problem:';

/** The server answered with an error status. */
export class ApiError extends Error implements ProblemDetail {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: FieldProblem[];
  readonly retryAfter?: number;

  constructor(problem: ProblemDetail) {
    super(problem.detail ?? problem.title);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    if (problem.detail !== undefined) this.detail = problem.detail;
    if (problem.instance !== undefined) this.instance = problem.instance;
    if (problem.requestId !== undefined) this.requestId = problem.requestId;
    if (problem.errors !== undefined) this.errors = problem.errors;
    if (problem.retryAfter !== undefined) this.retryAfter = problem.retryAfter;
  }

  /** The short name of an AstroAxis problem type (e.g. "otp-required"), or null. */
  get slug(): string | null {
    return this.type.startsWith(PROBLEM_TYPE_PREFIX)
      ? this.type.slice(PROBLEM_TYPE_PREFIX.length)
      : null;
  }
}

/** True when the error is an ApiError of the given AstroAxis problem slug. */
export function isProblem(error: unknown, slug: string): error is ApiError {
  return error instanceof ApiError && error.slug === slug;
}

/** The request could not reach the server (offline, DNS, connection refused, CORS...). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(message = 'Could not reach the AstroAxis server.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) => {
    const entry =
      item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const field = text(entry['field']);
    const message = text(entry['message']);
    return field !== undefined && message !== undefined ? [{ field, message }] : [];
  });
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds an ApiError from an error response, whatever its body looks like. */
export async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  let body: Record<string, unknown> = {};
  if (/^application\/(problem\+)?json\b/i.test(contentType)) {
    try {
      const parsed: unknown = await response.json();
      if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // A broken error body still becomes an ApiError built from the status line.
    }
  }
  const problem: ProblemDetail = {
    type: text(body['type']) ?? 'about:blank',
    title: text(body['title']) ?? (response.statusText || `HTTP ${response.status}`),
    status: typeof body['status'] === 'number' ? body['status'] : response.status,
  };
  const detail = text(body['detail']);
  const instance = text(body['instance']);
  const requestId = text(body['requestId']) ?? text(response.headers.get('x-request-id'));
  const errors = fieldProblems(body['errors']);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  if (requestId !== undefined) problem.requestId = requestId;
  if (errors !== undefined) problem.errors = errors;
  if (retryAfter !== undefined) problem.retryAfter = retryAfter;
  return new ApiError(problem);
}
