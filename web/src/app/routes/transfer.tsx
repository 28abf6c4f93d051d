import { Link, useLocation, useParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { branchNames } from '@/features/branches/use-branch-choice';
import { useProducts } from '@/features/catalog/product-lookup';
import { getTransfer } from '@/features/inventory/api/transfers';
import { ReceiveTransferForm } from '@/features/inventory/components/receive-transfer-form';
import { TransferSummary } from '@/features/inventory/components/transfer-summary';
import { formatQuantity } from '@/lib/quantity';
import { useResource } from '@/lib/use-resource';

/** /stock/transfers/:id: the transfer and, while in transit, the form to receive it. */
export function TransferRoute() {
  const { id = '' } = useParams();
  const { info } = useAppInfo();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const transfer = useResource((signal) => getTransfer(id, signal), id);
  const branches = useResource(listBranches);
  const lines = transfer.state.status === 'ready' ? transfer.state.data.lines : [];
  const products = useProducts(
    lines.map((line) => line.productId),
    lines.flatMap((line) => (line.product ? [line.product] : [])),
  );
  const names =
    branches.state.status === 'ready'
      ? branchNames(branches.state.data)
      : new Map<string, string>();
  const data = transfer.state.status === 'ready' ? transfer.state.data : null;
  const shortLines =
    data?.status === 'RECEIVED' ? data.lines.filter((line) => line.shortfall > 0) : [];

  return (
    <Page
      title={
        data && names.size > 0
          ? `Transfer: ${names.get(data.fromBranchId) ?? 'another branch'} → ${names.get(data.toBranchId) ?? 'another branch'}`
          : 'Transfer'
      }
      eyebrow="Inventory"
    >
      <p className="back-link">
        <Link to="/stock/transfers">← All transfers</Link>
      </p>
      {created && data?.status === 'DISPATCHED' && (
        <div className="stack-gap">
          <Notice tone="success">
            Transfer dispatched: the stock has left the sending branch.
          </Notice>
        </div>
      )}
      {transfer.state.status === 'loading' && <Notice>Loading the transfer…</Notice>}
      {transfer.state.status === 'error' && (
        <ProblemNotice error={transfer.state.error} fallback="The transfer could not be loaded." />
      )}
      {data && (
        <div className="stack">
          {data.status === 'RECEIVED' && (
            <Notice tone={shortLines.length > 0 ? 'warning' : 'success'} title="Received">
              {shortLines.length === 0
                ? 'Everything sent has arrived.'
                : `Shortfall recorded on ${shortLines.length} ${shortLines.length === 1 ? 'line' : 'lines'}: ${shortLines
                    .map(
                      (line) =>
                        `${products.get(line.productId)?.name ?? 'product'} short by ${formatQuantity(line.shortfall)}`,
                    )
                    .join('; ')}.`}
            </Notice>
          )}
          <TransferSummary
            transfer={data}
            branchNames={names}
            products={products}
            timeZone={info.timezone}
          />
          {data.status === 'DISPATCHED' && (
            <section className="panel">
              <ReceiveTransferForm
                transfer={data}
                products={products}
                onReceived={(received) => transfer.update(() => received)}
              />
            </section>
          )}
        </div>
      )}
    </Page>
  );
}
