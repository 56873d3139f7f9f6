import { once } from 'node:events';
import type { Express, Request, Response } from 'express';
import type { PrismaClient } from '../db/database.js';
import type { Logger } from '../logger.js';
import { authenticateHttpRequest, setRefusalHeaders } from '../auth/http-exchange.js';
import type { Config } from '../config.js';
import { DomainError } from '../domain/errors.js';
import type { RouteLimits } from '../limits/auth-failure-limiter.js';
import { can } from '../auth/capabilities.js';
import { audienceAllows, resolveAudience } from './audience.js';
import { GENESIS_HASH, HASH_FORMAT } from './canonical.js';
import { EXPORT_FORMAT, eventLine, linkLine, type ExportHeader } from './export-format.js';

const PAGE = 1000;
const SEQ = /^\d{1,19}$/;
/** Sequence numbers are PostgreSQL bigints: 19 digits can pass its maximum (9999999999999999999 did: a 500). */
const MAX_SEQ = 9_223_372_036_854_775_807n;
const isSeq = (text: string) => SEQ.test(text) && BigInt(text) <= MAX_SEQ;

/**
 * GET /audit/export?from=&to= → NDJSON (see export-format.ts), for the caller's credential
 * (API key or session, like /graphql). Streamed page by page with backpressure, so a long
 * range costs constant memory.
 *
 * It meets the operation pipeline's steps that apply to it (server/graphql/pipeline.ts): the
 * same credential → viewer resolution, the same per-credential rate-limit budget as GraphQL,
 * typed errors answered with their HTTP status in both languages, and a request-log line.
 */
export function mountAuditExport(app: Express, prisma: () => PrismaClient, config: Config, logger: Logger, { limiter, authFailures }: RouteLimits): void {
  app.get('/audit/export', async (req: Request, res: Response) => {
    const started = process.hrtime.bigint();
    res.once('finish', () =>
      logger.info({ requestId: res.locals.requestId, route: 'audit-export', status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'http'),
    );
    let viewer;
    try {
      viewer = await authenticateHttpRequest(req, res, config, authFailures);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === 'FORBIDDEN' ? 403 : error.code === 'RATE_LIMITED' ? 429 : 401;
      setRefusalHeaders(res, status, error);
      res.status(status).json({ error: error.message, errorZh: error.messageZh, code: error.code });
      return;
    }
    const refused = await limiter.consume(viewer, req.ip ?? null);
    if (refused) {
      res.setHeader('retry-after', String(refused.retryAfterSeconds));
      res.status(429).json({
        error: `Rate limit exceeded (${refused.perMinute} operations per minute); retry in ${refused.retryAfterSeconds} s`,
        errorZh: `请求过于频繁（每分钟最多 ${refused.perMinute} 次），请 ${refused.retryAfterSeconds} 秒后重试`,
        code: 'RATE_LIMITED',
      });
      return;
    }
    if (!can(viewer.role, 'read')) {
      setRefusalHeaders(res, 401);
      res.status(401).json({ error: 'Authentication required', errorZh: '需要登录或 API 密钥', code: 'UNAUTHENTICATED' });
      return;
    }
    const fromText = typeof req.query.from === 'string' ? req.query.from : '1';
    const toText = typeof req.query.to === 'string' ? req.query.to : undefined;
    if (!isSeq(fromText) || (toText !== undefined && !isSeq(toText))) {
      res.status(400).json({ error: `from and to must be sequence numbers (0 to ${MAX_SEQ})`, errorZh: `from 与 to 必须是序号（0 至 ${MAX_SEQ}）`, code: 'BAD_USER_INPUT' });
      return;
    }
    // An inverted range is a caller's mistake, not an empty chain: say so rather than export nothing.
    if (toText !== undefined && BigInt(toText) < BigInt(fromText)) {
      res.status(400).json({ error: 'to must not be before from', errorZh: 'to 不能小于 from', code: 'BAD_USER_INPUT' });
      return;
    }
    const db = prisma();
    const from = BigInt(fromText) > 0n ? BigInt(fromText) : 1n;
    try {
      const audience = await resolveAudience(db, viewer);
      const head = await db.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
      const to = head ? (toText !== undefined && BigInt(toText) < head.seq ? BigInt(toText) : head.seq) : null;
      const anchor =
        from === 1n ? GENESIS_HASH : ((await db.auditEvent.findUnique({ where: { seq: from - 1n }, select: { hash: true } }))?.hash ?? null);
      const checkpoints = to === null ? [] : await db.auditCheckpoint.findMany({ where: { seq: { gte: from, lte: to } }, orderBy: { seq: 'asc' } });
      const header: ExportHeader = {
        kind: 'header',
        format: EXPORT_FORMAT,
        hashFormat: HASH_FORMAT,
        from: from.toString(),
        to: to?.toString() ?? null,
        anchorPrevHash: anchor,
        exportedAt: new Date().toISOString(),
        checkpoints: checkpoints.map((c) => ({ seq: c.seq.toString(), hash: c.hash })),
      };
      res.status(200);
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="audit-${header.from}-${header.to ?? 'empty'}.ndjson"`);
      res.setHeader('cache-control', 'no-store');
      res.write(`${JSON.stringify(header)}\n`);
      let after = from - 1n;
      while (to !== null && after < to) {
        const rows = await db.auditEvent.findMany({ where: { seq: { gt: after, lte: to } }, orderBy: { seq: 'asc' }, take: PAGE });
        if (rows.length === 0) break;
        const chunk = rows.map((row) => JSON.stringify(audienceAllows(audience, row) ? eventLine(row) : linkLine(row))).join('\n');
        if (!res.write(`${chunk}\n`)) await once(res, 'drain');
        after = rows[rows.length - 1]!.seq;
        if (res.destroyed) return;
      }
      res.end();
    } catch (error) {
      logger.error({ err: error, requestId: res.locals.requestId }, 'audit export failed');
      if (res.headersSent) res.destroy(error as Error);
      else res.status(500).json({ error: 'Internal server error' });
    }
  });
}
