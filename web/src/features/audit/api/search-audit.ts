import { apiClient } from '@/lib/api-client';
import { startOfDay } from '@/lib/date-time';
import { asRecord, optionalString } from '@/lib/parse';

export interface AuditEntry {
  sequence: number;
  /** ISO-8601 instant. */
  occurredAt: string;
  actor: string;
  action: string;
  objectType: string;
  objectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string;
  requestId: string;
  clientIp: string;
}

export interface AuditPage {
  items: AuditEntry[];
  /** Zero-based page number. */
  page: number;
  size: number;
  total: number;
}

export interface AuditFilter {
  actor: string;
  action: string;
  /** Calendar days (YYYY-MM-DD) in the business's time zone; both days are included. */
  from: string;
  to: string;
}

export const AUDIT_PATH = '/api/v1/audit';
export const AUDIT_PAGE_SIZE = 25;

function state(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function parseAuditEntry(raw: unknown): AuditEntry {
  const body = asRecord(raw);
  return {
    sequence: count(body['sequence'], 0),
    occurredAt: optionalString(body['occurredAt']),
    actor: optionalString(body['actor']),
    action: optionalString(body['action']),
    objectType: optionalString(body['objectType']),
    objectId: body['objectId'] == null ? '' : String(body['objectId']),
    before: state(body['before']),
    after: state(body['after']),
    reason: optionalString(body['reason']),
    requestId: optionalString(body['requestId']),
    clientIp: optionalString(body['clientIp']),
  };
}

/**
 * The query string for GET /api/v1/audit. The days become instants: `from` is the start of
 * the first day and `to` the start of the day after the last day, in the business's time zone.
 */
export function auditQuery(
  filter: AuditFilter,
  page: number,
  size: number,
  timeZone: string,
): string {
  const params = new URLSearchParams();
  if (filter.actor.trim()) params.set('actor', filter.actor.trim());
  if (filter.action.trim()) params.set('action', filter.action.trim());
  const from = startOfDay(filter.from, timeZone);
  const to = startOfDay(filter.to, timeZone, 1);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  params.set('page', String(page));
  params.set('size', String(size));
  return params.toString();
}

/** GET /api/v1/audit (permission audit.read): one page of the audit trail, newest first. */
export async function searchAudit(
  filter: AuditFilter,
  page: number,
  timeZone: string,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const url = `${AUDIT_PATH}?${auditQuery(filter, page, AUDIT_PAGE_SIZE, timeZone)}`;
  const body = asRecord(await apiClient.get<unknown>(url, signal ? { signal } : {}));
  const items = Array.isArray(body['items']) ? body['items'].map(parseAuditEntry) : [];
  return {
    items,
    page: count(body['page'], page),
    size: count(body['size'], AUDIT_PAGE_SIZE),
    total: count(body['total'], items.length),
  };
}
