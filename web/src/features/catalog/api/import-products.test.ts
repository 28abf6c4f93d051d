// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubApi } from '@/testing/fetch-stub';
import { importProducts, parseJob, parseReport } from './import-products';

// Field names as in the server's record ProductImports.Report (null fields left out).
describe('a product import from the API', () => {
  it('reads the Report of a dry run', () => {
    const report = parseReport({
      dryRun: true,
      valid: false,
      rows: 3,
      errors: [{ line: 3, column: 'price', reason: 'is not an amount' }],
      errorCount: 1,
      imported: 0,
      processedRows: 0,
      totalRows: 3,
    });
    expect(report).toEqual({
      valid: false,
      rows: 3,
      errors: [{ line: 3, column: 'price', reason: 'is not an amount' }],
      errorCount: 1,
      imported: 0,
    });
  });

  it('keeps the count of all problems when the server lists only the first 1,000', () => {
    const listed = Array.from({ length: 1000 }, (_, i) => ({
      line: i + 2,
      column: 'price',
      reason: 'is not an amount',
    }));
    const report = parseReport({ valid: false, rows: 3000, errors: listed, errorCount: 1250 });
    expect(report.errors).toHaveLength(1000);
    expect(report.errorCount).toBe(1250);
  });

  it('follows a large import by the id in the 202 answer', async () => {
    const running = {
      id: '2c2c0000-0000-4000-8000-000000000001',
      status: 'RUNNING',
      dryRun: false,
      valid: true,
      rows: 9000,
      errors: [],
      errorCount: 0,
      imported: 0,
      processedRows: 1200,
      totalRows: 9000,
    };
    stubApi({ 'POST /api/v1/products/import': () => jsonResponse(running, 202) });
    const started = await importProducts(new File(['sku,name\n'], 'products.csv'), false);
    expect(started).toEqual({
      kind: 'job',
      job: {
        id: running.id,
        status: 'RUNNING',
        processedRows: 1200,
        totalRows: 9000,
        errors: [],
        errorCount: 0,
        imported: 0,
        valid: true,
      },
    });
  });

  it('reads a failed job, its one problem without a line', () => {
    const job = parseJob({
      id: 'j-1',
      status: 'FAILED',
      dryRun: false,
      valid: false,
      rows: 9000,
      errors: [{ reason: 'the import stopped before it finished' }],
      errorCount: 1,
      imported: 0,
      processedRows: 4000,
      totalRows: 9000,
    });
    expect(job).toMatchObject({ status: 'FAILED', valid: false, imported: 0 });
    expect(job.errors).toEqual([{ line: 0, column: '', reason: 'the import stopped before it finished' }]);
  });
});
