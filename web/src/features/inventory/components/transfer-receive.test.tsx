// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TransferRoute } from '@/app/routes/transfer';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const BRANCHES = [
  { id: 'b-ikj', code: 'IKJ', name: 'Ikeja', kind: 'SHOP', oversell: 'BLOCK', active: true },
  {
    id: 'b-wh',
    code: 'WH1',
    name: 'Main warehouse',
    kind: 'WAREHOUSE',
    oversell: 'BLOCK',
    active: true,
  },
];
// As the server's TransferController.TransferJson: lines carry no product names.
const TRANSFER = {
  id: 't-1',
  fromBranchId: 'b-wh',
  toBranchId: 'b-ikj',
  status: 'DISPATCHED',
  dispatchedBy: 'ada',
  dispatchedAt: '2026-11-21T09:30:00Z',
  lines: [
    { productId: 'p-rice', sent: 10 },
    { productId: 'p-oil', sent: 2.5 },
  ],
};
const RICE = { id: 'p-rice', sku: 'RICE-5KG', name: 'Rice 5kg', unit: 'PIECE', priceKobo: 650000 };
const OIL = { id: 'p-oil', sku: 'OIL-L', name: 'Palm oil', unit: 'LITRE', priceKobo: 250000 };

describe('receiving a transfer', () => {
  it('prefills what was sent, shows the shortfall as it is typed, and the recorded shortfall after', async () => {
    const receipts: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.transfer'] })),
      'GET /api/v1/branches': () => jsonResponse(BRANCHES),
      'GET /api/v1/stock/transfers/t-1': () => jsonResponse(TRANSFER),
      'GET /api/v1/products/p-rice': () => jsonResponse(RICE),
      'GET /api/v1/products/p-oil': () => jsonResponse(OIL),
      'POST /api/v1/stock/transfers/t-1/receive': (_url, init) => {
        receipts.push(jsonBody(init));
        return jsonResponse({
          ...TRANSFER,
          status: 'RECEIVED',
          receivedBy: 'chioma',
          receivedAt: '2026-11-21T11:00:00Z',
          lines: [
            { productId: 'p-rice', sent: 10, received: 8, shortfall: 2 },
            { productId: 'p-oil', sent: 2.5, received: 2.5, shortfall: 0 },
          ],
        });
      },
    });
    renderWithApp(<TransferRoute />, {
      route: '/stock/transfers/t-1',
      path: '/stock/transfers/:id',
      signedInAs: 'token-1',
    });

    const rice = (await screen.findByLabelText('Received of Rice 5kg')) as HTMLInputElement;
    const oil = (await screen.findByLabelText('Received of Palm oil')) as HTMLInputElement;
    expect(rice.value).toBe('10');
    expect(oil.value).toBe('2.5');
    expect(screen.getByText('Main warehouse')).toBeTruthy();

    fireEvent.change(rice, { target: { value: '8' } });
    const row = rice.closest('tr')!;
    expect(within(row).getByText('Short by 2')).toBeTruthy();
    expect(row.className).toBe('row--short');

    fireEvent.change(rice, { target: { value: '8.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Receive transfer' }));
    expect(await screen.findByText('This product is counted in whole pieces.')).toBeTruthy();
    expect(receipts).toEqual([]);

    fireEvent.change(rice, { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Receive transfer' }));
    await screen.findByText('Shortfall recorded on 1 line: Rice 5kg short by 2.');
    expect(receipts).toEqual([
      {
        lines: [
          { productId: 'p-rice', quantity: 8 },
          { productId: 'p-oil', quantity: 2.5 },
        ],
      },
    ]);
    const table = screen.getByRole('region', { name: 'Lines received' });
    const received = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(received).toEqual(['Rice 5kgRICE-5KG1082', 'Palm oilOIL-L2.52.5None']);
    expect(screen.queryByRole('button', { name: 'Receive transfer' })).toBeNull();
  });
});
