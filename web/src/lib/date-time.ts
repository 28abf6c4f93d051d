/** Dates and times as people in the shop read them, in the business's time zone (Africa/Lagos). */

export const DEFAULT_TIME_ZONE = 'Africa/Lagos';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
}

function toDate(iso: string): Date | null {
  const date = new Date(iso);
  return iso === '' || Number.isNaN(date.getTime()) ? null : date;
}

/** "21 Nov 2026, 14:05"; the input as is when it is not a valid date. */
export function formatDateTime(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = toDate(iso);
  if (!date) return iso;
  const p = parts(date, timeZone);
  return `${Number(p['day'])} ${MONTHS[Number(p['month']) - 1]} ${p['year']}, ${p['hour']}:${p['minute']}`;
}

/** "21 Nov 2026". */
export function formatDate(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = toDate(iso);
  if (!date) return iso;
  const p = parts(date, timeZone);
  return `${Number(p['day'])} ${MONTHS[Number(p['month']) - 1]} ${p['year']}`;
}

/** Minutes east of UTC of the time zone at that instant (Lagos: +60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const local = Date.UTC(
    Number(p['year']),
    Number(p['month']) - 1,
    Number(p['day']),
    Number(p['hour']),
    Number(p['minute']),
  );
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a calendar day ("2026-11-21", as a date input gives it) starts in the time
 * zone, as ISO-8601 UTC ("2026-11-20T23:00:00Z" for Lagos); null for an invalid day.
 * `plusDays` moves the day first, e.g. 1 for the (exclusive) end of the day.
 */
export function startOfDay(day: string, timeZone = DEFAULT_TIME_ZONE, plusDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  if (Number.isNaN(utcMidnight)) return null;
  const offset = offsetMinutes(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - offset * 60_000).toISOString().replace('.000Z', 'Z');
}
