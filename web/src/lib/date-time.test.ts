import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, startOfDay } from './date-time';

describe('formatDateTime', () => {
  it('shows instants in Lagos time as "21 Nov 2026, 14:05"', () => {
    expect(formatDateTime('2026-11-21T13:05:00Z')).toBe('21 Nov 2026, 14:05');
    expect(formatDateTime('2026-09-01T23:30:00Z')).toBe('2 Sep 2026, 00:30');
    expect(formatDateTime('2026-11-21T13:05:00+01:00')).toBe('21 Nov 2026, 13:05');
  });

  it('leaves text that is not a date alone', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });

  it('formats a date without the time', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('1 Jan 2027');
  });
});

describe('startOfDay', () => {
  it('gives the UTC instant a Lagos calendar day starts at', () => {
    expect(startOfDay('2026-11-21')).toBe('2026-11-20T23:00:00Z');
    expect(startOfDay('2026-11-21', 'Africa/Lagos', 1)).toBe('2026-11-21T23:00:00Z');
    expect(startOfDay('2026-12-31', 'Africa/Lagos', 1)).toBe('2026-12-31T23:00:00Z');
    expect(startOfDay('2026-11-21', 'UTC')).toBe('2026-11-21T00:00:00Z');
  });

  it('ignores an empty or malformed day', () => {
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('21/11/2026')).toBeNull();
  });
});
