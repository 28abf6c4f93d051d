import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { formatNaira } from '@/lib/money';
import { formatQuantity } from '@/lib/quantity';
import {
  lineTotalKobo,
  orderTotalKobo,
  remaining,
  type PurchaseOrder,
} from '../api/purchase-order';

export interface OrderLinesTableProps {
  order: PurchaseOrder;
  products: ReadonlyMap<string, ProductSummary | null>;
}

/** Ordered, received and remaining per line, with costs. */
export function OrderLinesTable({ order, products }: OrderLinesTableProps) {
  return (
    <div className="table-wrap" role="region" aria-label="Order lines" tabIndex={0}>
      <table className="table table--numbers">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col" className="num">
              Ordered
            </th>
            <th scope="col" className="num">
              Received
            </th>
            <th scope="col" className="num">
              Remaining
            </th>
            <th scope="col" className="num col--optional">
              Unit cost
            </th>
            <th scope="col" className="num">
              Line total
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.productId}>
              <th scope="row">
                <ProductCell id={line.productId} product={products.get(line.productId)} link />
              </th>
              <td className="num">{formatQuantity(line.quantity)}</td>
              <td className="num">{formatQuantity(line.received)}</td>
              <td className="num">{formatQuantity(remaining(line))}</td>
              <td className="num col--optional nowrap">{formatNaira(line.unitCostKobo)}</td>
              <td className="num nowrap">
                {formatNaira(lineTotalKobo(line.quantity, line.unitCostKobo))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className="num">
              Total
            </th>
            <td className="col--optional" />
            <td className="num nowrap">
              <strong>{formatNaira(orderTotalKobo(order))}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
