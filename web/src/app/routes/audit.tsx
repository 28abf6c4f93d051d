import { useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { Pagination } from '@/components/ui/pagination';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { useAppInfo } from '@/features/app-info/components/app-info-context';
import { searchAudit, type AuditFilter } from '@/features/audit/api/search-audit';
import { AuditFilters } from '@/features/audit/components/audit-filters';
import { AuditTable } from '@/features/audit/components/audit-table';
import { useResource } from '@/lib/use-resource';

const FILTER_KEYS = ['actor', 'action', 'from', 'to'] as const;

/** The filter and the (one-based) page live in the address, so that back, reload and links work. */
function readParams(params: URLSearchParams): { filter: AuditFilter; page: number } {
  const filter = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as unknown as AuditFilter;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { filter, page: page - 1 };
}

function toParams(filter: AuditFilter, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key].trim() !== '') params.set(key, filter[key].trim());
  if (page > 0) params.set('page', String(page + 1));
  return params;
}

export function AuditRoute() {
  const { info } = useAppInfo();
  const [params, setParams] = useSearchParams();
  const { filter, page } = readParams(params);
  const result = useResource(
    (signal) => searchAudit(filter, page, info.timezone, signal),
    `${params.toString()}|${info.timezone}`,
  );

  return (
    <Page title="Audit trail">
      <p className="muted">
        Every important change: who made it, when, and what was different before and after. Times
        are in {info.timezone}.
      </p>
      <AuditFilters
        key={FILTER_KEYS.map((k) => filter[k]).join('|')}
        filter={filter}
        onApply={(f) => setParams(toParams(f, 0))}
      />
      {result.state.status === 'loading' && <Notice>Loading the audit trail…</Notice>}
      {result.state.status === 'error' && (
        <ProblemNotice error={result.state.error} fallback="The audit trail could not be loaded." />
      )}
      {result.state.status === 'ready' && (
        <>
          {result.state.data.items.length === 0 ? (
            <Notice>No entries match these filters.</Notice>
          ) : (
            <AuditTable entries={result.state.data.items} timeZone={info.timezone} />
          )}
          <Pagination
            label="Audit trail pages"
            page={result.state.data.page}
            size={result.state.data.size}
            total={result.state.data.total}
            onPage={(next) => setParams(toParams(filter, next))}
          />
        </>
      )}
    </Page>
  );
}
