import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { branchNames } from '@/features/branches/use-branch-choice';
import { listTransfers } from '@/features/inventory/api/transfers';
import { TransferStatus } from '@/features/inventory/components/transfer-summary';
import { formatDateTime } from '@/lib/date-time';
import { useResource } from '@/lib/use-resource';

export function TransfersRoute() {
  const { info } = useAppInfo();
  const branches = useResource(listBranches);
  const [branchId, setBranchId] = useState('');
  const [page, setPage] = useState(0);
  const transfers = useResource(
    (signal) => listTransfers(branchId, page, signal),
    `${branchId}|${page}`,
  );
  const names =
    branches.state.status === 'ready'
      ? branchNames(branches.state.data)
      : new Map<string, string>();

  return (
    <Page title="Transfers" eyebrow="Inventory">
      <div className="toolbar">
        <p className="muted toolbar__text">
          Stock sent between branches. It leaves the sender when dispatched and arrives when
          received.
        </p>
        <Link className="btn btn--primary" to="/stock/transfers/new">
          New transfer
        </Link>
      </div>
      {branches.state.status === 'ready' && (
        <div className="filters filters--stock">
          <BranchSelect
            branches={branches.state.data}
            value={branchId}
            onChange={(id) => {
              setBranchId(id);
              setPage(0);
            }}
            emptyLabel="All branches"
          />
        </div>
      )}
      {transfers.state.status === 'loading' && <Notice>Loading transfers…</Notice>}
      {transfers.state.status === 'error' && (
        <ProblemNotice
          error={transfers.state.error}
          fallback="The transfers could not be loaded."
        />
      )}
      {transfers.state.status === 'ready' && (
        <>
          {transfers.state.data.items.length === 0 ? (
            <Notice>No transfers yet.</Notice>
          ) : (
            <div className="table-wrap" role="region" aria-label="Transfers" tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Dispatched</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col" className="num">
                      Lines
                    </th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {transfers.state.data.items.map((transfer) => (
                    <tr key={transfer.id}>
                      <td className="nowrap">
                        <Link to={`/stock/transfers/${encodeURIComponent(transfer.id)}`}>
                          {transfer.createdAt
                            ? formatDateTime(transfer.createdAt, info.timezone)
                            : 'Open transfer'}
                        </Link>
                      </td>
                      <td>{names.get(transfer.fromBranchId) ?? transfer.fromBranchId}</td>
                      <td>{names.get(transfer.toBranchId) ?? transfer.toBranchId}</td>
                      <td className="num">{transfer.lines.length}</td>
                      <td>
                        <TransferStatus status={transfer.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            label="Transfer pages"
            page={transfers.state.data.page}
            size={transfers.state.data.size}
            total={transfers.state.data.total}
            onPage={setPage}
          />
        </>
      )}
    </Page>
  );
}
