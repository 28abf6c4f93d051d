import { useEffect, useState } from 'react';
import { getSession, subscribeSession } from '@/features/auth/api/session-store';
import { asRecord, optionalString } from '@/lib/parse';
import { getProduct } from './api/get-product';
import type { Product } from './api/product';
import { isUnit, type Unit } from './units';

/** What a stock, transfer or order line needs to show about its product. */
export interface ProductSummary {
  id: string;
  sku: string;
  name: string;
  unit: Unit;
  costKobo?: number;
}

const known = new Map<string, ProductSummary | null>();
const loading = new Set<string>();
const listeners = new Set<() => void>();
const MAX_PARALLEL = 6;
let queue: string[] = [];
let running = 0;

/** Keeps a product's name at hand (after a search, a save or a line that carried it). */
export function rememberProduct(product: Product | ProductSummary): void {
  known.set(product.id, {
    id: product.id,
    sku: product.sku,
    name: product.name,
    unit: product.unit,
    ...(product.costKobo !== undefined ? { costKobo: product.costKobo } : {}),
  });
}

/** Forgets every product (tests; after signing out). */
export function forgetProducts(): void {
  known.clear();
  loading.clear();
  queue = [];
}

// Another user may sign in next on this tablet: what the last one looked up is dropped.
subscribeSession(() => {
  if (getSession() === null) forgetProducts();
});

/**
 * The product a line describes, when the server added its `sku`, `name` and `unit` (stock
 * levels, oversold flags, count sheets). Such lines need no extra request. Without a known
 * unit the line says nothing: the product is looked up rather than taken for one counted in
 * pieces.
 */
export function summaryFromLine(raw: unknown, productId: string): ProductSummary | null {
  const body = asRecord(raw);
  const name = optionalString(body['name']);
  const unit = body['unit'];
  if (name === '' || !isUnit(unit)) return null;
  return { id: productId, sku: optionalString(body['sku']), name, unit };
}

function pump(): void {
  while (running < MAX_PARALLEL && queue.length > 0) {
    const id = queue.shift()!;
    running += 1;
    getProduct(id)
      .then((product) => rememberProduct(product))
      .catch(() => known.set(id, null))
      .finally(() => {
        running -= 1;
        loading.delete(id);
        listeners.forEach((listener) => listener());
        pump();
      });
  }
}

/**
 * Names of the products with these ids, loaded (a few at a time) when not known yet. A
 * product that could not be loaded maps to null; one still loading is missing.
 */
export function useProducts(
  ids: readonly string[],
  hints: readonly ProductSummary[] = [],
): ReadonlyMap<string, ProductSummary | null> {
  for (const hint of hints) if (!known.get(hint.id)) known.set(hint.id, hint);
  const [, setVersion] = useState(0);
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    const missing = key.split(',').filter((id) => id !== '' && !known.has(id) && !loading.has(id));
    missing.forEach((id) => loading.add(id));
    queue.push(...missing);
    pump();
    return () => {
      listeners.delete(listener);
    };
  }, [key]);

  return known;
}
