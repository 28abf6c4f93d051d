import { useState } from 'react';
import { Link } from 'react-router';
import { Checkbox } from '@/components/ui/checkbox';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { usePermissions } from '@/features/auth/components/me-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { useBranchChoice } from '@/features/branches/use-branch-choice';
import type { Product } from '@/features/catalog/api/product';
import { ExportButtons } from '@/features/catalog/components/export-buttons';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { useProducts } from '@/features/catalog/product-lookup';
import { exportStock } from '@/features/inventory/api/export-stock';
import { listStock } from '@/features/inventory/api/list-stock';
import type { StockLevel } from '@/features/inventory/api/stock-level';
import { AdjustDialog } from '@/features/inventory/components/adjust-dialog';
import { StockTable } from '@/features/inventory/components/stock-table';
import { formatQuantity } from '@/lib/quantity';
import { useResource } from '@/lib/use-resource';

const PAGE_SIZE = 50;

export function StockRoute() {
  const canAdjust = usePermissions().includes('inventory.adjust');
  const branches = useResource(listBranches);
  const branchList = branches.state.status === 'ready' ? branches.state.data : null;
  const [branchId, setBranchId] = useBranchChoice(branchList);
  const [lowOnly, setLowOnly] = useState(false);
  const [page, setPage] = useState(0);
  const [adjusting, setAdjusting] = useState<StockLevel | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const stock = useResource(
    (signal) => (branchId ? listStock({ branchId }, signal) : Promise.resolve([])),
    branchId,
  );
  const rows =
    stock.state.status === 'ready' ? stock.state.data.filter((row) => !lowOnly || row.low) : [];
  const visible = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const products = useProducts(
    visible.map((row) => row.productId),
    visible.flatMap((row) => (row.product ? [row.product] : [])),
  );
  const branchName = branchList?.find((b) => b.id === branchId)?.name ?? '';
  const adjustingProduct = adjusting ? products.get(adjusting.productId) : null;

  /** A product found by name, SKU or barcode: its row here, or one at 0 when it has none yet. */
  const pickToAdjust = (product: Product) => {
    const known = stock.state.status === 'ready' ? stock.state.data : [];
    setDone(null);
    setAdjusting(
      known.find((row) => row.productId === product.id) ?? {
        productId: product.id,
        branchId,
        quantity: 0,
        reorderLevel: null,
        low: false,
        product: null,
      },
    );
  };

  const onAdjusted = (after: number) => {
    if (!adjusting) return;
    const { productId } = adjusting;
    stock.update((list) =>
      (list.some((row) => row.productId === productId) ? list : [...list, adjusting]).map((row) =>
        row.productId === productId
          ? { ...row, quantity: after, low: row.reorderLevel !== null && after <= row.reorderLevel }
          : row,
      ),
    );
    setDone(`Stock of ${adjustingProduct?.name ?? 'the product'} is now ${formatQuantity(after)}.`);
    setAdjusting(null);
  };

  return (
    <Page title="Stock" eyebrow="Inventory">
      <div className="filters filters--stock">
        {branchList && (
          <BranchSelect
            branches={branchList}
            value={branchId}
            onChange={(id) => {
              setBranchId(id);
              setPage(0);
              setDone(null);
            }}
          />
        )}
        <Checkbox
          label="Low stock only"
          checked={lowOnly}
          onChange={(e) => {
            setLowOnly(e.target.checked);
            setPage(0);
          }}
        />
        {canAdjust && branchId && (
          <ProductPicker
            label="Adjust a product"
            compact
            pickedText={(product) => `Adjusting ${product.name}.`}
            onPick={pickToAdjust}
          />
        )}
        <div className="filters__actions filters__actions--end">
          <Link className="btn btn--secondary" to="/stock/low">
            Low stock in all branches
          </Link>
          <ExportButtons
            what="stock"
            onExport={(format) => exportStock(format, branchId)}
            disabled={!branchId}
          />
        </div>
      </div>
      {done && (
        <div className="stack-gap">
          <Notice tone="success">{done}</Notice>
        </div>
      )}
      {branches.state.status === 'error' && (
        <ProblemNotice error={branches.state.error} fallback="The branches could not be loaded." />
      )}
      {branchList && branchList.length === 0 && (
        <Notice>You do not have access to any branch yet.</Notice>
      )}
      {stock.state.status === 'loading' && branchId && <Notice>Loading stock…</Notice>}
      {stock.state.status === 'error' && (
        <ProblemNotice error={stock.state.error} fallback="The stock could not be loaded." />
      )}
      {stock.state.status === 'ready' && branchId && (
        <>
          {rows.length === 0 ? (
            <Notice>
              {lowOnly ? 'Nothing is low on stock here.' : 'No stock recorded at this branch yet.'}
            </Notice>
          ) : (
            <StockTable
              caption={`Stock at ${branchName}`}
              rows={visible}
              products={products}
              onAdjust={canAdjust ? setAdjusting : undefined}
            />
          )}
          <Pagination
            label="Stock pages"
            page={page}
            size={PAGE_SIZE}
            total={rows.length}
            onPage={setPage}
          />
        </>
      )}
      {adjusting && (
        <AdjustDialog
          branchId={adjusting.branchId || branchId}
          branchName={branchName}
          productId={adjusting.productId}
          productName={adjustingProduct?.name ?? 'Product'}
          unit={adjustingProduct?.unit ?? 'PIECE'}
          quantity={adjusting.quantity}
          onAdjusted={onAdjusted}
          onClose={() => setAdjusting(null)}
        />
      )}
    </Page>
  );
}
