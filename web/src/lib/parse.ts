import { ApiError } from '@/lib/api-client';

/** The error for a 2xx answer that lacks what the contract promises. */
export function incomplete(what: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Unexpected response from the server',
    status: 200,
    detail: `The server sent an incomplete ${what}.`,
  });
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function optionalString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
