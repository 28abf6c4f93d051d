// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { ImportWizard } from './import-wizard';

afterEach(resetApp);

const BAD_LINES = [
  { line: 17, column: 'barcode', reason: 'The check digit is wrong.' },
  { line: 230, column: 'price', reason: 'Not an amount in naira.' },
  { line: 998, column: 'vat_class', reason: 'Use STANDARD, ZERO_RATED or EXEMPT.' },
];

function chooseFile(name: string) {
  const file = new File(['sku,name\n'], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
}

describe('the import wizard', () => {
  it('checks a file, lists its problems, then imports a good file and follows the progress', async () => {
    const posts: { dryRun: string | null; mode: string | null; file: string }[] = [];
    let polls = 0;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
      'POST /api/v1/products/import': (url, init) => {
        const params = new URL(url, 'http://x').searchParams;
        const dryRun = params.get('dryRun');
        const file = (init?.body as FormData).get('file') as File;
        posts.push({ dryRun, mode: params.get('mode'), file: file.name });
        if (dryRun === 'false') return jsonResponse({ id: 'job-1', status: 'RUNNING' }, 202);
        const bad = file.name === 'bad.csv';
        return jsonResponse({ valid: !bad, rows: 1000, errors: bad ? BAD_LINES : [], imported: 0 });
      },
      'GET /api/v1/products/imports/job-1': async () => {
        polls += 1;
        if (polls === 1) {
          return jsonResponse({
            id: 'job-1',
            status: 'RUNNING',
            processedRows: 400,
            totalRows: 1000,
            errors: [],
          });
        }
        await finished;
        return jsonResponse({
          id: 'job-1',
          status: 'DONE',
          processedRows: 1000,
          totalRows: 1000,
          errors: [],
          imported: 1000,
          created: 1000,
          updated: 0,
        });
      },
    });
    renderWithApp(<ImportWizard pollMs={30} />, {
      route: '/products/import',
      signedInAs: 'token-1',
    });

    chooseFile('bad.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const report = await screen.findByRole('heading', { name: '3 problems in 1,000 rows' });
    const rows = within(report.closest('section')!).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '17barcodeThe check digit is wrong.',
      '230priceNot an amount in naira.',
      '998vat_classUse STANDARD, ZERO_RATED or EXEMPT.',
    ]);
    expect(screen.getByRole('button', { name: 'Import 1,000 products' })).toHaveProperty(
      'disabled',
      true,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
    chooseFile('good.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await screen.findByRole('heading', { name: '0 problems in 1,000 rows' });
    const importButton = screen.getByRole('button', { name: 'Import 1,000 products' });
    expect(importButton).toHaveProperty('disabled', false);
    fireEvent.click(importButton);

    await screen.findByText('40% · 400 of 1,000 rows');
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value')).toBe(
      '400',
    );
    finish();
    await screen.findByText('Import finished');
    expect(screen.getByText('1,000 products created.')).toBeTruthy();
    expect(posts).toEqual([
      { dryRun: 'true', mode: 'create', file: 'bad.csv' },
      { dryRun: 'true', mode: 'create', file: 'good.csv' },
      { dryRun: 'false', mode: 'create', file: 'good.csv' },
    ]);
    expect(screen.getByRole('link', { name: 'Go to products' })).toBeTruthy();
  });

  it('updates existing products when asked, then counts what it created and updated', async () => {
    const posts: { dryRun: string | null; mode: string | null }[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
      'POST /api/v1/products/import': (url) => {
        const params = new URL(url, 'http://x').searchParams;
        posts.push({ dryRun: params.get('dryRun'), mode: params.get('mode') });
        return params.get('dryRun') === 'true'
          ? jsonResponse({ valid: true, rows: 120, errors: [], imported: 0 })
          : jsonResponse({
              id: 'job-2',
              status: 'DONE',
              dryRun: false,
              valid: true,
              rows: 120,
              errors: [],
              errorCount: 0,
              imported: 47,
              created: 2,
              updated: 45,
              processedRows: 120,
              totalRows: 120,
            });
      },
    });
    renderWithApp(<ImportWizard pollMs={30} />, {
      route: '/products/import',
      signedInAs: 'token-1',
    });

    const createOnly = screen.getByRole('radio', { name: /New products only/ });
    const update = screen.getByRole('radio', {
      name: /Add new and update existing products \(by SKU\)/,
    });
    expect(createOnly).toHaveProperty('checked', true);
    expect(update).toHaveProperty('checked', false);
    fireEvent.click(update);
    expect(update).toHaveProperty('checked', true);
    chooseFile('prices.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 120 products' }));

    await screen.findByText('Import finished');
    expect(screen.getByText('2 created, 45 updated.', { exact: false })).toBeTruthy();
    expect(screen.getByText(/73 of 120 rows were the same as the catalogue/)).toBeTruthy();
    expect(posts).toEqual([
      { dryRun: 'true', mode: 'update' },
      { dryRun: 'false', mode: 'update' },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(screen.getByRole('radio', { name: /New products only/ })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('shows the report when the import itself is refused, and says nothing changed', async () => {
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
      'POST /api/v1/products/import': (url) =>
        new URL(url, 'http://x').searchParams.get('dryRun') === 'true'
          ? jsonResponse({ valid: true, rows: 2, errors: [], imported: 0 })
          : // as the server refuses it: 422, a problem carrying the report
            problemResponse(422, {
              type: 'urn:astroaxis:problem:import-invalid',
              title: 'File not imported',
              status: 422,
              detail: 'The file has 1 problem; nothing was imported. Fix the lines listed and send it again.',
              dryRun: false,
              valid: false,
              rows: 2,
              errors: [BAD_LINES[0]],
              errorCount: 1,
              imported: 0,
            }),
    });
    renderWithApp(<ImportWizard pollMs={30} />, {
      route: '/products/import',
      signedInAs: 'token-1',
    });
    chooseFile('two.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 products' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The import was refused. Nothing was changed.',
    );
    expect(screen.getByRole('heading', { name: '1 problem in 2 rows' })).toBeTruthy();
  });

  it('counts every problem when the server lists only the first 1,000', async () => {
    const listed = Array.from({ length: 1000 }, (_, i) => ({
      line: i + 2,
      column: 'price',
      reason: 'Not an amount in naira.',
    }));
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
      'POST /api/v1/products/import': () =>
        jsonResponse({
          dryRun: true,
          valid: false,
          rows: 3000,
          errors: listed,
          errorCount: 1250,
          imported: 0,
          processedRows: 0,
          totalRows: 3000,
        }),
    });
    renderWithApp(<ImportWizard pollMs={30} />, {
      route: '/products/import',
      signedInAs: 'token-1',
    });
    chooseFile('big.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const report = await screen.findByRole('heading', { name: '1,250 problems in 3,000 rows' });
    const section = within(report.closest('section')!);
    expect(
      section.getByText('1,250 problems; the first 1,000 are listed below.', { exact: false }),
    ).toBeTruthy();
    expect(section.getAllByRole('row').slice(1)).toHaveLength(1000);
  });

  it('says nothing of a cut list when every problem is listed', async () => {
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
      'POST /api/v1/products/import': () =>
        jsonResponse({ valid: false, rows: 1000, errors: BAD_LINES, errorCount: 3, imported: 0 }),
    });
    renderWithApp(<ImportWizard pollMs={30} />, {
      route: '/products/import',
      signedInAs: 'token-1',
    });
    chooseFile('bad.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await screen.findByRole('heading', { name: '3 problems in 1,000 rows' });
    expect(screen.queryByText(/are listed below/)).toBeNull();
  });
});
