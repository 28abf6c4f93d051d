import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { branchNames } from '@/features/branches/use-branch-choice';
import { orderTotalKobo } from '@/features/purchasing/api/purchase-order';
import { listOrders } from '@/features/purchasing/api/purchase-orders';
import { listSuppliers } from '@/features/purchasing/api/supplier';
import { OrderStatus } from '@/features/purchasing/components/order-status';
import { PurchasingTabs } from '@/features/purchasing/components/purchasing-tabs';
import { formatDate } from '@/lib/date-time';
import { formatNaira } from '@/lib/money';
import { useResource } from '@/lib/use-resource';

export function PurchaseOrdersRoute() {
  const { info } = useAppInfo();
  const [page, setPage] = useState(0);
  const orders = useResource((signal) => listOrders(page, signal), String(page));
  const suppliers = useResource(listSuppliers);
  const branches = useResource(listBranches);
  const supplierNames = new Map(
    suppliers.state.status === 'ready' ? suppliers.state.data.map((s) => [s.id, s.name]) : [],
  );
  const names =
    branches.state.status === 'ready'
      ? branchNames(branches.state.data)
      : new Map<string, string>();

  return (
    <Page title="Purchase orders" eyebrow="Purchasing">
      <PurchasingTabs />
      <div className="toolbar">
        <p className="muted toolbar__text">
          Orders to suppliers. Receiving goods adds them to the branch’s stock and updates the
          average cost.
        </p>
        <Link className="btn btn--primary" to="/purchasing/orders/new">
          New purchase order
        </Link>
      </div>
      {orders.state.status === 'loading' && <Notice>Loading orders…</Notice>}
      {orders.state.status === 'error' && (
        <ProblemNotice
          error={orders.state.error}
          fallback="The purchase orders could not be loaded."
        />
      )}
      {orders.state.status === 'ready' && (
        <>
          {orders.state.data.items.length === 0 ? (
            <Notice>No purchase orders yet.</Notice>
          ) : (
            <div className="table-wrap" role="region" aria-label="Purchase orders" tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Order</th>
                    <th scope="col">Supplier</th>
                    <th scope="col" className="col--optional">
                      Deliver to
                    </th>
                    <th scope="col" className="num">
                      Total
                    </th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {orders.state.data.items.map((order) => (
                    <tr key={order.id}>
                      <th scope="row">
                        <Link
                          className="cell-main"
                          to={`/purchasing/orders/${encodeURIComponent(order.id)}`}
                        >
                          Order {order.id.slice(0, 8)}
                        </Link>
                        {order.createdAt && (
                          <span className="cell-sub">
                            {formatDate(order.createdAt, info.timezone)}
                          </span>
                        )}
                      </th>
                      <td>{supplierNames.get(order.supplierId) ?? order.supplierId}</td>
                      <td className="col--optional">
                        {names.get(order.branchId) ?? order.branchId}
                      </td>
                      <td className="num nowrap">{formatNaira(orderTotalKobo(order))}</td>
                      <td>
                        <OrderStatus status={order.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            label="Order pages"
            page={orders.state.data.page}
            size={orders.state.data.size}
            total={orders.state.data.total}
            onPage={setPage}
          />
        </>
      )}
    </Page>
  );
}
