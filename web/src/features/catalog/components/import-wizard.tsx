import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { ProgressBar } from '@/components/ui/progress-bar';
import {
  importProducts,
  type ImportJob,
  type ImportMode,
  type ImportProblem,
  type ImportReport as Report,
} from '../api/import-products';
import { followImport } from '../import-job';
import { ImportFileStep } from './import-file-step';
import { ImportDone, ImportFailed } from './import-outcome';
import { ImportReport } from './import-report';
import { ImportSteps } from './import-steps';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; job: ImportJob | null }
  | { kind: 'checked'; report: Report }
  | { kind: 'importing'; job: ImportJob | null }
  | { kind: 'done'; rows: number; created: number; updated: number }
  | { kind: 'failed'; rows: number; errors: ImportProblem[]; errorCount: number; error: unknown };

function stepIndex(step: Step): number {
  if (step.kind === 'choose' || step.kind === 'checking') return 0;
  if (step.kind === 'checked') return 1;
  return 2;
}

function fromJob(job: ImportJob): Report {
  const imported = job.imported ?? job.totalRows;
  const updated = job.updated ?? 0;
  return {
    valid: job.valid ?? job.errors.length === 0,
    rows: job.totalRows,
    errors: job.errors,
    errorCount: job.errorCount,
    imported,
    // a job that does not tell them apart only created products
    created: job.created ?? Math.max(imported - updated, 0),
    updated,
  };
}

/** Choose a CSV → dry run → report → import (following a long import's progress) → summary. */
export function ImportWizard({ pollMs = 1000 }: { pollMs?: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('create');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  /** Runs the POST, following the job when the server answers 202; resolves with the report. */
  const run = async (dryRun: boolean, onJob: (job: ImportJob) => void): Promise<Report> => {
    controller.current?.abort();
    controller.current = new AbortController();
    const start = await importProducts(file!, dryRun, mode);
    if (start.kind === 'report') return start.report;
    const last = await followImport(start.job, onJob, pollMs, controller.current.signal);
    if (last.status === 'FAILED' && last.errors.length === 0) {
      throw new Error('The import stopped on the server.');
    }
    return fromJob(last);
  };

  const check = async () => {
    setError(null);
    setStep({ kind: 'checking', job: null });
    try {
      const report = await run(true, (job) => setStep({ kind: 'checking', job }));
      setStep({ kind: 'checked', report });
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      setError(caught);
      setStep({ kind: 'choose' });
    }
  };

  const apply = async (rows: number) => {
    setError(null);
    setStep({ kind: 'importing', job: null });
    try {
      const report = await run(false, (job) => setStep({ kind: 'importing', job }));
      if (!report.valid || report.errors.length > 0) {
        setStep({
          kind: 'failed',
          rows: report.rows || rows,
          errors: report.errors,
          errorCount: report.errorCount,
          error: null,
        });
      } else {
        setStep({
          kind: 'done',
          rows: report.rows || rows,
          created: report.created,
          updated: report.updated,
        });
      }
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      setStep({ kind: 'failed', rows, errors: [], errorCount: 0, error: caught });
    }
  };

  const restart = () => {
    setFile(null);
    setMode('create');
    setError(null);
    setStep({ kind: 'choose' });
  };

  return (
    <div className="stack">
      <ImportSteps current={stepIndex(step)} />
      <section className="panel stack">
        {(step.kind === 'choose' || step.kind === 'checking') && (
          <ImportFileStep
            file={file}
            onFile={setFile}
            mode={mode}
            onMode={setMode}
            onCheck={() => void check()}
            busy={step.kind === 'checking'}
          />
        )}
        {step.kind === 'checking' && step.job && step.job.totalRows > 0 && (
          <ProgressBar
            label="Checking the file"
            value={step.job.processedRows}
            max={step.job.totalRows}
          />
        )}
        {error !== null && (
          <ProblemNotice error={error} fallback="The file could not be checked." />
        )}
        {step.kind === 'checked' && (
          <>
            <p>
              File: <strong>{file?.name}</strong>
            </p>
            {step.report.valid ? (
              <Notice tone="success">Every line is valid. Nothing has been imported yet.</Notice>
            ) : (
              <Notice tone="warning">
                Fix these lines in the file and check it again. Nothing has been imported.
              </Notice>
            )}
            <ImportReport
              rows={step.report.rows}
              errors={step.report.errors}
              errorCount={step.report.errorCount}
            />
            <div className="form__actions">
              <Button onClick={() => void apply(step.report.rows)} disabled={!step.report.valid}>
                Import {step.report.rows.toLocaleString('en-NG')} products
              </Button>
              <Button variant="secondary" onClick={restart}>
                Choose another file
              </Button>
            </div>
          </>
        )}
        {step.kind === 'importing' && (
          <>
            <p role="status">
              Importing {file?.name}… The import runs on the server; this page follows its progress.
            </p>
            {step.job && step.job.totalRows > 0 ? (
              <ProgressBar
                label="Import progress"
                value={step.job.processedRows}
                max={step.job.totalRows}
              />
            ) : (
              <p className="muted">Starting…</p>
            )}
          </>
        )}
        {step.kind === 'done' && (
          <ImportDone
            rows={step.rows}
            created={step.created}
            updated={step.updated}
            onRestart={restart}
          />
        )}
        {step.kind === 'failed' && (
          <ImportFailed
            rows={step.rows}
            errors={step.errors}
            errorCount={step.errorCount}
            error={step.error}
            onRestart={restart}
          />
        )}
      </section>
    </div>
  );
}
