import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { unitSymbol } from '@/features/catalog/units';
import { query } from '@/lib/paged';
import { formatQuantity } from '@/lib/quantity';
import type { StockLevel } from '../api/stock-level';

export interface StockTableProps {
  caption: string;
  rows: readonly StockLevel[];
  products: ReadonlyMap<string, ProductSummary | null>;
  /** Shows a branch column (lists across branches). */
  branchNames?: ReadonlyMap<string, string> | undefined;
  onAdjust?: ((row: StockLevel) => void) | undefined;
}

/** Stock levels; rows at or below their reorder level are marked "Low". */
export function StockTable({ caption, rows, products, branchNames, onAdjust }: StockTableProps) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            {branchNames && <th scope="col">Branch</th>}
            <th scope="col" className="num">
              In stock
            </th>
            <th scope="col" className="num">
              Reorder level
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const product = products.get(row.productId);
            return (
              <tr
                key={`${row.branchId}-${row.productId}`}
                className={row.low ? 'row--low' : undefined}
              >
                <th scope="row">
                  <ProductCell id={row.productId} product={product} link />
                </th>
                {branchNames && <td>{branchNames.get(row.branchId) ?? row.branchId}</td>}
                <td className="num nowrap">
                  <span className="qty">
                    {formatQuantity(row.quantity)} {unitSymbol(product?.unit)}
                  </span>
                  {row.low && <span className="badge badge--low">Low</span>}
                </td>
                <td className="num">
                  {row.reorderLevel === null ? (
                    <span className="muted">–</span>
                  ) : (
                    formatQuantity(row.reorderLevel)
                  )}
                </td>
                <td className="cell-actions">
                  <Link
                    className="btn btn--secondary btn--small"
                    to={`/stock/movements${query({ productId: row.productId, branchId: row.branchId })}`}
                  >
                    History
                    <span className="visually-hidden"> of {product?.name ?? 'this product'}</span>
                  </Link>
                  {onAdjust && (
                    <Button
                      variant="secondary"
                      className="btn--small"
                      onClick={() => onAdjust(row)}
                    >
                      Adjust
                      <span className="visually-hidden"> {product?.name ?? 'this product'}</span>
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
