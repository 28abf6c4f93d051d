// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StocktakeRoute } from '@/app/routes/stocktake';
import { StocktakesRoute } from '@/app/routes/stocktakes';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

// As the server's StocktakeController.SheetJson and VarianceJson (null fields left out).
const line = (productId: string, name: string, unit: string, expected: number) => ({
  productId,
  sku: productId.toUpperCase(),
  name,
  unit,
  expected,
});
const SHEET = {
  id: 's-1',
  branchId: 'b-ikj',
  status: 'OPEN',
  createdBy: 'ada',
  createdAt: '2026-11-21T08:00:00Z',
  lines: [
    line('p-rice', 'Rice 5kg', 'PIECE', 12),
    line('p-beans', 'Beans', 'KILOGRAM', 20),
    line('p-salt', 'Salt', 'PIECE', 7),
  ],
};
const VARIANCE = {
  id: 's-1',
  branchId: 'b-ikj',
  status: 'OPEN',
  lines: [
    { productId: 'p-rice', expected: 12, movementsSince: -2, counted: 8, variance: -2 },
    { productId: 'p-beans', expected: 20, movementsSince: 0, counted: 20.5, variance: 0.5 },
    { productId: 'p-salt', expected: 7, movementsSince: 1, counted: 8, variance: 0 },
  ],
};

describe('a stocktake', () => {
  it('takes counts line by line with Enter, shows the variance coloured, and posts after confirming', async () => {
    const calls: { method: string; body: unknown }[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.count'] })),
      'GET /api/v1/branches': () => jsonResponse([{ id: 'b-ikj', code: 'IKJ', name: 'Ikeja' }]),
      'GET /api/v1/stocktakes/s-1': () => jsonResponse(SHEET),
      'PUT /api/v1/stocktakes/s-1/counts': (_url, init) => {
        calls.push({ method: 'PUT', body: jsonBody(init) });
        return jsonResponse(SHEET);
      },
      'GET /api/v1/stocktakes/s-1/variance': () => jsonResponse(VARIANCE),
      'POST /api/v1/stocktakes/s-1/post': () => {
        calls.push({ method: 'POST', body: null });
        return jsonResponse({ ...SHEET, status: 'POSTED' });
      },
    });
    renderWithApp(<StocktakeRoute />, {
      route: '/stock/counts/s-1',
      path: '/stock/counts/:id',
      signedInAs: 'token-1',
    });

    await screen.findByRole('heading', { level: 1, name: 'Stocktake at Ikeja' });
    const rice = await screen.findByLabelText('Counted Rice 5kg');
    rice.focus();
    fireEvent.change(rice, { target: { value: '8' } });
    fireEvent.keyDown(rice, { key: 'Enter' });
    const beans = screen.getByLabelText('Counted Beans');
    expect(document.activeElement).toBe(beans);
    fireEvent.change(beans, { target: { value: '20.5' } });
    fireEvent.keyDown(beans, { key: 'Enter' });
    const salt = screen.getByLabelText('Counted Salt');
    expect(document.activeElement).toBe(salt);
    fireEvent.change(salt, { target: { value: '8' } });
    fireEvent.keyDown(salt, { key: 'Enter' });
    const save = screen.getByRole('button', { name: 'Save counts and show variance' });
    expect(document.activeElement).toBe(save);
    fireEvent.click(save);

    const report = (await screen.findByRole('heading', { name: 'Variance' })).closest('section')!;
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Rice 5kgP-RICE', '12', '-2', '8', '-2'],
      ['BeansP-BEANS', '20', '0', '20.5', '+0.5'],
      ['SaltP-SALT', '7', '+1', '8', '0'],
    ]);
    expect(within(rows[0]!).getByText('-2', { selector: '.variance' }).className).toBe(
      'variance variance--short',
    );
    expect(within(rows[1]!).getByText('+0.5').className).toBe('variance variance--over');
    expect(within(rows[2]!).getByText('0', { selector: '.variance' }).className).toBe(
      'variance variance--none',
    );
    expect(within(report).getByText(/2 of 3 lines differ/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Post corrections' }));
    const dialog = screen.getByRole('dialog', { name: 'Post corrections?' });
    expect(within(dialog).getByText(/2 stock levels will be corrected/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Post corrections' }));

    await screen.findByText('Corrections posted');
    expect(calls).toEqual([
      {
        method: 'PUT',
        body: {
          lines: [
            { productId: 'p-rice', counted: 8 },
            { productId: 'p-beans', counted: 20.5 },
            { productId: 'p-salt', counted: 8 },
          ],
        },
      },
      { method: 'POST', body: null },
    ]);
    expect((screen.getByLabelText('Counted Rice 5kg') as HTMLInputElement).disabled).toBe(true);
  });

  it('refuses a fraction of a piece before saving', async () => {
    const puts: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.count'] })),
      'GET /api/v1/branches': () => jsonResponse([]),
      'GET /api/v1/stocktakes/s-1': () => jsonResponse(SHEET),
      'PUT /api/v1/stocktakes/s-1/counts': (_url, init) => {
        puts.push(jsonBody(init));
        return jsonResponse(SHEET);
      },
    });
    renderWithApp(<StocktakeRoute />, {
      route: '/stock/counts/s-1',
      path: '/stock/counts/:id',
      signedInAs: 'token-1',
    });
    fireEvent.change(await screen.findByLabelText('Counted Rice 5kg'), {
      target: { value: '7.5' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save counts and show variance' }));
    expect(screen.getByText('This product is counted in whole pieces.')).toBeTruthy();
    expect(puts).toEqual([]);
  });
});

describe('the stocktake page', () => {
  it("lists the branch's earlier count sheets with how far each was counted", async () => {
    const asked: string[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.count'] })),
      'GET /api/v1/branches': () => jsonResponse([{ id: 'b-ikj', code: 'IKJ', name: 'Ikeja' }]),
      'GET /api/v1/categories': () => jsonResponse([]),
      'GET /api/v1/stocktakes': (url) => {
        asked.push(url);
        return jsonResponse([
          { id: 's-2', status: 'OPEN', createdAt: '2026-11-20T09:30:00Z', lineCount: 40, countedCount: 12 },
          { id: 's-1', status: 'POSTED', createdAt: '2026-11-01T08:00:00Z', lineCount: 38, countedCount: 38 },
        ]);
      },
    });
    renderWithApp(<StocktakesRoute />, { route: '/stock/counts', signedInAs: 'token-1' });

    const list = await screen.findByRole('region', { name: 'Count sheets at this branch' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/Open.*12 of 40 lines counted/),
      expect.stringMatching(/Posted.*38 of 38 lines counted/),
    ]);
    expect(links[0]?.getAttribute('href')).toBe('/stock/counts/s-2');
    expect(asked[0]).toContain('branchId=b-ikj');
  });
});
