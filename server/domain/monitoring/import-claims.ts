import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../../audit/append-event.js';
import { enqueueInTransaction, queueRunning } from '../../jobs/queue.js';
import { REMEASURE_QUEUE, remeasureKey } from '../templates/template-queue.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { claimInput } from './claim-input.js';
import { resolveClaims } from './claim-record.js';
import { storeClaims } from './store-claims.js';
import type { ClaimFileItem } from './claim-file.js';
import { importMessageZh } from './import-messages.js';

/**
 * Why a line was refused: UNREADABLE (not JSON, a broken CSV row or header), INVALID_VALUE (a
 * field the claim schema refuses), UNKNOWN_REFERENCE (a provider, agreement, physician or
 * insured person the insurer does not have).
 */
export type ImportLineErrorCode = 'UNREADABLE' | 'INVALID_VALUE' | 'UNKNOWN_REFERENCE';

export interface ImportLineError {
  line: number;
  field: string | null;
  code: ImportLineErrorCode;
  /** English. */
  message: string;
  messageZh: string;
}

export interface ImportReport {
  importId: string;
  claimsRead: number;
  inserted: number;
  duplicates: number;
  /** Claims not written because their batch held an invalid claim. */
  refused: number;
  batchesCommitted: number;
  batchesRefused: number;
  errors: ImportLineError[];
  /** True when more errors were found than the report lists. */
  errorsTruncated: boolean;
  /** Years whose indicators a job re-measures because new claims of them arrived. */
  remeasureYears: number[];
}

export interface ImportOptions {
  batchSize?: number;
  maxErrors?: number;
  onProgress?: (report: ImportReport) => void;
}

/**
 * Imports settled claims of one insurer (批量导入结算记录). Claims are taken in batches; a batch
 * is written in one transaction together with its `claims.imported` event, or, when any claim
 * in it is invalid, not at all (every invalid claim is reported by file line and field). Known
 * settlement ids are skipped, so a corrected file can simply be imported again.
 *
 * A batch that stores new claims also enqueues, in its transaction, the re-measuring of its
 * settlement years' agreement indicators (templates/remeasure-indicators.ts), when this process
 * runs the job queue: the measurements and the breaches they raise follow the claims.
 */
export async function importClaims(
  ctx: CommandContext,
  insurerId: string,
  items: AsyncIterable<ClaimFileItem>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  requireCapability(ctx.actor, 'importClaims');
  requireInsurer(ctx.actor, insurerId, 'Insurer', insurerId);
  const batchSize = options.batchSize ?? 2000;
  const maxErrors = options.maxErrors ?? 1000;
  const report: ImportReport = {
    importId: randomUUID(),
    claimsRead: 0,
    inserted: 0,
    duplicates: 0,
    refused: 0,
    batchesCommitted: 0,
    batchesRefused: 0,
    errors: [],
    errorsTruncated: false,
    remeasureYears: [],
  };
  const error = (e: ImportLineError) => {
    if (report.errors.length < maxErrors) report.errors.push(e);
    else report.errorsTruncated = true;
  };
  let batch: ClaimFileItem[] = [];
  const flush = async () => {
    if (batch.length > 0) await importBatch(ctx, insurerId, batch, report, error);
    batch = [];
    options.onProgress?.(report);
  };
  for await (const item of items) {
    report.claimsRead += 1;
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}

async function importBatch(
  ctx: CommandContext,
  insurerId: string,
  items: ClaimFileItem[],
  report: ImportReport,
  error: (e: ImportLineError) => void,
): Promise<void> {
  let invalid = false;
  const parsed = items.map((item) => {
    if (item.parseError) {
      invalid = true;
      error({ line: item.line, field: null, code: 'UNREADABLE', message: item.parseError, messageZh: importMessageZh(item.parseError) });
      return null;
    }
    const result = claimInput.safeParse(item.value);
    if (!result.success) {
      invalid = true;
      for (const issue of result.error.issues) error(lineError(item, issue.path, issue.message, 'INVALID_VALUE'));
      return null;
    }
    return result.data;
  });
  if (!invalid) {
    const outcome = await inTransaction(ctx, async (tx) => {
      const resolved = await resolveClaims(tx, insurerId, parsed.map((p) => p!));
      const bad = resolved.flatMap((r, i) => (r.ok ? [] : r.issues.map((issue) => lineError(items[i]!, issue.path, issue.message, 'UNKNOWN_REFERENCE'))));
      if (bad.length > 0) return { bad };
      const records = resolved.map((r) => (r.ok ? r.record : null)).filter((r) => r !== null);
      const stored = await storeClaims(tx, records);
      const years = [...new Set(stored.map((r) => Number(r.settlementMonth.slice(0, 4))))];
      if (queueRunning()) {
        await enqueueInTransaction(
          tx,
          REMEASURE_QUEUE,
          years.map((year) => ({ data: { insurerId, year }, singletonKey: remeasureKey({ insurerId, year }) })),
        );
      }
      const data = {
        importId: report.importId,
        firstLine: items[0]!.line,
        lastLine: items[items.length - 1]!.line,
        claims: records.length,
        inserted: stored.length,
        duplicates: records.length - stored.length,
        fundFen: stored.reduce((s, r) => s + r.fundFen, 0n).toString(),
      };
      await appendAuditEvent(tx, {
        type: EVENT.claimsImported,
        entityType: ENTITY.claimImport,
        entityId: report.importId,
        actor: ctx.actor,
        requestId: ctx.requestId,
        insurerId,
        data,
      });
      return { inserted: stored.length, duplicates: records.length - stored.length, years };
    });
    if ('bad' in outcome) {
      for (const e of outcome.bad!) error(e);
      invalid = true;
    } else {
      report.inserted += outcome.inserted;
      report.duplicates += outcome.duplicates;
      report.batchesCommitted += 1;
      report.remeasureYears = [...new Set([...report.remeasureYears, ...outcome.years!])].sort();
      return;
    }
  }
  report.batchesRefused += 1;
  report.refused += items.length;
}

function lineError(item: ClaimFileItem, path: PropertyKey[], message: string, code: ImportLineErrorCode): ImportLineError {
  const parts = path.map((p) => String(p));
  let line = item.line;
  if (parts[0] === 'lines' && item.lineRows && parts[1] !== undefined) line = item.lineRows[Number(parts[1])] ?? item.line;
  return { line, field: parts.length > 0 ? parts.join('.') : null, code, message, messageZh: importMessageZh(message) };
}
