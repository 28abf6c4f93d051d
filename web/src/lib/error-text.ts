import { ApiError, NetworkError } from './api-error';

export interface ErrorText {
  message: string;
  /** The server's request id, to quote when asking for help. */
  requestId?: string;
}

/**
 * What to tell the user about a failed call: the problem's `detail` when the server gave
 * one, otherwise the fallback. Keeps the request id so that it can be shown in small print.
 */
export function errorText(
  error: unknown,
  fallback = 'Something went wrong. Please try again.',
): ErrorText {
  if (error instanceof ApiError) {
    const message = error.detail ?? (error.status >= 500 ? fallback : error.title);
    return error.requestId ? { message, requestId: error.requestId } : { message };
  }
  if (error instanceof NetworkError) {
    return { message: 'Could not reach the server. Check the connection and try again.' };
  }
  return { message: fallback };
}
