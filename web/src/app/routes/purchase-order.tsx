import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listBranches } from '@/features/branches/api/list-branches';
import { useProducts } from '@/features/catalog/product-lookup';
import { getOrder, markOrdered } from '@/features/purchasing/api/purchase-orders';
import { listSuppliers } from '@/features/purchasing/api/supplier';
import { OrderLinesTable } from '@/features/purchasing/components/order-lines-table';
import { OrderStatus } from '@/features/purchasing/components/order-status';
import { ReceiveOrderForm } from '@/features/purchasing/components/receive-order-form';
import { useResource } from '@/lib/use-resource';

/** /purchasing/orders/:id: the order; "Mark ordered" while a draft, then receiving. */
export function PurchaseOrderRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [message, setMessage] = useState<string | null>(
    (location.state as { saved?: string } | null)?.saved ?? null,
  );
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const order = useResource((signal) => getOrder(id, signal), id);
  const suppliers = useResource(listSuppliers);
  const branches = useResource(listBranches);
  const data = order.state.status === 'ready' ? order.state.data : null;
  const products = useProducts(
    data?.lines.map((l) => l.productId) ?? [],
    data?.lines.flatMap((l) => (l.product ? [l.product] : [])) ?? [],
  );
  const supplier =
    suppliers.state.status === 'ready'
      ? suppliers.state.data.find((s) => s.id === data?.supplierId)
      : undefined;
  const branch =
    branches.state.status === 'ready'
      ? branches.state.data.find((b) => b.id === data?.branchId)
      : undefined;
  const receivable = data?.status === 'ORDERED' || data?.status === 'PARTIALLY_RECEIVED';

  const placeOrder = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await markOrdered(id);
      setMessage('Marked as ordered. Receive the goods here when they arrive.');
      order.reload();
    } catch (caught) {
      setProblem(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Purchase order" eyebrow="Purchasing">
      <p className="back-link">
        <Link to="/purchasing/orders">← Purchase orders</Link>
      </p>
      {message && (
        <div className="stack-gap">
          <Notice tone="success">{message}</Notice>
        </div>
      )}
      {order.state.status === 'loading' && <Notice>Loading the order…</Notice>}
      {order.state.status === 'error' && (
        <ProblemNotice error={order.state.error} fallback="The order could not be loaded." />
      )}
      {data && (
        <div className="stack">
          <section className="panel">
            <dl className="facts">
              <dt>Supplier</dt>
              <dd>{supplier?.name ?? data.supplierId}</dd>
              <dt>Deliver to</dt>
              <dd>{branch?.name ?? data.branchId}</dd>
              <dt>Status</dt>
              <dd>
                <OrderStatus status={data.status} />
              </dd>
            </dl>
            {data.status === 'DRAFT' && (
              <div className="actions">
                <Button
                  onClick={() => void placeOrder()}
                  disabled={busy}
                  busy={busy}
                  busyLabel="Saving…"
                >
                  Mark ordered
                </Button>
              </div>
            )}
            {problem !== null && (
              <ProblemNotice error={problem} fallback="The order was not changed." />
            )}
          </section>
          <OrderLinesTable order={data} products={products} />
          {receivable && (
            <section className="panel">
              <ReceiveOrderForm
                key={`${data.status}-${data.lines.map((l) => l.received).join(',')}`}
                order={data}
                products={products}
                onReceived={() => {
                  setMessage('Delivery received into stock.');
                  order.reload();
                }}
              />
            </section>
          )}
        </div>
      )}
    </Page>
  );
}
