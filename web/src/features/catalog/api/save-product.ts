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

/** POST /api/v1/products → 201 with the product (permission catalog.write). */
export async function createProduct(payload: ProductPayload): Promise<Product> {
  return parseProduct(await apiClient.post<unknown>(PRODUCTS_PATH, payload));
}

/** PATCH /api/v1/products/{id} → 200 with the product (permission catalog.write). */
export async function updateProduct(id: string, payload: ProductPayload): Promise<Product> {
  return parseProduct(await apiClient.patch<unknown>(productPath(id), payload));
}
