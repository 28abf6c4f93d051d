import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { SelectField } from '@/components/ui/select-field';
import { usePermissions } from '@/features/auth/components/me-context';
import { listCategories } from '@/features/catalog/api/category';
import { exportProducts } from '@/features/catalog/api/export-products';
import { getProductByBarcode } from '@/features/catalog/api/get-product';
import { listProducts, type ProductFilter } from '@/features/catalog/api/list-products';
import { ExportButtons } from '@/features/catalog/components/export-buttons';
import { ProductSearchBox } from '@/features/catalog/components/product-search-box';
import { ProductsTable } from '@/features/catalog/components/products-table';
import { ApiError } from '@/lib/api-client';
import { useBarcodeScanner } from '@/lib/use-barcode-scanner';
import { useResource } from '@/lib/use-resource';

const STATUS_OPTIONS = [
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Archived' },
  { value: 'all', label: 'Active and archived' },
];

/** Filter and page live in the address (back, reload and links work); active-only by default. */
function readParams(params: URLSearchParams): { filter: ProductFilter; page: number } {
  const status = params.get('active') ?? 'true';
  return {
    filter: {
      q: params.get('q') ?? '',
      categoryId: params.get('categoryId') ?? '',
      active: status === 'all' ? '' : status === 'false' ? 'false' : 'true',
    },
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1,
  };
}

export function ProductsRoute() {
  const navigate = useNavigate();
  const canWrite = usePermissions().includes('catalog.write');
  const [params, setParams] = useSearchParams();
  const { filter, page } = readParams(params);
  const [notFound, setNotFound] = useState<string | null>(null);
  const categories = useResource(listCategories);
  const products = useResource(
    (signal) => listProducts(filter, page, undefined, signal),
    params.toString(),
  );
  const categoryList = categories.state.status === 'ready' ? categories.state.data : [];

  const change = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    next.delete('page');
    setParams(next);
  };
  const onBarcode = async (code: string) => {
    setNotFound(null);
    try {
      const product = await getProductByBarcode(code);
      void navigate(`/products/${encodeURIComponent(product.id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setNotFound(code);
      change('q', code);
    }
  };

  useBarcodeScanner((code) => void onBarcode(code));

  return (
    <Page title="Products" eyebrow="Catalogue">
      <div className="toolbar">
        <p className="muted toolbar__text">
          Everything you sell. Scan a barcode into the search box to open its product.
        </p>
        <div className="button-group">
          {canWrite && (
            <>
              <Link className="btn btn--primary" to="/products/new">
                New product
              </Link>
              <Link className="btn btn--secondary" to="/products/import">
                Import
              </Link>
            </>
          )}
          <ExportButtons what="products" onExport={exportProducts} />
        </div>
      </div>
      <div className="filters filters--products" role="search" aria-label="Find products">
        <ProductSearchBox
          value={filter.q}
          onSearch={(q) => change('q', q)}
          onBarcode={(code) => void onBarcode(code)}
        />
        <SelectField
          label="Category"
          options={categoryList.map((c) => ({ value: c.id, label: c.path }))}
          emptyLabel="All categories"
          value={filter.categoryId}
          onChange={(e) => change('categoryId', e.target.value)}
        />
        <SelectField
          label="Status"
          options={STATUS_OPTIONS}
          value={filter.active === '' ? 'all' : filter.active}
          onChange={(e) => change('active', e.target.value === 'true' ? '' : e.target.value)}
        />
      </div>
      {notFound && (
        <div className="stack-gap">
          <Notice tone="warning">No product has the barcode {notFound}.</Notice>
        </div>
      )}
      {products.state.status === 'loading' && <Notice>Loading products…</Notice>}
      {products.state.status === 'error' && (
        <ProblemNotice error={products.state.error} fallback="The products could not be loaded." />
      )}
      {products.state.status === 'ready' && (
        <>
          {products.state.data.items.length === 0 ? (
            <Notice>No products match.</Notice>
          ) : (
            <ProductsTable products={products.state.data.items} categories={categoryList} />
          )}
          <Pagination
            label="Product pages"
            page={products.state.data.page}
            size={products.state.data.size}
            total={products.state.data.total}
            onPage={(next) => {
              const nextParams = new URLSearchParams(params);
              if (next > 0) nextParams.set('page', String(next + 1));
              else nextParams.delete('page');
              setParams(nextParams);
            }}
          />
        </>
      )}
    </Page>
  );
}
