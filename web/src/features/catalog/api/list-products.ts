import { apiClient } from '@/lib/api-client';
import { parsePaged, query, type Paged } from '@/lib/paged';
import { parseProduct, PRODUCTS_PATH, type Product } from './product';

export interface ProductFilter {
  /** Name, SKU or barcode. */
  q: string;
  categoryId: string;
  /** 'true' active only, 'false' archived only, '' both. */
  active: '' | 'true' | 'false';
}

export const PRODUCT_PAGE_SIZE = 50;

/** GET /api/v1/products?q=&categoryId=&active=&page=&size= → one page of products. */
export async function listProducts(
  filter: ProductFilter,
  page: number,
  size = PRODUCT_PAGE_SIZE,
  signal?: AbortSignal,
): Promise<Paged<Product>> {
  const params = query({
    q: filter.q.trim(),
    categoryId: filter.categoryId,
    active: filter.active,
    page,
    size,
  });
  const body = await apiClient.get<unknown>(`${PRODUCTS_PATH}${params}`, signal ? { signal } : {});
  return parsePaged(body, parseProduct);
}
