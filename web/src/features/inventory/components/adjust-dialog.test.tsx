// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StockRoute } from '@/app/routes/stock';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const BRANCHES = [{ id: 'b-ikj', code: 'IKJ', name: 'Ikeja', kind: 'SHOP' }];
// As the server's StockJson.Level.
const LEVELS = [
  {
    productId: 'p-rice',
    branchId: 'b-ikj',
    quantity: 12,
    reorderLevel: 5,
    low: false,
    sku: 'RICE-5KG',
    name: 'Rice 5kg',
    unit: 'PIECE',
    branchCode: 'IKJ',
  },
  {
    productId: 'p-salt',
    branchId: 'b-ikj',
    quantity: 2,
    reorderLevel: 4,
    low: true,
    sku: 'SALT',
    name: 'Salt',
    unit: 'PIECE',
    branchCode: 'IKJ',
  },
];

function stub(permissions: string[], adjustments: unknown[] = []) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody({ permissions })),
    'GET /api/v1/branches': () => jsonResponse(BRANCHES),
    'GET /api/v1/stock': () => jsonResponse(LEVELS),
    'POST /api/v1/stock/adjustments': (_url, init) => {
      adjustments.push(jsonBody(init));
      return jsonResponse({ movementId: 'm-1', quantityAfter: 10 }, 201);
    },
  });
}

describe('the stock page', () => {
  it('marks low stock, and adjusting needs a note when the reason is Other', async () => {
    const adjustments: unknown[] = [];
    stub(['inventory.adjust'], adjustments);
    renderWithApp(<StockRoute />, { route: '/stock', signedInAs: 'token-1' });

    const salt = (await screen.findByRole('link', { name: 'Salt' })).closest('tr')!;
    expect(salt.className).toBe('row--low');
    expect(within(salt).getByText('Low')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rice 5kg' }).closest('tr')!.className).toBe('');

    fireEvent.click(await screen.findByRole('button', { name: 'Adjust Rice 5kg' }));
    const dialog = screen.getByRole('dialog', { name: 'Adjust stock: Rice 5kg' });
    fireEvent.click(within(dialog).getByLabelText('Take out of stock (−)'));
    fireEvent.change(within(dialog).getByLabelText(/^Quantity/), { target: { value: '2' } });
    expect(within(dialog).getByText('10')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'OTHER' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record adjustment' }));

    expect(within(dialog).getByText('Explain the adjustment: the reason is Other.')).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Note/).getAttribute('aria-invalid')).toBe('true');
    expect(adjustments).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^Note/), {
      target: { value: 'Given to the landlord' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record adjustment' }));

    await screen.findByText('Stock of Rice 5kg is now 10.');
    expect(adjustments).toEqual([
      {
        branchId: 'b-ikj',
        productId: 'p-rice',
        quantity: -2,
        reasonCode: 'OTHER',
        note: 'Given to the landlord',
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    const rice = screen.getByRole('link', { name: 'Rice 5kg' }).closest('tr')!;
    expect(within(rice).getByText(/^10/)).toBeTruthy();
  });

  it('needs no note for the other reasons, but refuses half a piece', async () => {
    const adjustments: unknown[] = [];
    stub(['inventory.adjust'], adjustments);
    renderWithApp(<StockRoute />, { route: '/stock', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Adjust Salt' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Quantity/), { target: { value: '1.5' } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'FOUND' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record adjustment' }));
    expect(within(dialog).getByText('This product is counted in whole pieces.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Quantity/), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record adjustment' }));
    await screen.findByText('Stock of Salt is now 10.');
    expect(adjustments).toEqual([
      { branchId: 'b-ikj', productId: 'p-salt', quantity: 3, reasonCode: 'FOUND' },
    ]);
  });

  it('adjusts a product found by search that has no stock at the branch yet', async () => {
    const adjustments: unknown[] = [];
    const beans = { id: 'p-beans', sku: 'BEANS', name: 'Beans', unit: 'PIECE', priceKobo: 90000 };
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.adjust'] })),
      'GET /api/v1/branches': () => jsonResponse(BRANCHES),
      'GET /api/v1/stock': () => jsonResponse([]),
      'GET /api/v1/products': () => jsonResponse({ items: [beans], page: 0, size: 8, total: 1 }),
      'POST /api/v1/stock/adjustments': (_url, init) => {
        adjustments.push(jsonBody(init));
        return jsonResponse({ movementId: 'm-2', quantityAfter: 10 }, 201);
      },
    });
    renderWithApp(<StockRoute />, { route: '/stock', signedInAs: 'token-1' });
    await screen.findByText('No stock recorded at this branch yet.');

    const picker = screen.getByRole('combobox', { name: 'Adjust a product' });
    fireEvent.change(picker, { target: { value: 'bea' } });
    fireEvent.click(await screen.findByRole('option', { name: /Beans/ }));
    const dialog = screen.getByRole('dialog', { name: 'Adjust stock: Beans' });
    expect(within(dialog).getByText(/now 0/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Quantity/), { target: { value: '10' } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'FOUND' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record adjustment' }));

    await screen.findByText('Stock of Beans is now 10.');
    expect(adjustments).toEqual([
      { branchId: 'b-ikj', productId: 'p-beans', quantity: 10, reasonCode: 'FOUND' },
    ]);
    const row = screen.getByRole('link', { name: 'Beans' }).closest('tr')!;
    expect(within(row).getByText(/^10/)).toBeTruthy();
  });

  it('offers no Adjust button without inventory.adjust', async () => {
    stub([]);
    renderWithApp(<StockRoute />, { route: '/stock', signedInAs: 'token-1' });
    await screen.findByRole('link', { name: 'Salt' });
    expect(screen.queryByRole('button', { name: /^Adjust/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Adjust a product' })).toBeNull();
    expect(screen.getAllByRole('link', { name: /^History/ })).toHaveLength(2);
  });
});
