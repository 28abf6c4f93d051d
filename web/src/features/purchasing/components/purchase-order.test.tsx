// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PurchaseOrderRoute } from '@/app/routes/purchase-order';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

// As the server's PurchaseOrderController.OrderJson: no order number, no product names on lines.
const ORDER = {
  id: 'po-1',
  supplierId: 's-1',
  branchId: 'b-ikj',
  status: 'PARTIALLY_RECEIVED',
  createdBy: 'ada',
  createdAt: '2026-11-20T10:00:00Z',
  orderedAt: '2026-11-20T10:05:00Z',
  totalKobo: 7250250,
  lines: [
    { productId: 'p-rice', quantity: 10, unitCostKobo: 700000, received: 4 },
    { productId: 'p-salt', quantity: 5, unitCostKobo: 50050, received: 5 },
  ],
};
const RICE = { id: 'p-rice', sku: 'RICE-5KG', name: 'Rice 5kg', unit: 'PIECE', priceKobo: 850000 };
const SALT = { id: 'p-salt', sku: 'SALT', name: 'Salt', unit: 'PIECE', priceKobo: 60000 };

describe('a purchase order', () => {
  it('shows what remains and receives part of it', async () => {
    const receipts: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['purchasing.manage'] })),
      'GET /api/v1/suppliers': () =>
        jsonResponse({
          items: [{ id: 's-1', name: 'Dangote Foods' }],
          page: 0,
          size: 200,
          total: 1,
        }),
      'GET /api/v1/branches': () => jsonResponse([{ id: 'b-ikj', code: 'IKJ', name: 'Ikeja' }]),
      'GET /api/v1/purchase-orders/po-1': () => jsonResponse(ORDER),
      'GET /api/v1/products/p-rice': () => jsonResponse(RICE),
      'GET /api/v1/products/p-salt': () => jsonResponse(SALT),
      'POST /api/v1/purchase-orders/po-1/receipts': (_url, init) => {
        receipts.push(jsonBody(init));
        return jsonResponse({
          ...ORDER,
          lines: [{ ...ORDER.lines[0], received: 7 }, ORDER.lines[1]],
        });
      },
    });
    renderWithApp(<PurchaseOrderRoute />, {
      route: '/purchasing/orders/po-1',
      path: '/purchasing/orders/:id',
      signedInAs: 'token-1',
    });

    await screen.findByRole('heading', { level: 1, name: 'Purchase order' });
    expect(await screen.findByText('Dangote Foods')).toBeTruthy();
    await screen.findByLabelText('Arrived now of Rice 5kg');
    const lines = screen.getByRole('region', { name: 'Order lines' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'ProductOrderedReceivedRemainingUnit costLine total',
      'Rice 5kgRICE-5KG1046₦7,000.00₦70,000.00',
      'SaltSALT550₦500.50₦2,502.50',
      'Total₦72,502.50',
    ]);

    const rice = screen.getByLabelText('Arrived now of Rice 5kg') as HTMLInputElement;
    expect(rice.value).toBe('6');
    expect(screen.queryByLabelText('Arrived now of Salt')).toBeNull();
    expect(within(screen.getByText('Complete').closest('tr')!).getByText('Salt')).toBeTruthy();
    fireEvent.change(rice, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Receive into stock' }));
    expect(screen.getByText('Only 6 still to come.')).toBeTruthy();

    fireEvent.change(rice, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Receive into stock' }));
    await screen.findByText('Delivery received into stock.');
    expect(receipts).toEqual([{ lines: [{ productId: 'p-rice', quantity: 3 }] }]);
  });
});
