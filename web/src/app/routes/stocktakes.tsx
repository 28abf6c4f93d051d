import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { SelectField } from '@/components/ui/select-field';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { listBranches } from '@/features/branches/api/list-branches';
import { BranchSelect } from '@/features/branches/components/branch-select';
import { useBranchChoice } from '@/features/branches/use-branch-choice';
import { listCategories } from '@/features/catalog/api/category';
import { listStocktakes, startStocktake } from '@/features/inventory/api/stocktake';
import { formatDateTime } from '@/lib/date-time';
import { useResource } from '@/lib/use-resource';

/** /stock/counts: start a count sheet for a branch (optionally one category); earlier sheets. */
export function StocktakesRoute() {
  const navigate = useNavigate();
  const { info } = useAppInfo();
  const branches = useResource(listBranches);
  const categories = useResource(listCategories);
  const branchList = branches.state.status === 'ready' ? branches.state.data : null;
  const [branchId, setBranchId] = useBranchChoice(branchList);
  const [categoryId, setCategoryId] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const sheets = useResource(
    (signal) => (branchId ? listStocktakes(branchId, signal) : Promise.resolve([])),
    branchId,
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!branchId || starting) return;
    setStarting(true);
    setProblem(null);
    try {
      const sheet = await startStocktake(branchId, categoryId);
      void navigate(`/stock/counts/${encodeURIComponent(sheet.id)}`, { state: { sheet } });
    } catch (caught) {
      setProblem(caught);
      setStarting(false);
    }
  };

  return (
    <Page title="Stocktake" eyebrow="Inventory">
      <section className="panel stack-gap" aria-labelledby="start-count">
        <h2 id="start-count">Start a count</h2>
        <p className="muted">
          The sheet lists what the system expects now. Sales and receipts during the count are taken
          into account when the variance is worked out.
        </p>
        <form className="filters filters--count" onSubmit={onSubmit} noValidate>
          {branchList && (
            <BranchSelect branches={branchList} value={branchId} onChange={setBranchId} />
          )}
          <SelectField
            label="Category"
            options={
              categories.state.status === 'ready'
                ? categories.state.data.map((c) => ({ value: c.id, label: c.path }))
                : []
            }
            emptyLabel="All products"
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value)}
          />
          <div className="filters__actions">
            <Button
              type="submit"
              disabled={!branchId || starting}
              busy={starting}
              busyLabel="Starting…"
            >
              Start count
            </Button>
          </div>
        </form>
        {problem !== null && (
          <ProblemNotice error={problem} fallback="The count could not be started." />
        )}
      </section>
      {sheets.state.status === 'ready' && sheets.state.data.length > 0 && (
        <section aria-labelledby="earlier-counts">
          <h2 id="earlier-counts">Count sheets at this branch</h2>
          <ul className="link-list">
            {sheets.state.data.map((sheet) => (
              <li key={sheet.id}>
                <Link to={`/stock/counts/${encodeURIComponent(sheet.id)}`}>
                  <span className="link-list__title">
                    {sheet.createdAt
                      ? formatDateTime(sheet.createdAt, info.timezone)
                      : 'Count sheet'}{' '}
                    · {sheet.status === 'OPEN' ? 'Open' : 'Posted'}
                  </span>
                  <span className="link-list__text">
                    {sheet.countedCount} of {sheet.lineCount} lines counted
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sheets.state.status === 'error' && (
        <Notice>Earlier count sheets could not be listed.</Notice>
      )}
    </Page>
  );
}
