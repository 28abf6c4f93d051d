import { getImportJob, type ImportJob } from './api/import-products';

/** Resolves after `ms`, or rejects with an AbortError when the signal aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/**
 * Polls GET /api/v1/products/imports/{id} every `pollMs` until the job is DONE or FAILED,
 * reporting each answer; resolves with the last one.
 */
export async function followImport(
  job: ImportJob,
  onProgress: (job: ImportJob) => void,
  pollMs: number,
  signal: AbortSignal,
): Promise<ImportJob> {
  let current = job;
  onProgress(current);
  while (current.status === 'RUNNING') {
    await sleep(pollMs, signal);
    current = await getImportJob(current.id, signal);
    onProgress(current);
  }
  return current;
}
