import { Link, useNavigate } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { listBranches } from '@/features/branches/api/list-branches';
import { useBranchChoice } from '@/features/branches/use-branch-choice';
import { NewTransferForm } from '@/features/inventory/components/new-transfer-form';
import { useResource } from '@/lib/use-resource';

export function NewTransferRoute() {
  const navigate = useNavigate();
  const branches = useResource(listBranches);
  const list = branches.state.status === 'ready' ? branches.state.data : null;
  const [branchId] = useBranchChoice(list);
  return (
    <Page title="New transfer" eyebrow="Inventory">
      <p className="back-link">
        <Link to="/stock/transfers">← All transfers</Link>
      </p>
      {branches.state.status === 'loading' && <Notice>Loading branches…</Notice>}
      {branches.state.status === 'error' && (
        <ProblemNotice error={branches.state.error} fallback="The branches could not be loaded." />
      )}
      {list && (
        <section className="panel">
          <NewTransferForm
            branches={list}
            defaultFrom={branchId}
            onCreated={(id) =>
              void navigate(`/stock/transfers/${encodeURIComponent(id)}`, {
                state: { created: true },
              })
            }
          />
        </section>
      )}
    </Page>
  );
}
