import { apiClient } from '@/lib/api-client';
import { count, parseItems, query } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { summaryFromLine, type ProductSummary } from '@/features/catalog/product-lookup';

export interface SheetLine {
  productId: string;
  expected: number;
  /** What was saved so far, when the server sends it back. */
  counted: number | null;
  product: ProductSummary | null;
}

/** A count sheet: OPEN while counting, POSTED once the corrections are recorded. */
export interface Stocktake {
  id: string;
  branchId: string;
  categoryId: string | null;
  status: string;
  createdAt: string;
  lines: SheetLine[];
}

export interface VarianceLine {
  productId: string;
  expected: number;
  movementsSince: number;
  counted: number;
  /** counted − (expected + movementsSince). */
  variance: number;
  product: ProductSummary | null;
}

export const STOCKTAKES_PATH = '/api/v1/stocktakes';
const path = (id: string) => `${STOCKTAKES_PATH}/${encodeURIComponent(id)}`;

function parseSheetLine(raw: unknown): SheetLine {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  return {
    productId,
    expected: count(body['expected'], 0),
    counted: typeof body['counted'] === 'number' ? body['counted'] : null,
    product: summaryFromLine(raw, productId),
  };
}

export function parseStocktake(raw: unknown): Stocktake {
  const body = asRecord(raw);
  const id = body['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw incomplete('count sheet');
  const categoryId = optionalString(body['categoryId']);
  return {
    id: String(id),
    branchId: optionalString(body['branchId']),
    categoryId: categoryId || null,
    status: optionalString(body['status']) || 'OPEN',
    createdAt: optionalString(body['createdAt']),
    lines: parseItems(body['lines'] ?? [], parseSheetLine),
  };
}

export function parseVarianceLine(raw: unknown): VarianceLine {
  const body = asRecord(raw);
  const productId = optionalString(body['productId']);
  return {
    productId,
    expected: count(body['expected'], 0),
    movementsSince: count(body['movementsSince'], 0),
    counted: count(body['counted'], 0),
    variance: count(body['variance'], 0),
    product: summaryFromLine(raw, productId),
  };
}

/** POST /api/v1/stocktakes {branchId, categoryId?} → 201 with the OPEN sheet (inventory.count). */
export async function startStocktake(branchId: string, categoryId: string): Promise<Stocktake> {
  const sent = categoryId ? { branchId, categoryId } : { branchId };
  return parseStocktake(await apiClient.post<unknown>(STOCKTAKES_PATH, sent));
}

/** GET /api/v1/stocktakes/{id} → the sheet (to come back to a count later). */
export async function getStocktake(id: string, signal?: AbortSignal): Promise<Stocktake> {
  return parseStocktake(await apiClient.get<unknown>(path(id), signal ? { signal } : {}));
}

/** GET /api/v1/stocktakes?branchId= → the branch's count sheets, newest first. */
/** A count sheet in a list: how many lines it has and how many were counted. */
export interface StocktakeSummary {
  id: string;
  status: string;
  createdAt: string;
  lineCount: number;
  countedCount: number;
}

export function parseStocktakeSummary(raw: unknown): StocktakeSummary {
  const body = asRecord(raw);
  const id = body['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw incomplete('count sheet');
  return {
    id: String(id),
    status: optionalString(body['status']) || 'OPEN',
    createdAt: optionalString(body['createdAt']),
    lineCount: count(body['lineCount'], 0),
    countedCount: count(body['countedCount'], 0),
  };
}

/** GET /api/v1/stocktakes?branchId= → the branch's latest count sheets, newest first. */
export async function listStocktakes(
  branchId: string,
  signal?: AbortSignal,
): Promise<StocktakeSummary[]> {
  const body = await apiClient.get<unknown>(
    `${STOCKTAKES_PATH}${query({ branchId })}`,
    signal ? { signal } : {},
  );
  return parseItems(body, parseStocktakeSummary);
}

/** PUT /api/v1/stocktakes/{id}/counts {lines:[{productId, counted}]}. */
export async function saveCounts(
  id: string,
  lines: { productId: string; counted: number }[],
): Promise<void> {
  await apiClient.put<unknown>(`${path(id)}/counts`, { lines });
}

/** GET /api/v1/stocktakes/{id}/variance → per line expected, movementsSince, counted, variance. */
export async function getVariance(id: string, signal?: AbortSignal): Promise<VarianceLine[]> {
  const body = asRecord(
    await apiClient.get<unknown>(`${path(id)}/variance`, signal ? { signal } : {}),
  );
  return parseItems(body['lines'] ?? [], parseVarianceLine);
}

/** POST /api/v1/stocktakes/{id}/post → corrections recorded, the sheet POSTED. */
export async function postStocktake(id: string): Promise<void> {
  await apiClient.post<unknown>(`${path(id)}/post`);
}
