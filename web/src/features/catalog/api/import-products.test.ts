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
      created: 0,
      updated: 0,
    });
  });

  it('reads how many products an import created and updated', () => {
    const report = parseReport({
      valid: true,
      rows: 10,
      errors: [],
      imported: 7,
      created: 3,
      updated: 4,
    });
    expect(report).toMatchObject({ imported: 7, created: 3, updated: 4 });
    // a report without the split only created products
    expect(parseReport({ valid: true, rows: 5, errors: [], imported: 5 })).toMatchObject({
      created: 5,
      updated: 0,
    });
  });

  it('sends the mode, create unless asked to update', async () => {
    const urls: string[] = [];
    stubApi({
      'POST /api/v1/products/import': (url) => {
        urls.push(url);
        return jsonResponse({ valid: true, rows: 0, errors: [], imported: 0 });
      },
    });
    const file = new File(['sku,name\n'], 'products.csv');
    await importProducts(file, true);
    await importProducts(file, false, 'update');
    expect(urls.map((url) => new URL(url, 'http://x').search)).toEqual([
      '?dryRun=true&mode=create',
      '?dryRun=false&mode=update',
    ]);
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
        created: null,
        updated: null,
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
