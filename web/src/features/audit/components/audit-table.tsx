import { Fragment, useState } from 'react';
import { formatDateTime } from '@/lib/date-time';
import type { AuditEntry } from '../api/search-audit';
import { AuditDiff } from './audit-diff';

export interface AuditTableProps {
  entries: readonly AuditEntry[];
  timeZone: string;
}

const COLUMNS = 6;

/** Long identifiers (UUIDs) are cut to their first part in the table; the details show them in full. */
function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

/** Audit entries; each row opens to show what changed. */
export function AuditTable({ entries, timeZone }: AuditTableProps) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (sequence: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(sequence)) next.delete(sequence);
      else next.add(sequence);
      return next;
    });

  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table table--audit">
        <caption id="audit-caption" className="visually-hidden">
          Audit trail entries
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Object</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.sequence);
            const detailsId = `audit-details-${entry.sequence}`;
            return (
              <Fragment key={entry.sequence}>
                <tr className={expanded ? 'row--expanded' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="disclosure"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={`${expanded ? 'Hide' : 'Show'} details of entry ${entry.sequence}`}
                      onClick={() => toggle(entry.sequence)}
                    >
                      <span className="disclosure__icon" aria-hidden="true" />
                      {entry.sequence}
                    </button>
                  </td>
                  <td className="nowrap col-time">
                    <time dateTime={entry.occurredAt}>
                      {formatDateTime(entry.occurredAt, timeZone)}
                    </time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <code className="action">{entry.action}</code>
                  </td>
                  <td>
                    <span className="cell-main">{entry.objectType}</span>
                    {entry.objectId && (
                      <span className="cell-sub cell-id">{shortId(entry.objectId)}</span>
                    )}
                  </td>
                  <td>{entry.reason || <span className="muted">–</span>}</td>
                </tr>
                {expanded && (
                  <tr id={detailsId} className="row-details">
                    <td colSpan={COLUMNS}>
                      <AuditDiff entry={entry} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
