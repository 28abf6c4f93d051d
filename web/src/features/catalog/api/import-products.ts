import { apiClient, apiResponse, readBody } from '@/lib/api-client';
import { count } from '@/lib/paged';
import { asRecord, optionalString } from '@/lib/parse';
import { PRODUCTS_PATH } from './product';

/** One bad cell of an import file; `line` as a spreadsheet shows it (the header is line 1). */
export interface ImportProblem {
  line: number;
  column: string;
  reason: string;
}

/**
 * What an import may do: `create` adds new products only (a known SKU is a problem on its line);
 * `update` also updates the product each known SKU names.
 */
export type ImportMode = 'create' | 'update';

/** The finished report of a dry run or an import. */
export interface ImportReport {
  valid: boolean;
  rows: number;
  /** At most the first 1,000 problems; `errorCount` counts them all. */
  errors: ImportProblem[];
  errorCount: number;
  /** `created` + `updated`; rows identical to their product are in neither. */
  imported: number;
  created: number;
  updated: number;
}

export type ImportStatus = 'RUNNING' | 'DONE' | 'FAILED';

/** A large import running on the server: GET /api/v1/products/imports/{id}. */
export interface ImportJob {
  id: string;
  status: ImportStatus;
  processedRows: number;
  totalRows: number;
  errors: ImportProblem[];
  errorCount: number;
  /** Present when the server adds them to the job. */
  imported: number | null;
  created: number | null;
  updated: number | null;
  valid: boolean | null;
}

/** The POST answered either with the report (200) or with a job to follow (202). */
export type ImportStart =
  { kind: 'report'; report: ImportReport } | { kind: 'job'; job: ImportJob };

export const IMPORTS_PATH = `${PRODUCTS_PATH}/imports`;

function problems(value: unknown): ImportProblem[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const entry = asRecord(item);
    return {
      line: count(entry['line'], 0),
      column: optionalString(entry['column']),
      reason: optionalString(entry['reason']),
    };
  });
}

/** The server lists at most 1,000 problems and counts them all in `errorCount`. */
function errorCount(value: unknown, listed: readonly ImportProblem[]): number {
  return Math.max(count(value, listed.length), listed.length);
}

function optionalCount(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

export function parseReport(raw: unknown): ImportReport {
  const body = asRecord(raw);
  const errors = problems(body['errors']);
  const imported = count(body['imported'], 0);
  const updated = count(body['updated'], 0);
  return {
    valid: body['valid'] === true,
    rows: count(body['rows'], 0),
    errors,
    errorCount: errorCount(body['errorCount'], errors),
    imported,
    // a server that does not tell them apart only created products
    created: count(body['created'], Math.max(imported - updated, 0)),
    updated,
  };
}

export function parseJob(raw: unknown, fallbackId = ''): ImportJob {
  const body = asRecord(raw);
  const errors = problems(body['errors']);
  const status = body['status'];
  return {
    id: optionalString(body['id']) || fallbackId,
    status: status === 'DONE' || status === 'FAILED' ? status : 'RUNNING',
    processedRows: count(body['processedRows'], 0),
    totalRows: count(body['totalRows'], 0),
    errors,
    errorCount: errorCount(body['errorCount'], errors),
    imported: optionalCount(body['imported']),
    created: optionalCount(body['created']),
    updated: optionalCount(body['updated']),
    valid: typeof body['valid'] === 'boolean' ? body['valid'] : null,
  };
}

/**
 * POST /api/v1/products/import?dryRun=true|false&mode=create|update with the CSV as multipart
 * `file` (permission catalog.write). A dry run changes nothing; applying a file with any bad row
 * changes nothing either and is answered 422, a problem carrying the same report.
 */
export async function importProducts(
  file: File,
  dryRun: boolean,
  mode: ImportMode = 'create',
): Promise<ImportStart> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = new URLSearchParams({ dryRun: String(dryRun), mode });
  const response = await apiResponse(`${PRODUCTS_PATH}/import?${query.toString()}`, {
    method: 'POST',
    body: form,
    answeredStatuses: [422],
  });
  const body = await readBody<unknown>(response);
  // 202 while a large file is still being written: the body is the report with the import's id.
  if (response.status === 202) return { kind: 'job', job: parseJob(body) };
  return { kind: 'report', report: parseReport(body) };
}

/** GET /api/v1/products/imports/{id} → the job's progress. */
export async function getImportJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  const path = `${IMPORTS_PATH}/${encodeURIComponent(id)}`;
  return parseJob(await apiClient.get<unknown>(path, signal ? { signal } : {}), id);
}
