import { asRecord } from './parse';

/** One page of a list endpoint: `{items, page, size, total}` (page counts from 0). */
export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Reads a list answer: the paged object of the contract, or a plain array (a few endpoints
 * answer with one, and tolerating both keeps a page working if that changes).
 */
export function parsePaged<T>(raw: unknown, parseItem: (item: unknown) => T): Paged<T> {
  if (Array.isArray(raw)) {
    const items = raw.map(parseItem);
    return { items, page: 0, size: items.length, total: items.length };
  }
  const body = asRecord(raw);
  const items = Array.isArray(body['items']) ? body['items'].map(parseItem) : [];
  return {
    items,
    page: count(body['page'], 0),
    size: count(body['size'], items.length),
    total: count(body['total'], items.length),
  };
}

/** The items of a list answer, paged or plain. */
export function parseItems<T>(raw: unknown, parseItem: (item: unknown) => T): T[] {
  return parsePaged(raw, parseItem).items;
}

/** A query string from the parameters that have a value (empty strings and null are left out). */
export function query(
  params: Record<string, string | number | boolean | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
