// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LowStockRoute } from '@/app/routes/stock-low';
import { jsonResponse, problemResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const BRANCHES = [
  { id: 'b-ikj', code: 'IKJ', name: 'Ikeja' },
  { id: 'b-lek', code: 'LEK', name: 'Lekki' },
];
const FLAG = {
  movementId: 'm-1',
  productId: 'p-rice',
  sku: 'RICE-5',
  name: 'Rice 5kg',
  unit: 'PIECE',
  branchId: 'b-ikj',
  branchCode: 'IKJ',
  kind: 'SALE',
  quantity: -3,
  levelAfter: -2,
  actor: 'ada',
  occurredAt: '2026-11-21T14:05:00Z',
  flaggedAt: '2026-11-21T14:05:00Z',
  documentType: 'sale',
  documentId: 'R-0042',
};
const page = (items: unknown[], total = items.length, number = 0) => ({
  items,
  page: number,
  size: 50,
  total,
});

function renderLowStock(oversold: (url: string) => Response) {
  const calls: string[] = [];
  stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody()),
    'GET /api/v1/branches': () => jsonResponse(BRANCHES),
    'GET /api/v1/stock/low': () => jsonResponse([]),
    'GET /api/v1/stock/oversold': (url) => {
      calls.push(url.slice(url.indexOf('?')));
      return oversold(url);
    },
  });
  renderWithApp(<LowStockRoute />, { route: '/stock/low', signedInAs: 'token-1' });
  return calls;
}

async function section() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Sold below zero' });
  const region = heading.closest('section')!;
  expect(screen.getByRole('region', { name: 'Sold below zero' })).toBe(region);
  return region;
}

describe('the sold-below-zero section of the low-stock page', () => {
  it('lists what went below zero in every branch, then in the branch chosen', async () => {
    const calls = renderLowStock((url) =>
      jsonResponse(page(url.includes('branchId=b-lek') ? [] : [FLAG])),
    );

    const region = await section();
    const table = await within(region).findByRole('table', {
      name: 'Sold below zero, newest first',
    });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'When',
      'Product',
      'Branch',
      'What',
      'Quantity',
      'Level after',
    ]);
    const cells = [...within(table).getAllByRole('row')[1]!.children].map((c) => c.textContent);
    expect(cells).toEqual([
      '21 Nov 2026, 15:05',
      'Rice 5kgRICE-5',
      'Ikeja',
      'Salesale R-0042by ada',
      '-3',
      '-2 pcs',
    ]);
    expect(within(table).getByRole('link', { name: 'Rice 5kg' }).getAttribute('href')).toBe(
      '/products/p-rice',
    );
    expect(calls).toEqual(['?page=0&size=50']);

    fireEvent.change(screen.getByLabelText('Branch'), { target: { value: 'b-lek' } });

    const empty = await screen.findByText('Nothing was sold below zero.');
    expect(empty.closest('.notice')!.className).toContain('notice--success');
    expect(within(await section()).queryByRole('table')).toBeNull();
    expect(calls.at(-1)).toBe('?branchId=b-lek&page=0&size=50');
  });

  it('leaves the branch column out for one branch and pages through many', async () => {
    const calls = renderLowStock((url) =>
      jsonResponse(page([FLAG], 51, url.includes('page=1') ? 1 : 0)),
    );
    fireEvent.change(await screen.findByLabelText('Branch'), { target: { value: 'b-ikj' } });
    await screen.findByText('Showing 1–50 of 51 · Page 1 of 2');
    const region = await section();

    expect(within(region).queryByRole('columnheader', { name: 'Branch' })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Next page' }));

    await within(region).findByText('Showing 51–51 of 51 · Page 2 of 2');
    expect(calls.at(-1)).toBe('?branchId=b-ikj&page=1&size=50');
  });

  it('says so when the list cannot be loaded', async () => {
    renderLowStock(() =>
      problemResponse(500, { type: 'about:blank', title: 'Internal Server Error', status: 500 }),
    );

    const region = await section();
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toContain('The list of stock sold below zero could not be loaded.');
    expect(screen.getByText('Nothing is low on stock.')).toBeTruthy();
  });
});
