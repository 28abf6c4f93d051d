import type { ExportFormat } from '@/features/catalog/api/export-products';
import { downloadFile } from '@/lib/download';
import { query } from '@/lib/paged';
import { STOCK_PATH } from './stock-level';

/** GET /api/v1/stock/export?format=csv|xlsx&branchId=, saved as a file. */
export function exportStock(format: ExportFormat, branchId: string): Promise<string> {
  return downloadFile(`${STOCK_PATH}/export${query({ format, branchId })}`, `stock.${format}`);
}
