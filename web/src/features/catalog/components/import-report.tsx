import type { ImportProblem } from '../api/import-products';

export interface ImportReportProps {
  rows: number;
  errors: readonly ImportProblem[];
}

const number = (n: number) => n.toLocaleString('en-NG');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** "3 problems in 1,000 rows" and the table of them (line as a spreadsheet shows it). */
export function ImportReport({ rows, errors }: ImportReportProps) {
  const summary = `${plural(errors.length, 'problem', 'problems')} in ${plural(rows, 'row', 'rows')}`;
  return (
    <section className="stack stack--tight" aria-labelledby="import-report-title">
      <h3 id="import-report-title" className="import-report__title">
        {summary}
      </h3>
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
