import { useState } from 'react';
import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { ProductCell } from '@/features/catalog/components/product-cell';
import { useProducts } from '@/features/catalog/product-lookup';
import { unitSymbol } from '@/features/catalog/units';
import { formatDateTime } from '@/lib/date-time';
import { formatQuantity, formatSignedQuantity } from '@/lib/quantity';
import { useResource } from '@/lib/use-resource';
import { MOVEMENT_TYPES } from '../api/movements';
import { listOversold } from '../api/oversold';

export interface OversoldSectionProps {
  /** One branch, or '' for every branch the user sees. */
  branchId: string;
  /** Shows a branch column (lists across branches). */
  branchNames?: ReadonlyMap<string, string> | undefined;
}

/**
 * "Sold below zero": sales, transfers and adjustments that took a level below zero at a branch
 * that allows it, newest first, for the manager to look into before the next count.
 */
export function OversoldSection({ branchId, branchNames }: OversoldSectionProps) {
  const { info } = useAppInfo();
  const [page, setPage] = useState(0);
  const flags = useResource(
    (signal) => listOversold(branchId, page, signal),
    `${branchId}|${page}`,
  );
  const rows = flags.state.status === 'ready' ? flags.state.data.items : [];
  const products = useProducts(
    rows.map((row) => row.productId),
    rows.flatMap((row) => (row.product ? [row.product] : [])),
  );

  return (
    <section className="stack-gap" aria-labelledby="oversold-heading">
      <h2 id="oversold-heading">Sold below zero</h2>
      <p className="muted">
        Stock that went below zero at a branch that allows it: check the shelf. It may be a
        miscount, a theft, or goods received but not recorded.
      </p>
      {flags.state.status === 'loading' && <Notice>Loading what was sold below zero…</Notice>}
      {flags.state.status === 'error' && (
        <ProblemNotice
          error={flags.state.error}
          fallback="The list of stock sold below zero could not be loaded."
        />
      )}
      {flags.state.status === 'ready' &&
        (flags.state.data.total === 0 ? (
          <Notice tone="success">Nothing was sold below zero.</Notice>
        ) : (
          <>
            <div
              className="table-wrap"
              role="region"
              aria-labelledby="oversold-caption"
              tabIndex={0}
            >
              <table className="table">
                <caption id="oversold-caption" className="visually-hidden">
                  Sold below zero, newest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Product</th>
                    {branchNames && <th scope="col">Branch</th>}
                    <th scope="col">What</th>
                    <th scope="col" className="num">
                      Quantity
                    </th>
                    <th scope="col" className="num">
                      Level after
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const product = products.get(row.productId) ?? row.product ?? undefined;
                    return (
                      <tr key={row.movementId || `${row.productId}-${row.at}`}>
                        <td className="nowrap">
                          <time dateTime={row.at}>
                            {formatDateTime(row.at, info.timezone)}
                          </time>
                        </td>
                        <th scope="row">
                          <ProductCell id={row.productId} product={product} link />
                        </th>
                        {branchNames && (
                          <td>{branchNames.get(row.branchId) ?? row.branchId}</td>
                        )}
                        <td>
                          <span className="cell-main">
                            {MOVEMENT_TYPES[row.type] ?? row.type}
                          </span>
                          {row.document && <span className="cell-sub">{row.document}</span>}
                          {row.actor && <span className="cell-sub">by {row.actor}</span>}
                        </td>
                        <td className="num qty--out">{formatSignedQuantity(row.quantity)}</td>
                        <td className="num nowrap">
                          {formatQuantity(row.levelAfter)} {unitSymbol(product?.unit)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {flags.state.data.total > flags.state.data.size && (
              <Pagination
                label="Sold below zero pages"
                page={flags.state.data.page}
                size={flags.state.data.size}
                total={flags.state.data.total}
                onPage={setPage}
              />
            )}
          </>
        ))}
    </section>
  );
}
