// Imports settled claims from an NDJSON, CSV or tab-separated file (format by extension: .csv,
// .tsv and .txt are delimited; or --format ndjson|csv|tsv):
//   npm run claims:import -- FILE --insurer CODE [--batch-size 2000] [--errors errors.ndjson]
// Targets DATABASE_URL, else the embedded database in $DATA_DIR/pglite. Prints a progress
// line, then the report; invalid claims are listed by file line and field. New claims enqueue
// the re-measuring of their years' indicators on the hub's job queue (a running hub works it).
import { createReadStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openScriptDatabase } from './open-script-database.js';
import { systemViewer } from '../server/auth/viewer.js';
import { readClaimFile } from '../server/domain/monitoring/claim-file.js';
import { importClaims } from '../server/domain/monitoring/import-claims.js';
import { UploadRefused, uploadGuard } from '../server/claims/upload-guard.js';
import { startJobQueue } from '../server/jobs/queue.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { insurer: { type: 'string' }, format: { type: 'string' }, 'batch-size': { type: 'string' }, errors: { type: 'string' } },
});
const file = positionals[0];
if (!file || !values.insurer) {
  console.error('usage: npm run claims:import -- FILE --insurer CODE [--format ndjson|csv|tsv] [--batch-size N] [--errors FILE]');
  process.exit(1);
}
// .tsv and .txt (Excel's "Unicode text" export) are delimited text as well: read as CSV, the
// separator (comma or tab) taken from the header row.
const named = values.format === 'tsv' ? 'csv' : values.format;
const format = (named ?? (/\.(csv|tsv|txt)$/i.test(file) ? 'csv' : 'ndjson')) as 'csv' | 'ndjson';
if (format !== 'csv' && format !== 'ndjson') {
  console.error(`claims:import: --format must be ndjson, csv or tsv (not ${format}) / --format 须为 ndjson、csv 或 tsv`);
  process.exit(1);
}
const { logger, database } = await openScriptDatabase('claims:import', { ...process.env, SEED_DEMO: 'false' });
// Only to enqueue: this process works no jobs.
const jobs = await startJobQueue(database.jobTarget, logger);
try {
  const insurer = await database.prisma.insurer.findUnique({ where: { code: values.insurer } });
  if (!insurer) throw new Error(`no insurer with code ${values.insurer}`);
  const started = performance.now();
  // The file read as the upload route reads it: charset by byte-order mark, else UTF-8 or
  // GB18030 (a GBK spreadsheet export was read as UTF-8 and imported with U+FFFD in its names).
  const text = uploadGuard({ maxBytes: Number.MAX_SAFE_INTEGER, maxLineBytes: 1 << 20 });
  createReadStream(file)
    .once('error', (error) => text.destroy(error))
    .pipe(text);
  const report = await importClaims({ actor: systemViewer, requestId: null }, insurer.id, readClaimFile(text, format), {
    batchSize: Number(values['batch-size'] ?? 2000),
    onProgress: (r) => {
      const s = (performance.now() - started) / 1000;
      process.stderr.write(`\r${bar(r.claimsRead)} ${r.claimsRead} read · ${r.inserted} new · ${r.duplicates} known · ${r.refused} refused · ${Math.round(r.claimsRead / Math.max(s, 0.001))} claims/s   `);
    },
  });
  process.stderr.write('\n');
  const { errors, ...summary } = report;
  console.log(JSON.stringify(summary, null, 2));
  for (const e of errors.slice(0, 20)) console.log(`line ${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  if (values.errors) writeFileSync(values.errors, errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
  process.exitCode = report.refused > 0 ? 2 : 0;
} catch (error) {
  if (!(error instanceof UploadRefused)) throw error;
  // Batches committed before the refusal stay; running the file again skips them.
  process.stderr.write('\n');
  console.error(`claims:import: ${error.message} / ${error.messageZh}`);
  process.exitCode = 1;
} finally {
  await jobs.stop();
  await database.close();
}

function bar(n: number): string {
  const spin = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  return spin[Math.floor(n / 1000) % spin.length]!;
}
