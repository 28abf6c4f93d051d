import { ProductCell } from '@/features/catalog/components/product-cell';
import type { ProductSummary } from '@/features/catalog/product-lookup';
import { formatDateTime } from '@/lib/date-time';
import { formatQuantity } from '@/lib/quantity';
import type { Transfer } from '../api/transfer';

export const TRANSFER_STATUS: Record<string, string> = {
  DISPATCHED: 'In transit',
  RECEIVED: 'Received',
};

export function TransferStatus({ status }: { status: string }) {
  return (
    <span className={status === 'RECEIVED' ? 'badge badge--ok' : 'badge badge--info'}>
      {TRANSFER_STATUS[status] ?? status}
    </span>
  );
}

export interface TransferSummaryProps {
  transfer: Transfer;
  branchNames: ReadonlyMap<string, string>;
  products: ReadonlyMap<string, ProductSummary | null>;
  timeZone: string;
}

/** Who sent what to whom; after receiving, what arrived and what was short. */
export function TransferSummary({
  transfer,
  branchNames,
  products,
  timeZone,
}: TransferSummaryProps) {
  const received = transfer.status === 'RECEIVED';
  return (
    <section className="panel stack" aria-labelledby="transfer-facts">
      <h2 id="transfer-facts" className="visually-hidden">
        Transfer details
      </h2>
      <dl className="facts">
        <dt>From</dt>
        <dd>{branchNames.get(transfer.fromBranchId) ?? transfer.fromBranchId}</dd>
        <dt>To</dt>
        <dd>{branchNames.get(transfer.toBranchId) ?? transfer.toBranchId}</dd>
        <dt>Status</dt>
        <dd>
          <TransferStatus status={transfer.status} />
        </dd>
        {transfer.createdAt && (
          <>
            <dt>Dispatched</dt>
            <dd>{formatDateTime(transfer.createdAt, timeZone)}</dd>
          </>
        )}
        {transfer.note && (
          <>
            <dt>Note</dt>
            <dd>{transfer.note}</dd>
          </>
        )}
      </dl>
      {received && (
        <div
          className="table-wrap table-wrap--flat"
          role="region"
          aria-label="Lines received"
          tabIndex={0}
        >
          <table className="table table--numbers">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col" className="num">
                  Sent
                </th>
                <th scope="col" className="num">
                  Received
                </th>
                <th scope="col" className="num">
                  Shortfall
                </th>
              </tr>
            </thead>
            <tbody>
              {transfer.lines.map((line) => (
                <tr key={line.productId} className={line.shortfall > 0 ? 'row--short' : undefined}>
                  <th scope="row">
                    <ProductCell id={line.productId} product={products.get(line.productId)} />
                  </th>
                  <td className="num">{formatQuantity(line.sent)}</td>
                  <td className="num">
                    {line.received === null ? '–' : formatQuantity(line.received)}
                  </td>
                  <td className="num">
                    {line.shortfall > 0 ? (
                      <span className="shortfall">{formatQuantity(line.shortfall)}</span>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
