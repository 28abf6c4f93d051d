import { describe, expect, it } from 'vitest';
import { problemResponse } from '@/testing/fetch-stub';
import { ApiError, isProblem, parseRetryAfter, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the slug, the field errors and Retry-After of a problem', async () => {
    const error = await toApiError(
      problemResponse(
        429,
        {
          type: 'urn:astroaxis:problem:too-many-attempts',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Slow down.',
          requestId: 'r-1',
          errors: [{ field: 'username', message: 'Required' }, { nonsense: true }],
        },
        { 'Retry-After': '120' },
      ),
    );
    expect(error.slug).toBe('too-many-attempts');
    expect(error.retryAfter).toBe(120);
    expect(error.errors).toEqual([{ field: 'username', message: 'Required' }]);
    expect(isProblem(error, 'too-many-attempts')).toBe(true);
    expect(isProblem(error, 'otp-required')).toBe(false);
  });

  it('has no slug for problem types from elsewhere', () => {
    expect(new ApiError({ type: 'about:blank', title: 'x', status: 500 }).slug).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds and HTTP dates', () => {
    expect(parseRetryAfter('90')).toBe(90);
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
