import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { usePermissions } from '@/features/auth/components/me-context';
import { listCategories, withPaths } from '@/features/catalog/api/category';
import { getProduct } from '@/features/catalog/api/get-product';
import type { Product } from '@/features/catalog/api/product';
import { ProductForm } from '@/features/catalog/components/product-form';
import { rememberProduct } from '@/features/catalog/product-lookup';
import { ProductStockPanel } from '@/features/inventory/components/product-stock-panel';
import { useResource } from '@/lib/use-resource';

const NEW = { status: 'ready', data: null } as const;

/** /products/new and /products/:id: the product form, and for a saved product its stock. */
export function ProductRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const permissions = usePermissions();
  const canWrite = permissions.includes('catalog.write');
  const categories = useResource(listCategories);
  const loaded = useResource<Product | null>(
    (signal) => (id ? getProduct(id, signal) : Promise.resolve(null)),
    id ?? 'new',
  );
  const state = id ? loaded.state : NEW;
  const saved = (location.state as { saved?: string } | null)?.saved;

  const onSaved = (product: Product) => {
    rememberProduct(product);
    if (!id) {
      void navigate(`/products/${encodeURIComponent(product.id)}`, {
        replace: true,
        state: { saved: `Product ${product.name} created.` },
      });
    } else {
      loaded.update(() => product);
      void navigate('.', { replace: true, state: { saved: `Changes to ${product.name} saved.` } });
    }
  };

  const title = !id
    ? 'New product'
    : state.status === 'ready' && state.data
      ? state.data.name
      : 'Product';
  return (
    <Page title={title} eyebrow="Catalogue">
      <p className="back-link">
        <Link to="/products">← All products</Link>
      </p>
      {saved && (
        <div className="stack-gap">
          <Notice tone="success">{saved}</Notice>
        </div>
      )}
      {state.status === 'loading' && <Notice>Loading the product…</Notice>}
      {state.status === 'error' && (
        <ProblemNotice error={state.error} fallback="The product could not be loaded." />
      )}
      {state.status === 'ready' && (
        <div className="stack">
          <ProductForm
            key={state.data ? `${state.data.id}-${state.data.updatedAt}` : 'new'}
            product={state.data}
            categories={categories.state.status === 'ready' ? categories.state.data : []}
            onCategoryCreated={(category) =>
              categories.update((list) => withPaths([...list, category]))
            }
            onSaved={onSaved}
            canWrite={canWrite}
          />
          {state.data && state.data.trackStock && (
            <ProductStockPanel
              productId={state.data.id}
              unit={state.data.unit}
              canAdjust={permissions.includes('inventory.adjust')}
            />
          )}
        </div>
      )}
    </Page>
  );
}
