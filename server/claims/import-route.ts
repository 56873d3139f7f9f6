import type { Express, Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RouteLimits } from '../limits/auth-failure-limiter.js';
import type { Viewer } from '../auth/viewer.js';
import { authenticateHttpRequest, setRefusalHeaders } from '../auth/http-exchange.js';
import { can } from '../auth/capabilities.js';
import { db } from '../db/database.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { DomainError, typedError } from '../domain/errors.js';
import { readClaimFile, type ClaimFileFormat } from '../domain/monitoring/claim-file.js';
import { importClaims, type ImportReport } from '../domain/monitoring/import-claims.js';
import { decodeGlobalId } from '../../schema/global-id.js';
import { UNAVAILABLE_EXTENSIONS, UNAVAILABLE_MESSAGE } from '../graphql/unavailable.js';
import { UploadRefused, uploadGuard } from './upload-guard.js';
import { UNREAD_DRAIN_BYTES, closeAfterAnswer } from '../http-unread-body.js';
import { sendContinue } from '../http-body.js';
import { declaredCharset } from '../../schema/file-text.js';

/** A claim of 500 lines is about 150 kB of JSON; no honest line comes near this. */
const MAX_LINE_BYTES = 1 << 20;
/** What is still read (and dropped) of a body refused part-way, so the client gets to read the answer. */
const DRAIN_BYTES = 64 << 20;

const MEDIA_TYPES: Record<string, ClaimFileFormat> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
  'text/csv': 'csv',
  // Tab-separated (Excel's "Unicode text", a WPS or LibreOffice TSV): read as CSV, the cell
  // separator taken from the header row (csv-rows.ts delimiterOf).
  'text/tab-separated-values': 'csv',
};

/**
 * POST /claims/import — the streaming upload of a settled-claims file (NDJSON, CSV or tab-separated) for the
 * insurer of the caller's credential (a platform admin names one: `?insurerId=<global id>`).
 * The format comes from Content-Type or `?format=`; the charset from a byte-order mark, the
 * Content-Type's `charset`, else UTF-8 or GB18030 (upload-guard.ts). The body is read as it arrives, through
 * the same command as `npm run claims:import` (importClaims: batches committed whole with their
 * `claims.imported` event, known settlement ids skipped), so memory does not grow with the file.
 *
 * Like the audit export it meets the operation pipeline's steps that apply (credential → viewer
 * with the session's CSRF check, the per-credential rate-limit budget, a request-log line, typed
 * errors with their HTTP status in both languages). A body refused part-way (too large, not
 * text) answers 4xx with the report so far: batches committed before stay (re-sending the file
 * skips them).
 */
export function mountClaimsImport(app: Express, config: Config, logger: Logger, { limiter, authFailures }: RouteLimits): void {
  app.post('/claims/import', async (req: Request, res: Response) => {
    const started = process.hrtime.bigint();
    res.once('finish', () =>
      logger.info({ requestId: res.locals.requestId, route: 'claims-import', status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'http'),
    );
    // Refusals before the body is piped close the connection after the answer, reading and
    // dropping at most UNREAD_DRAIN_BYTES more (Node would drain a refused 1 GB upload whole).
    let piped = false;
    const refuseUnread = (status: number, code: string, en: string, zh: string, extra: Record<string, unknown> = {}) => {
      if (!piped) closeAfterAnswer(req, res, UNREAD_DRAIN_BYTES);
      refuse(res, status, code, en, zh, extra);
    };
    try {
      const viewer = await authenticateHttpRequest(req, res, config, authFailures);
      const refused = await limiter.consume(viewer, req.ip ?? null);
      if (refused) {
        res.setHeader('retry-after', String(refused.retryAfterSeconds));
        return refuseUnread(429, 'RATE_LIMITED', `Rate limit exceeded (${refused.perMinute} operations per minute); retry in ${refused.retryAfterSeconds} s`, `请求过于频繁（每分钟最多 ${refused.perMinute} 次），请 ${refused.retryAfterSeconds} 秒后重试`);
      }
      if (viewer.role === null) {
        setRefusalHeaders(res, 401);
        return refuseUnread(401, 'UNAUTHENTICATED', 'Authentication required', '需要登录或 API 密钥');
      }
      if (!can(viewer.role, 'importClaims'))
        return refuseUnread(403, 'FORBIDDEN', "Importing claims is for the insurer's clerks and auditors", '只有经办机构的经办人员、稽核人员可以导入结算记录');
      const format = formatOf(req);
      if (!format) return refuseUnread(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send NDJSON (application/x-ndjson), CSV (text/csv) or tab-separated text (text/tab-separated-values), or name it with ?format=ndjson|csv|tsv', '请以 NDJSON（application/x-ndjson）、CSV（text/csv）或制表符分隔文本（text/tab-separated-values）格式上传，或用 ?format=ndjson|csv|tsv 指明格式');
      const insurerId = await insurerOf(req, viewer);
      const declared = Number(req.headers['content-length']);
      if (declared > config.claimsImportMaxBytes) throw tooLarge(config.claimsImportMaxBytes);
      if (declared === 0) throw emptyFile();

      const guard = uploadGuard({ maxBytes: config.claimsImportMaxBytes, maxLineBytes: MAX_LINE_BYTES, charset: declaredCharset(req.headers['content-type']) });
      req.once('error', (error) => guard.destroy(error));
      req.once('aborted', () => guard.destroy(new UploadRefused(400, 'UPLOAD_ABORTED', 'The upload was aborted', '上传已中断')));
      sendContinue(req, res);
      req.pipe(guard);
      piped = true;
      let report: ImportReport | null = null;
      try {
        report = await importClaims({ actor: viewer, requestId: res.locals.requestId as string }, insurerId, readClaimFile(guard, format), {
          onProgress: (r) => (report = r),
        });
      } catch (error) {
        req.unpipe(guard);
        if (error instanceof UploadRefused) closeAfterAnswer(req, res, DRAIN_BYTES);
        throw error instanceof UploadRefused && report ? Object.assign(error, { report }) : error;
      }
      if (report.claimsRead === 0) throw emptyFile();
      res.status(200).json({ format, ...answer(report) });
    } catch (error) {
      if (res.headersSent) return void res.destroy(error as Error);
      if (error instanceof UploadRefused) {
        const partial = (error as UploadRefused & { report?: ImportReport }).report;
        return refuseUnread(error.status, error.code, error.message, error.messageZh, partial ? { report: answer(partial) } : {});
      }
      const typed = typedError(error);
      if (typed) {
        setRefusalHeaders(res, statusOf(typed), typed);
        return refuseUnread(statusOf(typed), typed.code, typed.message, typed.messageZh, detailsOf(typed));
      }
      if (isDatabaseUnavailable(error)) {
        res.setHeader('retry-after', String(UNAVAILABLE_EXTENSIONS.retryAfterSeconds));
        return refuseUnread(503, UNAVAILABLE_EXTENSIONS.code, UNAVAILABLE_MESSAGE, UNAVAILABLE_EXTENSIONS.messageZh);
      }
      logger.error({ err: error, requestId: res.locals.requestId }, 'claims import failed');
      refuseUnread(500, 'INTERNAL_SERVER_ERROR', 'Internal server error', '服务器内部错误');
    }
  });
}

/** The report as clients read it: counts, then every refused line with both languages. */
function answer(r: ImportReport) {
  return {
    importId: r.importId,
    claimsRead: r.claimsRead,
    imported: r.inserted,
    unchanged: r.duplicates,
    refused: r.refused,
    batchesCommitted: r.batchesCommitted,
    batchesRefused: r.batchesRefused,
    errors: r.errors.map((e) => ({ line: e.line, field: e.field, code: e.code, messageEn: e.message, messageZh: e.messageZh })),
    errorsTruncated: r.errorsTruncated,
  };
}

function refuse(res: Response, status: number, code: string, en: string, zh: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error: en, errorZh: zh, code, ...extra });
}

function formatOf(req: Request): ClaimFileFormat | null {
  // Any case, as /knowledge/import reads it (?format=TSV was refused as an unknown format).
  const named = typeof req.query.format === 'string' ? req.query.format.toLowerCase() : req.query.format;
  if (named !== undefined) return named === 'ndjson' || named === 'csv' ? named : named === 'tsv' ? 'csv' : null;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPES[type] ?? null;
}

/** The viewer's own insurer; a platform admin (who has none) names one by its global id. */
async function insurerOf(req: Request, viewer: Viewer): Promise<string> {
  const named = req.query.insurerId;
  if (named === undefined) {
    if (viewer.insurerId) return viewer.insurerId;
    throw new DomainError('BAD_USER_INPUT', { en: 'Name the insurer: ?insurerId=<global id>', zh: '请用 ?insurerId=<全局 ID> 指明经办机构' });
  }
  const decoded = typeof named === 'string' ? decodeGlobalId(named) : null;
  if (!decoded || decoded.typename !== 'Insurer')
    throw new DomainError('BAD_USER_INPUT', { en: 'insurerId must be the global id of an insurer', zh: 'insurerId 须为经办机构的全局 ID' });
  // Another insurer's staff learn nothing: the same answer as an insurer that does not exist.
  const exists = viewer.role === 'PLATFORM_ADMIN' ? await db().insurer.findUnique({ where: { id: decoded.id }, select: { id: true } }) : decoded.id === viewer.insurerId;
  if (!exists)
    throw new DomainError('NOT_FOUND', { en: 'Insurer not found (or not visible to you)', zh: '未找到该经办机构，或无权查看' }, { entity: 'Insurer', id: named });
  return decoded.id;
}

function statusOf(error: DomainError): number {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'RATE_LIMITED':
      return 429;
    case 'CONFLICT':
      return 409;
    default:
      return 400;
  }
}

function detailsOf(error: DomainError): Record<string, unknown> {
  const issues = error.details.issues;
  return Array.isArray(issues) ? { issues } : {};
}

const tooLarge = (max: number) => new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${max} bytes`, `文件超过 ${max} 字节的上限`);
const emptyFile = () => new UploadRefused(400, 'EMPTY_FILE', 'The file holds no claims', '文件中没有结算记录');
