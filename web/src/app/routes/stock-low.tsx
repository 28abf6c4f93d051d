import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { branchNames } from '@/features/branches/use-branch-choice';
import { useProducts } from '@/features/catalog/product-lookup';
import { listLowStock } from '@/features/inventory/api/list-stock';
import { OversoldSection } from '@/features/inventory/components/oversold-section';
import { StockTable } from '@/features/inventory/components/stock-table';
import { useResource } from '@/lib/use-resource';

/**
 * Products at or below their reorder level, in one branch or in every branch the user sees, and
 * below them what was sold below zero there.
 */
export function LowStockRoute() {
  const branches = useResource(listBranches);
  const [branchId, setBranchId] = useState('');
  const low = useResource((signal) => listLowStock(branchId, signal), branchId);
  const rows = low.state.status === 'ready' ? low.state.data.slice(0, 500) : [];
  const products = useProducts(
    rows.map((row) => row.productId),
    rows.flatMap((row) => (row.product ? [row.product] : [])),
  );
  const names =
    branches.state.status === 'ready'
      ? branchNames(branches.state.data)
      : new Map<string, string>();

  return (
    <Page title="Low stock" eyebrow="Inventory">
      <p className="back-link">
        <Link to="/stock">← Stock</Link>
      </p>
      <p className="muted">
        Products at or below the reorder level set for the branch: time to order more.
      </p>
      {branches.state.status === 'ready' && (
        <div className="filters filters--stock">
          <BranchSelect
            branches={branches.state.data}
            value={branchId}
            onChange={setBranchId}
            emptyLabel="All branches"
          />
        </div>
      )}
      {low.state.status === 'loading' && <Notice>Loading…</Notice>}
      {low.state.status === 'error' && (
        <ProblemNotice error={low.state.error} fallback="The low-stock list could not be loaded." />
      )}
      {low.state.status === 'ready' &&
        (rows.length === 0 ? (
          <Notice tone="success">Nothing is low on stock.</Notice>
        ) : (
          <StockTable
            caption="Low stock"
            rows={rows.map((row) => ({ ...row, low: true }))}
            products={products}
            branchNames={branchId ? undefined : names}
          />
        ))}
      <OversoldSection
        key={branchId}
        branchId={branchId}
        branchNames={branchId ? undefined : names}
      />
    </Page>
  );
}
