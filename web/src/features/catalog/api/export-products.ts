import { downloadFile } from '@/lib/download';
import { PRODUCTS_PATH } from './product';

export type ExportFormat = 'csv' | 'xlsx';

/** GET /api/v1/products/export?format=csv|xlsx, saved as a file (the token goes in a header). */
export function exportProducts(format: ExportFormat): Promise<string> {
  return downloadFile(`${PRODUCTS_PATH}/export?format=${format}`, `products.${format}`);
}
