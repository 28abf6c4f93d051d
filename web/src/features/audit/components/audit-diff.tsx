import type { AuditEntry } from '../api/search-audit';
import { diffStates, fieldLabel } from '../diff';

/** The recorded state of the object before and after the change, field by field. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const lines = diffStates(entry.before, entry.after);
  return (
    <div className="audit-details">
      {lines.length === 0 ? (
        <p className="muted">No before or after state was recorded for this entry.</p>
      ) : (
        <table className="diff">
          <caption className="visually-hidden">Changes recorded in entry {entry.sequence}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.key}
                className={line.changed ? 'diff__row diff__row--changed' : 'diff__row'}
              >
                <th scope="row">
                  {fieldLabel(line.key)}
                  {line.changed && <span className="visually-hidden"> (changed)</span>}
                </th>
                <td className="diff__before">
                  {entry.before === null ? <span className="muted">–</span> : line.before}
                </td>
                <td className="diff__after">
                  {entry.after === null ? <span className="muted">–</span> : line.after}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="facts facts--small">
        {entry.objectId && (
          <>
            <dt>Object</dt>
            <dd>
              {entry.objectType} <code>{entry.objectId}</code>
            </dd>
          </>
        )}
        {entry.requestId && (
          <>
            <dt>Request</dt>
            <dd>
              <code>{entry.requestId}</code>
            </dd>
          </>
        )}
        {entry.clientIp && (
          <>
            <dt>Device address</dt>
            <dd>
              <code>{entry.clientIp}</code>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
