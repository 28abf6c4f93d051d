import { apiClient } from '@/lib/api-client';
import { asRecord, incomplete, optionalString } from '@/lib/parse';
import { parseItems } from '@/lib/paged';

/** A category in the product tree; `path` reads like "Food › Grains › Rice". */
export interface Category {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
}

export const CATEGORIES_PATH = '/api/v1/categories';

export function parseCategory(raw: unknown): Category {
  const body = asRecord(raw);
  const id = body['id'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof body['name'] !== 'string') {
    throw incomplete('category');
  }
  const parentId = body['parentId'];
  return {
    id: String(id),
    name: body['name'],
    parentId:
      typeof parentId === 'string' || typeof parentId === 'number' ? String(parentId) : null,
    path: optionalString(body['path']),
  };
}

/** Fills in missing paths from the parents and sorts the list as a tree (by path). */
export function withPaths(categories: readonly Category[]): Category[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (category: Category, seen: Set<string>): string => {
    if (category.path) return category.path;
    const parent = category.parentId ? byId.get(category.parentId) : undefined;
    if (!parent || seen.has(parent.id)) return category.name;
    return `${pathOf(parent, seen.add(category.id))} › ${category.name}`;
  };
  return categories
    .map((c) => ({ ...c, path: pathOf(c, new Set()) }))
    .sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

/** GET /api/v1/categories → flat list `[{id, name, parentId, path}]`. */
export async function listCategories(signal?: AbortSignal): Promise<Category[]> {
  const body = await apiClient.get<unknown>(CATEGORIES_PATH, signal ? { signal } : {});
  return withPaths(parseItems(body, parseCategory));
}

/** POST /api/v1/categories {name, parentId?} → 201 with the category (permission catalog.write). */
export async function createCategory(name: string, parentId: string | null): Promise<Category> {
  const sent = parentId ? { name, parentId } : { name };
  return parseCategory(await apiClient.post<unknown>(CATEGORIES_PATH, sent));
}
