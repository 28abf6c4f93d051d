import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { formatQuantity, formatSignedQuantity, toMilli } from '@/lib/quantity';
import type { VarianceLine } from '../api/stocktake';

export interface VarianceReportProps {
  lines: readonly VarianceLine[];
  products: ReadonlyMap<string, ProductSummary | null>;
}

function varianceClass(variance: number): string {
  const milli = toMilli(variance);
  return milli < 0
    ? 'variance variance--short'
    : milli > 0
      ? 'variance variance--over'
      : 'variance variance--none';
}

/** Expected at the start, movements since, counted, and the variance to correct. */
export function VarianceReport({ lines, products }: VarianceReportProps) {
  const differing = lines.filter((line) => toMilli(line.variance) !== 0).length;
  return (
    <section className="stack stack--tight" aria-labelledby="variance-title">
      <h2 id="variance-title">Variance</h2>
      <p className="muted">
        {differing === 0
          ? 'Every counted line matches the expected stock.'
          : `${differing} of ${lines.length} ${lines.length === 1 ? 'line differs' : 'lines differ'}. Variance = counted − (expected + movements since the sheet was made).`}
      </p>
      <div className="table-wrap" role="region" aria-labelledby="variance-title" tabIndex={0}>
        <table className="table table--numbers">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                Moved since
              </th>
              <th scope="col" className="num">
                Counted
              </th>
              <th scope="col" className="num">
                Variance
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.productId}>
                <th scope="row">
                  <ProductCell id={line.productId} product={products.get(line.productId)} />
                </th>
                <td className="num">{formatQuantity(line.expected)}</td>
                <td className="num">{formatSignedQuantity(line.movementsSince)}</td>
                <td className="num">{formatQuantity(line.counted)}</td>
                <td className="num">
                  <span className={varianceClass(line.variance)}>
                    {formatSignedQuantity(line.variance)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
