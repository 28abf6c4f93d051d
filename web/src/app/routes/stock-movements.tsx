import { Link, useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { useBranchChoice } from '@/features/branches/use-branch-choice';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { useProducts } from '@/features/catalog/product-lookup';
import { listMovements } from '@/features/inventory/api/movements';
import { MovementsTable } from '@/features/inventory/components/movements-table';
import { useResource } from '@/lib/use-resource';

/** /stock/movements?productId=&branchId=: a product's stock history at a branch. */
export function StockMovementsRoute() {
  const { info } = useAppInfo();
  const [params, setParams] = useSearchParams();
  const productId = params.get('productId') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1) - 1;
  const branches = useResource(listBranches);
  const branchList = branches.state.status === 'ready' ? branches.state.data : null;
  const [remembered, remember] = useBranchChoice(branchList);
  const branchId = params.get('branchId') || remembered;
  const product = useProducts(productId ? [productId] : []).get(productId);
  const movements = useResource(
    (signal) =>
      productId && branchId
        ? listMovements(productId, branchId, page, signal)
        : Promise.resolve(null),
    `${productId}|${branchId}|${page}`,
  );
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  return (
    <Page title={product ? `Stock history: ${product.name}` : 'Stock history'} eyebrow="Inventory">
      <p className="back-link">
        <Link to="/stock">← Stock</Link>
      </p>
      <div className="filters filters--stock">
        <ProductPicker
          label="Product"
          compact
          pickedText={(p) => `Showing the history of ${p.name}.`}
          onPick={(p) => set({ productId: p.id })}
        />
        {branchList && (
          <BranchSelect
            branches={branchList}
            value={branchId}
            onChange={(id) => {
              remember(id);
              set({ branchId: id });
            }}
          />
        )}
      </div>
      {!productId && <Notice>Choose a product to see its movements.</Notice>}
      {movements.state.status === 'loading' && <Notice>Loading the history…</Notice>}
      {movements.state.status === 'error' && (
        <ProblemNotice error={movements.state.error} fallback="The history could not be loaded." />
      )}
      {movements.state.status === 'ready' && movements.state.data && (
        <>
          {movements.state.data.items.length === 0 ? (
            <Notice>No movements of this product at this branch.</Notice>
          ) : (
            <MovementsTable movements={movements.state.data.items} timeZone={info.timezone} />
          )}
          <Pagination
            label="History pages"
            page={movements.state.data.page}
            size={movements.state.data.size}
            total={movements.state.data.total}
            onPage={(next) => set({ page: String(next + 1) })}
          />
        </>
      )}
    </Page>
  );
}
