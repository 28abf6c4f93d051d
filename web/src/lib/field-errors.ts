import { ApiError } from './api-error';

/** The messages of a validation problem by field name (first message per field). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.errors ?? []) result[field] ??= message;
  }
  return result;
}
