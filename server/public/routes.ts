import { Router, type Request, type Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { db } from '../db/database.js';
import { PUBLIC_SELECT, PUBLISHED_NOW, toPublicJson } from '../domain/disclosure/public-view.js';
import { renderPublicPage } from './page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS = ['BLACKLISTED_PROVIDER', 'TYPICAL_CASE'] as const;
const LIST_PARAMS = new Set(['kind', 'limit', 'offset']);

/**
 * The anonymous public view of what insurers publish (曝光, credit publicity): read-only, no
 * login, no cookies read, rate-limited per IP, and only the published model's columns.
 *   GET /public/                     plain server-rendered HTML (no scripts, no outside assets)
 *   GET /public/api/disclosures      JSON list (?kind=, ?limit= ≤ 100, ?offset=)
 *   GET /public/api/disclosures/:id  JSON item, 404 when unpublished or withdrawn
 */
export function publicRoutes(config: Config, logger: Logger): Router {
  const router = Router();
  const limiter = new RateLimiterMemory({ points: config.publicRateLimitPerMinute, duration: 60 });
  router.use(async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? 'unknown');
      res.setHeader('cache-control', 'public, max-age=30');
      res.setHeader('x-content-type-options', 'nosniff');
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      res.setHeader('retry-after', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))));
      res.status(429).json({ error: 'RATE_LIMITED' });
    }
  });
  router.get(
    '/api/disclosures',
    handle(logger, async (req, res) => {
      const q = parseQuery(req);
      if (!q)
        return void res
          .status(400)
          .json({ error: 'BAD_REQUEST', message: 'only kind, limit (1-100) and offset, once each' });
      const where = { ...PUBLISHED_NOW, ...(q.kind ? { kind: q.kind } : {}) };
      const [items, total] = await Promise.all([
        db().publicDisclosure.findMany({
          where,
          select: PUBLIC_SELECT,
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
          take: q.limit,
          skip: q.offset,
        }),
        db().publicDisclosure.count({ where }),
      ]);
      res.json({ total, items: items.map(toPublicJson) });
    }),
  );
  router.get(
    '/api/disclosures/:id',
    handle(logger, async (req, res) => {
      const id = String(req.params.id);
      const row = UUID.test(id)
        ? await db().publicDisclosure.findFirst({ where: { ...PUBLISHED_NOW, id }, select: PUBLIC_SELECT })
        : null;
      if (!row) return void res.status(404).json({ error: 'NOT_FOUND' });
      res.json(toPublicJson(row));
    }),
  );
  router.get(
    '/',
    handle(logger, async (_req, res) => {
      const items = await db().publicDisclosure.findMany({
        where: PUBLISHED_NOW,
        select: PUBLIC_SELECT,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: 200,
      });
      res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      res.type('html').send(renderPublicPage(items.map(toPublicJson)));
    }),
  );
  router.use((_req, res) => void res.status(404).json({ error: 'NOT_FOUND' }));
  return router;
}

function parseQuery(
  req: Request,
): { kind: (typeof KINDS)[number] | null; limit: number; offset: number } | null {
  // `?kind[]=x` (an unknown name) or `?kind=a&kind=b` (an array): refused, never silently
  // ignored, which would answer every kind to a caller who asked for one.
  if (Object.keys(req.query).some((name) => !LIST_PARAMS.has(name))) return null;
  const { kind: kindValue, limit: limitValue, offset: offsetValue } = req.query;
  if ([kindValue, limitValue, offsetValue].some((v) => v !== undefined && typeof v !== 'string')) return null;
  const kind = typeof kindValue === 'string' ? kindValue : null;
  const limit = req.query.limit === undefined ? 50 : Number(req.query.limit);
  const offset = req.query.offset === undefined ? 0 : Number(req.query.offset);
  if (kind !== null && !(KINDS as readonly string[]).includes(kind)) return null;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return null;
  if (!Number.isInteger(offset) || offset < 0 || offset > 100_000) return null;
  return { kind: kind as (typeof KINDS)[number] | null, limit, offset };
}

function handle(logger: Logger, fn: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response) => {
    fn(req, res).catch((err: unknown) => {
      logger.error({ err, requestId: res.locals.requestId }, 'public view failed');
      if (!res.headersSent) res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    });
  };
}
