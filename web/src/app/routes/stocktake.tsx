import { Link, useLocation, useParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { usePermissions } from '@/features/auth/components/me-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { getStocktake, type Stocktake } from '@/features/inventory/api/stocktake';
import { CountSheet } from '@/features/inventory/components/count-sheet';
import { useResource } from '@/lib/use-resource';

/** /stock/counts/:id: the count sheet just started (passed along) or loaded again. */
export function StocktakeRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const passed = (location.state as { sheet?: Stocktake } | null)?.sheet;
  const canCount = usePermissions().includes('inventory.count');
  const loaded = useResource(
    (signal) => (passed?.id === id ? Promise.resolve(passed) : getStocktake(id, signal)),
    id,
  );
  const branches = useResource(listBranches);
  const sheet = loaded.state.status === 'ready' ? loaded.state.data : null;
  const branch =
    sheet && branches.state.status === 'ready'
      ? branches.state.data.find((b) => b.id === sheet.branchId)
      : undefined;

  return (
    <Page title={branch ? `Stocktake at ${branch.name}` : 'Stocktake'} eyebrow="Inventory">
      <p className="back-link">
        <Link to="/stock/counts">← Stocktake</Link>
      </p>
      {loaded.state.status === 'loading' && <Notice>Loading the count sheet…</Notice>}
      {loaded.state.status === 'error' && (
        <ProblemNotice error={loaded.state.error} fallback="The count sheet could not be loaded." />
      )}
      {sheet && sheet.lines.length === 0 && (
        <Notice>There is nothing to count on this sheet.</Notice>
      )}
      {sheet && sheet.lines.length > 0 && <CountSheet sheet={sheet} canCount={canCount} />}
    </Page>
  );
}
