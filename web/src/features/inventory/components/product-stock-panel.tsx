import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listBranches } from '@/features/branches/api/list-branches';
import { isWholeUnit, unitSymbol, type Unit } from '@/features/catalog/units';
import { query } from '@/lib/paged';
import { formatQuantity } from '@/lib/quantity';
import { useResource } from '@/lib/use-resource';
import { listStock } from '../api/list-stock';
import type { StockLevel } from '../api/stock-level';
import { ReorderLevelInput } from './reorder-level-input';

export interface ProductStockPanelProps {
  productId: string;
  unit: Unit;
  canAdjust: boolean;
}

/** Stock of one product in every branch the user may see, with its reorder levels. */
export function ProductStockPanel({ productId, unit, canAdjust }: ProductStockPanelProps) {
  const branches = useResource(listBranches);
  const stock = useResource((signal) => listStock({ productId }, signal), productId);
  const error =
    branches.state.status === 'error'
      ? branches.state.error
      : stock.state.status === 'error'
        ? stock.state.error
        : null;

  const setLevel = (branchId: string, level: number) =>
    stock.update((rows) => {
      const known = rows.some((row) => row.branchId === branchId);
      const blank: StockLevel = {
        productId,
        branchId,
        quantity: 0,
        reorderLevel: null,
        low: false,
        product: null,
      };
      const list = known ? rows : [...rows, blank];
      return list.map((row) =>
        row.branchId === branchId
          ? { ...row, reorderLevel: level, low: row.quantity <= level }
          : row,
      );
    });

  return (
    <section className="panel" aria-labelledby="product-stock">
      <h2 id="product-stock">Stock by branch</h2>
      {error !== null && <ProblemNotice error={error} fallback="The stock could not be loaded." />}
      {(branches.state.status === 'loading' || stock.state.status === 'loading') &&
        error === null && <Notice>Loading stock…</Notice>}
      {branches.state.status === 'ready' && stock.state.status === 'ready' && (
        <div
          className="table-wrap table-wrap--flat"
          role="region"
          aria-labelledby="product-stock"
          tabIndex={0}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Branch</th>
                <th scope="col" className="num">
                  In stock ({unitSymbol(unit)})
                </th>
                <th scope="col">Reorder level</th>
                <th scope="col">
                  <span className="visually-hidden">History</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {branches.state.data.map((branch) => {
                const row =
                  stock.state.status === 'ready'
                    ? stock.state.data.find((r) => r.branchId === branch.id)
                    : undefined;
                return (
                  <tr key={branch.id} className={row?.low ? 'row--low' : undefined}>
                    <th scope="row">
                      <span className="cell-main">{branch.name}</span>
                      {row?.low && <span className="badge badge--low">Low</span>}
                    </th>
                    <td className="num">{formatQuantity(row?.quantity ?? 0)}</td>
                    <td>
                      {canAdjust ? (
                        <ReorderLevelInput
                          productId={productId}
                          branchId={branch.id}
                          branchName={branch.name}
                          level={row?.reorderLevel ?? null}
                          whole={isWholeUnit(unit)}
                          onSaved={(level) => setLevel(branch.id, level)}
                        />
                      ) : row?.reorderLevel != null ? (
                        formatQuantity(row.reorderLevel)
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                    <td className="cell-actions">
                      <Link to={`/stock/movements${query({ productId, branchId: branch.id })}`}>
                        History<span className="visually-hidden"> at {branch.name}</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
