import { csrfToken } from '../../providers/session.js';
import { isDelimitedFile } from '../../common/delimited-files.js';

/** POST /claims/import answers with this report (server/claims/import-route.ts). */
export interface ClaimsImportReport {
  importId: string;
  format: 'ndjson' | 'csv';
  claimsRead: number;
  imported: number;
  unchanged: number;
  refused: number;
  batchesCommitted: number;
  batchesRefused: number;
  errors: { line: number; field: string | null; code: string; messageEn: string; messageZh: string }[];
  errorsTruncated: boolean;
}

export type UploadOutcome =
  | { ok: true; report: ClaimsImportReport }
  | { ok: false; status: number; code: string; error: string; errorZh: string; report?: Omit<ClaimsImportReport, 'format'> };

export const IMPORT_PATH = '/claims/import';

/** Delimited text (.csv, .tsv, .txt) by its extension; everything else is read as NDJSON (.ndjson, .jsonl, .json). */
export function fileFormat(name: string): 'csv' | 'ndjson' {
  return isDelimitedFile(name) ? 'csv' : 'ndjson';
}

/** The endpoint's URL for a file, naming the insurer when a platform admin picked one. */
export function importUrl(name: string, insurerId?: string | null): string {
  const params = new URLSearchParams({ format: fileFormat(name) });
  if (insurerId) params.set('insurerId', insurerId);
  return `${IMPORT_PATH}?${params.toString()}`;
}

/**
 * Sends the file as the request body (streamed by the browser, never read into a string) with
 * the session's CSRF token. XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadClaimsFile(
  file: File,
  options: { insurerId?: string | null; onProgress: (fraction: number) => void; onUploaded: () => void },
): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(file.name, options.insurerId));
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', fileFormat(file.name) === 'csv' ? 'text/csv' : 'application/x-ndjson');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => options.onUploaded();
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // A proxy's HTML error page: answered below with the status alone.
      }
      if (xhr.status === 200) resolve({ ok: true, report: body as unknown as ClaimsImportReport });
      else
        resolve({
          ok: false,
          status: xhr.status,
          code: String(body.code ?? 'HTTP_' + xhr.status),
          error: String(body.error ?? `HTTP ${xhr.status}`),
          errorZh: String(body.errorZh ?? body.error ?? `HTTP ${xhr.status}`),
          ...(body.report ? { report: body.report as Omit<ClaimsImportReport, 'format'> } : {}),
        });
    };
    xhr.send(file);
  });
}
