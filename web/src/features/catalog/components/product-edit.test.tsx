// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProductRoute } from '@/app/routes/product';
import { jsonBody, jsonResponse, noContent, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const RICE = {
  id: 'p-rice',
  sku: 'RICE-5KG',
  name: 'Rice 5kg',
  description: 'Long grain',
  barcodes: ['5901234123457'],
  categoryId: null,
  unit: 'PIECE',
  priceKobo: 850000,
  costKobo: 700000,
  vatClass: 'ZERO_RATED',
  trackStock: true,
  active: true,
  imageFileId: null,
  updatedAt: '2026-11-21T10:00:00Z',
};

function stub(permissions: string[], calls: { method: string; body: unknown }[] = []) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody({ permissions })),
    'GET /api/v1/categories': () => jsonResponse([]),
    'GET /api/v1/products/p-rice': () => jsonResponse(RICE),
    'PATCH /api/v1/products/p-rice': (_url, init) => {
      const body = jsonBody(init) as Record<string, unknown>;
      calls.push({ method: 'PATCH', body });
      return jsonResponse({ ...RICE, ...body, updatedAt: '2026-11-22T08:00:00Z' });
    },
    'GET /api/v1/branches': () =>
      jsonResponse([
        { id: 'b-ikj', code: 'IKJ', name: 'Ikeja' },
        { id: 'b-lek', code: 'LEK', name: 'Lekki' },
      ]),
    'GET /api/v1/stock': () =>
      jsonResponse([
        { productId: 'p-rice', branchId: 'b-ikj', quantity: 3, reorderLevel: 5, low: true },
      ]),
    'PUT /api/v1/stock/reorder-levels': (_url, init) => {
      calls.push({ method: 'PUT', body: jsonBody(init) });
      return noContent();
    },
  });
}

const open = (permissions: string[], calls?: { method: string; body: unknown }[]) => {
  const fetchMock = stub(permissions, calls);
  renderWithApp(<ProductRoute />, {
    route: '/products/p-rice',
    path: '/products/:id',
    signedInAs: 'token-1',
  });
  return fetchMock;
};

describe('an existing product', () => {
  it('saves a new price in kobo and shows that the changes were saved', async () => {
    const calls: { method: string; body: unknown }[] = [];
    open(['catalog.write'], calls);
    const price = (await screen.findByLabelText(/^Selling price/)) as HTMLInputElement;
    expect(price.value).toBe('8500.00');
    fireEvent.change(price, { target: { value: '9,000.50' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Rice 5kg saved.');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({
      priceKobo: 900050,
      costKobo: 700000,
      barcodes: ['5901234123457'],
    });
    expect(((await screen.findByLabelText(/^Selling price/)) as HTMLInputElement).value).toBe(
      '9000.50',
    );
  });

  it('shows stock in every branch and saves a reorder level with inventory.adjust', async () => {
    const calls: { method: string; body: unknown }[] = [];
    open(['inventory.adjust'], calls);
    const ikeja = (await screen.findByText('Ikeja')).closest('tr')!;
    expect(ikeja.className).toBe('row--low');
    expect(within(ikeja).getByText('Low')).toBeTruthy();
    const lekki = screen.getByText('Lekki').closest('tr')!;
    expect(within(lekki).getByText('0')).toBeTruthy();

    const level = await screen.findByLabelText('Reorder level at Lekki');
    fireEvent.change(level, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reorder level at Lekki' }));
    expect(await screen.findByText('This product is counted in whole pieces.')).toBeTruthy();
    fireEvent.change(level, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reorder level at Lekki' }));
    await screen.findByText('Saved 4');
    expect(calls).toEqual([
      { method: 'PUT', body: { productId: 'p-rice', branchId: 'b-lek', level: 4 } },
    ]);
  });

  it('is read-only without catalog.write', async () => {
    open([]);
    const name = (await screen.findByLabelText(/^Name/)) as HTMLInputElement;
    expect(name.value).toBe('Rice 5kg');
    expect(name.closest('fieldset')!.disabled).toBe(true);
    await screen.findByText('Ikeja');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(screen.queryByLabelText('Reorder level at Ikeja')).toBeNull();
  });
});
