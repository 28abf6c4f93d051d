import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import type { ImportProblem } from '../api/import-products';
import { ImportReport } from './import-report';

const number = (n: number) => n.toLocaleString('en-NG');

/** The summary after a successful import: what it created and updated, and what it left alone. */
export function ImportDone({
  rows,
  created,
  updated,
  onRestart,
}: {
  rows: number;
  created: number;
  updated: number;
  onRestart: () => void;
}) {
  const unchanged = Math.max(rows - created - updated, 0);
  return (
    <>
      <Notice tone="success" title="Import finished">
        {updated === 0
          ? `${number(created)} ${created === 1 ? 'product' : 'products'} created.`
          : `${number(created)} created, ${number(updated)} updated.`}
        {unchanged > 0 &&
          ` ${number(unchanged)} of ${number(rows)} rows were the same as the catalogue ` +
            'and changed nothing.'}
      </Notice>
      <div className="form__actions">
        <Link className="btn btn--primary" to="/products">
          Go to products
        </Link>
        <Button variant="secondary" onClick={onRestart}>
          Import another file
        </Button>
      </div>
    </>
  );
}

/** An import the server refused (with its report) or that did not finish. */
export function ImportFailed({
  rows,
  errors,
  errorCount,
  error,
  onRestart,
}: {
  rows: number;
  errors: readonly ImportProblem[];
  errorCount: number;
  error: unknown;
  onRestart: () => void;
}) {
  return (
    <>
      {error !== null ? (
        <ProblemNotice error={error} fallback="The import did not finish. Nothing was changed." />
      ) : (
        <Notice tone="error" role="alert">
          The import was refused. Nothing was changed.
        </Notice>
      )}
      {errors.length > 0 && <ImportReport rows={rows} errors={errors} errorCount={errorCount} />}
      <div className="form__actions">
        <Button variant="secondary" onClick={onRestart}>
          Start again
        </Button>
      </div>
    </>
  );
}
