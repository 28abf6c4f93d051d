import { apiClient } from '@/lib/api-client';
import type { Unit, VatClass } from '../units';
import { parseProduct, productPath, PRODUCTS_PATH, type Product } from './product';

/** The body of POST /api/v1/products and PATCH /api/v1/products/{id}; money in kobo. */
export interface ProductPayload {
  sku: string;
  name: string;
  description: string;
  barcodes: string[];
  categoryId: string | null;
  unit: Unit;
  priceKobo: number;
  costKobo: number;
  vatClass: VatClass;
  trackStock: boolean;
  active: boolean;
  imageFileId: string | null;
}

/**
 * POST /api/v1/products → 201 (permission catalog.write). The answer is the product, or at
 * least its `id`; what was sent fills in the rest.
 */
export async function createProduct(payload: ProductPayload): Promise<Product> {
  const body = await apiClient.post<unknown>(PRODUCTS_PATH, payload);
  return parseProduct({ ...payload, ...(body as object) });
}

/** PATCH /api/v1/products/{id} → 200 with the product (permission catalog.write). */
export async function updateProduct(id: string, payload: ProductPayload): Promise<Product> {
  const body = await apiClient.patch<unknown>(productPath(id), payload);
  return parseProduct({ id, ...payload, ...(body as object) });
}
