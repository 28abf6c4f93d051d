import { apiClient } from '@/lib/api-client';
import { parseProduct, productPath, PRODUCTS_PATH, type Product } from './product';

/** GET /api/v1/products/{id}. */
export async function getProduct(id: string, signal?: AbortSignal): Promise<Product> {
  return parseProduct(await apiClient.get<unknown>(productPath(id), signal ? { signal } : {}));
}

/** GET /api/v1/products/by-barcode/{code} → the product, or a 404 problem. */
export async function getProductByBarcode(code: string, signal?: AbortSignal): Promise<Product> {
  const path = `${PRODUCTS_PATH}/by-barcode/${encodeURIComponent(code)}`;
  return parseProduct(await apiClient.get<unknown>(path, signal ? { signal } : {}));
}
