import type { Express, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import { authenticateHttpRequest, setRefusalHeaders } from '../auth/http-exchange.js';
import type { Config } from '../config.js';
import { isAuthenticated } from '../auth/viewer.js';
import { InputError, typedError, type DomainError } from '../domain/errors.js';
import type { RouteLimits } from '../limits/auth-failure-limiter.js';
import { admitKnowledgeBatch, importKnowledgeBatch } from '../domain/monitoring/import-knowledge-batch.js';
import { decodeUpload } from './decode-upload.js';
import { BodyRefused, readBody } from '../http-body.js';
import { UNREAD_DRAIN_BYTES, closeAfterAnswer } from '../http-unread-body.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { UNAVAILABLE_EXTENSIONS, UNAVAILABLE_MESSAGE } from '../graphql/unavailable.js';

/** A national batch of 11,290 entries is 1.6 MB of NDJSON; this leaves room for the largest. */
export const KNOWLEDGE_UPLOAD_MAX_BYTES = 32 * 1024 * 1024;

const STATUS: Partial<Record<DomainError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/**
 * POST /knowledge/import?format=csv|tsv|ndjson[&national=true][&insurerId=<uuid>]: the batch file as
 * the request body (any content type; UTF-8 unless a charset is declared or a byte-order mark
 * says otherwise: see decode-upload.ts), for files beyond the GraphQL request body limit.
 * Same credential resolution (API key, or session cookie with its X-CSRF-Token) and rate budget
 * as /graphql, and the same command as `importKnowledgeEntries`: 200 with the report when
 * imported (or unchanged), 422 with the report's line errors when the batch is refused.
 */
export function mountKnowledgeImport(app: Express, config: Config, logger: Logger, { limiter, authFailures }: RouteLimits): void {
  app.post('/knowledge/import', async (req: Request, res: Response) => {
    // Every refusal but a refused batch is decided before the file is read (who may import
    // where, the query): its answer closes the connection, and at most UNREAD_DRAIN_BYTES more
    // of the body are read and dropped.
    const fail = (status: number, code: string, en: string, zh: string, extra: Record<string, unknown> = {}) => {
      closeAfterAnswer(req, res, UNREAD_DRAIN_BYTES);
      res.status(status).json({ error: en, errorZh: zh, code, ...extra });
    };
    try {
      const viewer = await authenticateHttpRequest(req, res, config, authFailures);
      if (!isAuthenticated(viewer)) {
        setRefusalHeaders(res, 401);
        fail(401, 'UNAUTHENTICATED', 'Authentication required', '需要登录或 API 密钥');
        return;
      }
      const refused = await limiter.consume(viewer, req.ip ?? null);
      if (refused) {
        res.setHeader('retry-after', String(refused.retryAfterSeconds));
        fail(429, 'RATE_LIMITED', `Rate limit exceeded; retry in ${refused.retryAfterSeconds} s`, `请求过于频繁，请 ${refused.retryAfterSeconds} 秒后重试`);
        return;
      }
      // `?insurerId[a]=b` or `?format=a&format=b` parse as objects or lists: refused, never
      // read as absent (an insurer id silently dropped would import into the caller's own).
      const odd = ['format', 'insurerId', 'national'].filter((name) => req.query[name] !== undefined && typeof req.query[name] !== 'string');
      if (odd.length > 0) {
        fail(400, 'BAD_USER_INPUT', `Give ${odd.join(', ')} once, as plain text`, `参数 ${odd.join('、')} 只能出现一次，且须为文本`, {
          fields: odd.map((name) => ({ path: ['input', name], message: 'must be given once, as text', messageZh: '只能出现一次，且须为文本' })),
        });
        return;
      }
      // `tsv` is a CSV whose header row is tab-separated (Excel's Unicode text): the reader takes the separator from it.
      const named = String(req.query.format ?? '').toUpperCase();
      const format = (named === 'TSV' ? 'CSV' : named) as 'CSV' | 'NDJSON';
      const insurerId = typeof req.query.insurerId === 'string' && req.query.insurerId !== '' ? req.query.insurerId : null;
      // Only true or false: anything else (TRUE, 1, yes) was read as false and refused as "name the insurer".
      const nationalText = String(req.query.national ?? 'false').toLowerCase();
      if (nationalText !== 'true' && nationalText !== 'false') {
        fail(400, 'BAD_USER_INPUT', 'national must be true or false', 'national 须为 true 或 false', {
          fields: [{ path: ['input', 'national'], message: 'must be true or false', messageZh: '须为 true 或 false' }],
        });
        return;
      }
      const national = nationalText === 'true';
      admitKnowledgeBatch(viewer, { national, insurerId, format });
      if (Number(req.headers['content-length']) > KNOWLEDGE_UPLOAD_MAX_BYTES) {
        fail(413, 'PAYLOAD_TOO_LARGE', `Batch file larger than ${KNOWLEDGE_UPLOAD_MAX_BYTES} bytes`, `批次文件超过 ${KNOWLEDGE_UPLOAD_MAX_BYTES} 字节`);
        return;
      }
      const parsed = await readBody(req, res, KNOWLEDGE_UPLOAD_MAX_BYTES).then(
        (bytes) => {
          const decoded = decodeUpload(bytes, req.headers['content-type']);
          if ('text' in decoded) return decoded.text;
          fail(decoded.status, decoded.code, decoded.en, decoded.zh);
          return null;
        },
        (error: unknown) => {
          if (!(error instanceof BodyRefused)) throw error;
          if (error.status === 413) fail(413, 'PAYLOAD_TOO_LARGE', `Batch file larger than ${KNOWLEDGE_UPLOAD_MAX_BYTES} bytes`, `批次文件超过 ${KNOWLEDGE_UPLOAD_MAX_BYTES} 字节`);
          else fail(400, 'BAD_REQUEST', 'The request body could not be read', '无法读取请求内容');
          return null;
        },
      );
      if (parsed === null) return;
      const report = await importKnowledgeBatch({ actor: viewer, requestId: res.locals.requestId as string }, { national, insurerId, format, content: parsed });
      const imported = report.errors.length === 0 && !report.errorsTruncated;
      res.status(imported ? 200 : 422).json({ imported, ...report });
    } catch (error) {
      // A domain refusal, or the database's (a unique index: CONFLICT; a foreign key: NOT_FOUND), as /graphql answers.
      const typed = typedError(error);
      if (typed) {
        setRefusalHeaders(res, STATUS[typed.code] ?? 409, typed);
        fail(STATUS[typed.code] ?? 409, typed.code, typed.message, typed.messageZh, typed instanceof InputError ? { fields: typed.issues } : {});
        return;
      }
      // A database down or a batch that outran its transaction on a loaded server: nothing was
      // written, 503 with a retry time as /graphql and /claims/import answer (it was a 500).
      if (isDatabaseUnavailable(error) && !res.headersSent) {
        res.setHeader('retry-after', String(UNAVAILABLE_EXTENSIONS.retryAfterSeconds));
        fail(503, UNAVAILABLE_EXTENSIONS.code, UNAVAILABLE_MESSAGE, UNAVAILABLE_EXTENSIONS.messageZh);
        return;
      }
      logger.error({ err: error, requestId: res.locals.requestId }, 'knowledge import failed');
      if (!res.headersSent) fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error', '服务器内部错误');
    }
  });
}
