// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { NewTransferRoute } from '@/app/routes/transfer-new';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const BRANCHES = [
  { id: 'b-ikj', code: 'IKJ', name: 'Ikeja' },
  { id: 'b-wh', code: 'WH1', name: 'Main warehouse' },
];
const RICE = { id: 'p-rice', sku: 'RICE-5KG', name: 'Rice 5kg', unit: 'PIECE', priceKobo: 850000 };
const BEANS = { id: 'p-beans', sku: 'BEANS', name: 'Beans', unit: 'KILOGRAM', priceKobo: 180000 };

function TransferStandIn() {
  return <p>Transfer {useParams().id}</p>;
}

describe('a new transfer', () => {
  it('adds scanned and searched products, checks quantities by unit, and dispatches', async () => {
    const posts: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['inventory.transfer'] })),
      'GET /api/v1/branches': () => jsonResponse(BRANCHES),
      'GET /api/v1/products/by-barcode/5901234123457': () => jsonResponse(RICE),
      'GET /api/v1/products': () => jsonResponse({ items: [BEANS], page: 0, size: 8, total: 1 }),
      'POST /api/v1/stock/transfers': (_url, init) => {
        posts.push(jsonBody(init));
        return jsonResponse({ id: 't-9', status: 'DISPATCHED' }, 201);
      },
    });
    renderWithApp(<NewTransferRoute />, {
      route: '/stock/transfers/new',
      signedInAs: 'token-1',
      routes: { '/stock/transfers/:id': <TransferStandIn /> },
    });

    fireEvent.change(await screen.findByLabelText('From'), { target: { value: 'b-wh' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'b-ikj' } });
    const picker = screen.getByRole('combobox', { name: 'Add a product' });
    const scan = () => {
      fireEvent.change(picker, { target: { value: '5901234123457' } });
      fireEvent.keyDown(picker, { key: 'Enter' });
    };
    scan();
    const rice = (await screen.findByLabelText('Quantity of Rice 5kg')) as HTMLInputElement;
    expect(rice.value).toBe('1');
    expect(screen.getByText('Added Rice 5kg.')).toBeTruthy();
    scan();
    await waitFor(() => expect(rice.value).toBe('2'));

    fireEvent.change(picker, { target: { value: 'bea' } });
    const option = await screen.findByRole('option', { name: /Beans/ });
    expect(picker.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(picker, { key: 'Enter' });
    const beans = await screen.findByLabelText('Quantity of Beans');
    fireEvent.change(beans, { target: { value: '2.5005' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dispatch transfer' }));
    expect(screen.getByText('Quantities can have at most 3 decimal places.')).toBeTruthy();
    expect(document.activeElement).toBe(beans);
    expect(posts).toEqual([]);

    fireEvent.change(beans, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dispatch transfer' }));
    await screen.findByText('Transfer t-9');
    expect(posts).toEqual([
      {
        fromBranchId: 'b-wh',
        toBranchId: 'b-ikj',
        lines: [
          { productId: 'p-rice', quantity: 2 },
          { productId: 'p-beans', quantity: 2.5 },
        ],
      },
    ]);
    expect(within(document.body).queryByRole('alert')).toBeNull();
  });
});
