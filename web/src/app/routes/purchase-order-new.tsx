import { Link, useNavigate } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listBranches } from '@/features/branches/api/list-branches';
import { useBranchChoice } from '@/features/branches/use-branch-choice';
import { listSuppliers } from '@/features/purchasing/api/supplier';
import { NewOrderForm } from '@/features/purchasing/components/new-order-form';
import { useResource } from '@/lib/use-resource';

export function NewPurchaseOrderRoute() {
  const navigate = useNavigate();
  const suppliers = useResource(listSuppliers);
  const branches = useResource(listBranches);
  const branchList = branches.state.status === 'ready' ? branches.state.data : null;
  const [branchId] = useBranchChoice(branchList);
  const error =
    suppliers.state.status === 'error'
      ? suppliers.state.error
      : branches.state.status === 'error'
        ? branches.state.error
        : null;

  return (
    <Page title="New purchase order" eyebrow="Purchasing">
      <p className="back-link">
        <Link to="/purchasing/orders">← Purchase orders</Link>
      </p>
      {error !== null && (
        <ProblemNotice error={error} fallback="Suppliers or branches could not be loaded." />
      )}
      {suppliers.state.status === 'ready' && suppliers.state.data.length === 0 && (
        <Notice tone="warning">
          Add a supplier first: <Link to="/purchasing/suppliers">Suppliers</Link>.
        </Notice>
      )}
      {suppliers.state.status === 'ready' && branchList && (
        <section className="panel">
          <NewOrderForm
            suppliers={suppliers.state.data}
            branches={branchList}
            defaultBranch={branchId}
            onCreated={(order) =>
              void navigate(`/purchasing/orders/${encodeURIComponent(order.id)}`, {
                state: { saved: 'Draft order saved.' },
              })
            }
          />
        </section>
      )}
    </Page>
  );
}
