import type { ImportProblem } from '../api/import-products';

export interface ImportReportProps {
  rows: number;
  /** The problems the server listed (at most the first 1,000). */
  errors: readonly ImportProblem[];
  /** Every problem found; more than `errors` holds when the list was cut short. */
  errorCount: number;
}

const number = (n: number) => n.toLocaleString('en-NG');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/**
 * "3 problems in 1,000 rows" and the table of them (line as a spreadsheet shows it). The server
 * lists only the first 1,000 problems; the count is of all of them, and says when the list is cut.
 */
export function ImportReport({ rows, errors, errorCount }: ImportReportProps) {
  const total = Math.max(errorCount, errors.length);
  const summary = `${plural(total, 'problem', 'problems')} in ${plural(rows, 'row', 'rows')}`;
  return (
    <section className="stack stack--tight" aria-labelledby="import-report-title">
      <h3 id="import-report-title" className="import-report__title">
        {summary}
      </h3>
      {total > errors.length && (
        <p className="muted">
          {plural(total, 'problem', 'problems')}; the first {number(errors.length)} are listed
          below. Fix them and check the file again to see the rest.
        </p>
      )}
      {errors.length > 0 && (
        <div
          className="table-wrap table-wrap--scroll"
          role="region"
          aria-labelledby="import-report-title"
          tabIndex={0}
        >
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Column</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((problem, index) => (
                <tr key={`${problem.line}-${problem.column}-${index}`}>
                  <td className="num">{problem.line}</td>
                  <td>
                    <code>{problem.column || '–'}</code>
                  </td>
                  <td>{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
