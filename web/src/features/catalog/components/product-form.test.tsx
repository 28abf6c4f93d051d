// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProductRoute } from '@/app/routes/product';
import { jsonBody, jsonResponse, problem, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const MANAGER = meBody({ roles: ['Manager'], permissions: ['catalog.write', 'inventory.adjust'] });
const CATEGORIES = [
  { id: 'c-food', name: 'Food', parentId: null, path: 'Food' },
  { id: 'c-grains', name: 'Grains', parentId: 'c-food', path: '' },
];

function stub(post: (body: Record<string, unknown>) => Response) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(MANAGER),
    'GET /api/v1/categories': () => jsonResponse(CATEGORIES),
    'POST /api/v1/products': (_url, init) => post(jsonBody(init) as Record<string, unknown>),
  });
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillIn() {
  await screen.findByRole('button', { name: 'Create product' });
  type(/^SKU/, 'RICE-5KG');
  type(/^Name/, 'Rice 5kg');
  type(/^Selling price/, '₦8,500.50');
  type(/^Cost/, '7,000');
}

describe('the product form', () => {
  it('sends prices typed in naira as integer kobo, with the category chosen by its path', async () => {
    const posts: Record<string, unknown>[] = [];
    stub((body) => {
      posts.push(body);
      return jsonResponse({ ...body, id: 'p-1' }, 201);
    });
    renderWithApp(<ProductRoute />, {
      route: '/products/new',
      signedInAs: 'token-1',
      routes: { '/products/:id': <p>Product page</p> },
    });
    await fillIn();
    fireEvent.change(screen.getByLabelText('Barcode 1'), { target: { value: '5901234123457' } });
    const category = screen.getByLabelText('Category') as HTMLSelectElement;
    expect([...category.options].map((o) => o.textContent)).toEqual([
      'No category',
      'Food',
      'Food › Grains',
    ]);
    fireEvent.change(category, { target: { value: 'c-grains' } });
    fireEvent.click(screen.getByLabelText(/Zero-rated/));
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));

    await screen.findByText('Product page');
    expect(posts).toEqual([
      {
        sku: 'RICE-5KG',
        name: 'Rice 5kg',
        description: '',
        barcodes: ['5901234123457'],
        categoryId: 'c-grains',
        unit: 'PIECE',
        priceKobo: 850050,
        costKobo: 700000,
        vatClass: 'ZERO_RATED',
        trackStock: true,
        active: true,
        imageFileId: null,
      },
    ]);
  });

  it('checks the fields before sending anything', async () => {
    const posts: unknown[] = [];
    stub((body) => {
      posts.push(body);
      return jsonResponse(body, 201);
    });
    renderWithApp(<ProductRoute />, { route: '/products/new', signedInAs: 'token-1' });
    await fillIn();
    type(/^Name/, '');
    type(/^Selling price/, '8500.505');
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));

    expect(screen.getByRole('alert').textContent).toBe('Check the fields marked in red.');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Name/));
    expect(screen.getByText('Enter the product name.')).toBeTruthy();
    expect(screen.getByLabelText(/^Selling price/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Amounts can have at most two decimal places (kobo)')).toBeTruthy();
    expect(posts).toEqual([]);
  });

  it('shows the server’s field errors next to the barcode row they are about', async () => {
    stub(() =>
      problem(400, 'invalid-request', 'Some fields are not valid.', {
        errors: [
          { field: 'barcodes[0]', message: 'The check digit of this EAN-13 is wrong.' },
          { field: 'sku', message: 'Another product already has this SKU.' },
        ],
      }),
    );
    renderWithApp(<ProductRoute />, { route: '/products/new', signedInAs: 'token-1' });
    await fillIn();
    // Row 1 stays empty (not sent), so the server's barcodes[0] is the code typed in row 2.
    fireEvent.click(screen.getByRole('button', { name: 'Add barcode' }));
    fireEvent.change(screen.getByLabelText('Barcode 2'), { target: { value: '5901234123458' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create product' }));

    const message = await screen.findByText('The check digit of this EAN-13 is wrong.');
    const second = screen.getByLabelText('Barcode 2');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(second.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByLabelText('Barcode 1').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Another product already has this SKU.')).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByText('Some fields are not valid.')).toBeTruthy();
  });

  it('moves to a new barcode row when a scanner presses Enter, without submitting', async () => {
    const posts: unknown[] = [];
    stub((body) => {
      posts.push(body);
      return jsonResponse(body, 201);
    });
    renderWithApp(<ProductRoute />, { route: '/products/new', signedInAs: 'token-1' });
    await fillIn();
    const first = screen.getByLabelText('Barcode 1');
    fireEvent.change(first, { target: { value: '5901234123457' } });
    fireEvent.keyDown(first, { key: 'Enter' });
    const second = await screen.findByLabelText('Barcode 2');
    expect(document.activeElement).toBe(second);
    expect(posts).toEqual([]);
  });
});
