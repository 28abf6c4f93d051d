// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ProductsRoute } from '@/app/routes/products';
import { jsonResponse, problem, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const RICE = {
  id: 'p-rice',
  sku: 'RICE-5KG',
  name: 'Rice 5kg',
  barcodes: ['5901234123457'],
  categoryId: 'c-food',
  unit: 'PIECE',
  priceKobo: 850000,
  costKobo: 700000,
  vatClass: 'ZERO_RATED',
  trackStock: true,
  active: true,
};

function ProductStandIn() {
  return <p>Product page {useParams().id}</p>;
}

function stub() {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['catalog.write'] })),
    'GET /api/v1/categories': () =>
      jsonResponse([{ id: 'c-food', name: 'Food', parentId: null, path: 'Food' }]),
    'GET /api/v1/products': (url) => {
      const q = new URL(url, 'http://x').searchParams.get('q') ?? '';
      const items = q === '' || 'rice 5kg'.includes(q.toLowerCase()) ? [RICE] : [];
      return jsonResponse({ items, page: 0, size: 50, total: items.length });
    },
    'GET /api/v1/products/by-barcode/5901234123457': () => jsonResponse(RICE),
    'GET /api/v1/products/by-barcode/4006381333931': () =>
      problem(404, 'product-not-found', 'No product has this barcode.'),
  });
}

const productUrls = (mock: ReturnType<typeof stub>) =>
  mock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/v1/products'));

function renderPage() {
  return renderWithApp(<ProductsRoute />, {
    route: '/products',
    signedInAs: 'token-1',
    routes: { '/products/:id': <ProductStandIn /> },
  });
}

describe('the products page', () => {
  it('lists products with price in naira, unit, VAT class and status', async () => {
    stub();
    renderPage();
    const row = (await screen.findByRole('link', { name: 'Rice 5kg' })).closest('tr')!;
    expect(within(row).getByText('RICE-5KG')).toBeTruthy();
    expect(within(row).getByText('₦8,500.00')).toBeTruthy();
    expect(within(row).getByText('pcs')).toBeTruthy();
    expect(within(row).getByText('Zero-rated (0%)')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New product' })).toBeTruthy();
  });

  it('opens the product straight away when a scanner types a barcode and Enter', async () => {
    const fetchMock = stub();
    renderPage();
    await screen.findByRole('link', { name: 'Rice 5kg' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: '5901234123457' } });
    fireEvent.keyDown(search, { key: 'Enter' });

    await screen.findByText('Product page p-rice');
    expect(productUrls(fetchMock)).toEqual([
      '/api/v1/products?active=true&page=0&size=50',
      '/api/v1/products/by-barcode/5901234123457',
    ]);
  });

  it('opens the product when a barcode is scanned while the focus is not in a field', async () => {
    stub();
    renderPage();
    await screen.findByRole('link', { name: 'Rice 5kg' });
    for (const key of '5901234123457') fireEvent.keyDown(document.body, { key });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await screen.findByText('Product page p-rice');
  });

  it('says so when no product has the scanned barcode, and searches for it instead', async () => {
    const fetchMock = stub();
    renderPage();
    await screen.findByRole('link', { name: 'Rice 5kg' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: '4006381333931' } });
    fireEvent.keyDown(search, { key: 'Enter' });

    await screen.findByText('No product has the barcode 4006381333931.');
    await screen.findByText('No products match.');
    expect(productUrls(fetchMock).at(-1)).toBe(
      '/api/v1/products?q=4006381333931&active=true&page=0&size=50',
    );
  });

  it('searches by name once typing stops, and filters by category and status', async () => {
    const fetchMock = stub();
    renderPage();
    await screen.findByRole('link', { name: 'Rice 5kg' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'ric' },
    });
    await waitFor(
      () =>
        expect(productUrls(fetchMock).at(-1)).toBe(
          '/api/v1/products?q=ric&active=true&page=0&size=50',
        ),
      { timeout: 3000 },
    );
    fireEvent.change(await screen.findByLabelText('Category'), { target: { value: 'c-food' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'all' } });
    await waitFor(() =>
      expect(productUrls(fetchMock).at(-1)).toBe(
        '/api/v1/products?q=ric&categoryId=c-food&page=0&size=50',
      ),
    );
  });
});
