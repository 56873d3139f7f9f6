import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse, type ServerOptions } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { apolloAnswer } from './graphql/apollo-answer.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import type { Logger } from './logger.js';
import { authenticateHttpRequest, httpExchange } from './auth/http-exchange.js';
import type { AuthFailureLimiter } from './limits/auth-failure-limiter.js';
import { adminStatic, graphiqlPage } from './admin-static.js';
import { DomainError } from './domain/errors.js';
import { toGraphQLError } from './graphql/format-error.js';
import { publicRoutes } from './public/routes.js';
import { isDatabaseUnavailable } from './db/connection-errors.js';
import { serviceUnavailable } from './graphql/unavailable.js';
import {
  allowOnlyGetAndPost,
  dropAbsentGetParameters,
  headAsGet,
  notFound,
  refuse,
  requireAcceptableAnswer,
  refuseDeclaredTooLarge,
  requireJsonBody,
  withAuthChallenge,
} from './graphql/http-protocol.js';
import { requireWellFormedRequest } from './graphql/well-formed-request.js';
import { readJsonBody } from './graphql/json-body.js';
import { awaitsContinue } from './http-body.js';
import type { Viewer } from './auth/viewer.js';

export interface HttpAppOptions {
  /** The app to fill in: made before the HTTP server (`newExpressApp`, `expressServerOptions`). */
  app?: Express;
  config: Config;
  logger: Logger;
  apollo: ApolloServer<Context>;
  /** Answers whether the database is reachable now (readiness, not liveness). */
  isReady: () => Promise<boolean>;
  /** Failed authentications per client address (the pipeline's). */
  authFailures: AuthFailureLimiter;
  /** Extra routes other parts mount (e.g. the audit export). */
  routes?: (app: Express) => void;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The hub's Express application, before its routes (createHttpApp mounts them). */
export function newExpressApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  return app;
}

/**
 * Node's HTTP server options under which every request and response is created as `app`'s
 * own Express objects. Express otherwise re-parents both on entry (`Object.setPrototypeOf` to
 * the app's request and response, and again into and out of a sub-application): the objects'
 * hidden classes change on every request, and every later property access on them, in Express
 * and in Node's own HTTP code, runs slower. Measured in one process, 8 concurrent keep-alive
 * clients, 12 pass-through middlewares (bench/PERFORMANCE.md, "The HTTP layer"): ~181 µs of
 * CPU per request (client and server) as the hub was, ~87 µs born as the app's objects, ~70 µs
 * for bare Node. Nothing else differs: the objects are the same Node classes underneath.
 */
export function expressServerOptions(app: Express): ServerOptions {
  function HubRequest(this: IncomingMessage, ...args: ConstructorParameters<typeof IncomingMessage>) {
    (IncomingMessage as unknown as (...a: typeof args) => void).apply(this, args);
  }
  HubRequest.prototype = app.request;
  function HubResponse(this: ServerResponse, ...args: ConstructorParameters<typeof ServerResponse>) {
    (ServerResponse as unknown as (...a: typeof args) => void).apply(this, args);
  }
  HubResponse.prototype = app.response;
  return {
    IncomingMessage: HubRequest as unknown as typeof IncomingMessage,
    ServerResponse: HubResponse as unknown as typeof ServerResponse,
  };
}

export function createHttpApp({ app = newExpressApp(), config, logger, apollo, isReady, authFailures, routes }: HttpAppOptions): Express {

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  app.get('/', (_req, res) => res.redirect('/admin/'));
  app.use('/admin', adminStatic({ timeZone: config.timeZone }));
  app.use('/public', publicRoutes(config, logger));
  mountGraphiql(app, config);
  routes?.(app);

  // A router, not a sub-application (entering one re-parents the request and response, see
  // expressServerOptions). Answers are per viewer and `no-store`, so they carry no ETag and a
  // conditional GET is never 304: Apollo's answers are written by apolloAnswer and refusals
  // by `refuse`, neither through Express's `send`, which would add them.
  const graphql = express.Router();
  app.use('/graphql', graphql);
  graphql.use(
    // The media type of every answer depends on Accept (RFC 9110 §12.5.5: say so to caches).
    // No answer is stored: Apollo's own refusals (405, 406) bypass the plugins that say so, and
    // a 405 is heuristically cacheable (RFC 9110 §15.5.6).
    (req, res, next) => {
      // The CORS headers depend on Origin too, granted or not.
      res.vary('Accept').vary('Origin');
      res.set('cache-control', 'no-store');
      if (req.path !== '/') return notFound(req, res);
      next();
    },
    cors({
      // CORS headers only for an allowed origin: given a list, the cors package sent
      // Access-Control-Allow-Credentials, -Methods and -Expose-Headers to every request (no
      // Origin, another site's), and answered another site's preflight 204. Not granted, a
      // preflight is an OPTIONS request like any other: 405 below.
      origin: (origin, grant) => grant(null, origin !== undefined && config.corsOrigins.includes(origin) ? origin : false),
      credentials: true,
      maxAge: 600,
      // What /graphql answers (others are 405); the headers a partner's page must read:
      // Retry-After on 429 and 503, the challenge on 401, the request id to quote.
      methods: ['GET', 'POST'],
      exposedHeaders: ['Retry-After', 'WWW-Authenticate', 'X-Request-Id'],
    }),
    headAsGet,
    allowOnlyGetAndPost,
    requireAcceptableAnswer,
    dropAbsentGetParameters,
    requireJsonBody,
    refuseDeclaredTooLarge(config.maxBodyBytes),
    credentialBeforeContinue(config, authFailures),
    readJsonBody(config.maxBodyBytes),
    requireWellFormedRequest,
    apolloAnswer(apollo, async ({ req, res }) =>
        createContext({
          viewer:
            (res.locals.viewer as Viewer | undefined) ??
            (await authenticateHttpRequest(req, res, config, authFailures).catch((error: unknown) => {
              // Auth speaks in typed errors; the transport gives them their HTTP status (401, 403).
              // Checking a credential needs the database: while it is down, say "retry", not 500.
              if (isDatabaseUnavailable(error)) throw serviceUnavailable();
              throw error instanceof DomainError ? withAuthChallenge(toGraphQLError(error)) : error;
            })),
          requestId: res.locals.requestId as string,
          logger,
          operationName: typeof req.body?.operationName === 'string' ? req.body.operationName : null,
          http: httpExchange(req, res, config, authFailures, (error) => withAuthChallenge(toGraphQLError(error))),
        }),
    ),
  );

  // Body-parser errors (too large, malformed JSON) answer in GraphQL's error shape, within
  // /graphql first (its router's error handler), then for the other routes.
  const bodyErrors = bodyErrorHandler(logger, config.maxBodyBytes);
  graphql.use(bodyErrors);
  app.use(notFound);
  app.use(bodyErrors);
  return app;
}

/**
 * A client that waits for `100 Continue` (Expect: 100-continue) before sending its body is
 * told to send it only once its credential is good: a bad key or session is answered 401 (or
 * 429 when its address is over the failed-authentication budget) and the body never leaves
 * the client. The viewer found is the one the operation runs as (`res.locals.viewer`), so the
 * credential is checked, and counted, once. Other requests are checked where they always were.
 */
function credentialBeforeContinue(config: Config, authFailures: AuthFailureLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!awaitsContinue(req)) return next();
    authenticateHttpRequest(req, res, config, authFailures).then(
      (viewer) => {
        res.locals.viewer = viewer;
        next();
      },
      (error: unknown) => {
        if (isDatabaseUnavailable(error)) error = serviceUnavailable();
        else if (error instanceof DomainError) error = withAuthChallenge(toGraphQLError(error));
        else return next(error);
        const { code, messageEn, messageZh, http, ...extensions } = (error as GraphQLError).extensions as {
          code: string;
          messageEn?: string;
          messageZh: string;
          http: { status: number; headers?: Map<string, string> };
        };
        for (const [name, value] of http.headers ?? []) res.setHeader(name, value);
        refuse(req, res, http.status, code, messageEn ?? (error as GraphQLError).message, messageZh, extensions);
      },
    );
  };
}

function bodyErrorHandler(logger: Logger, maxBodyBytes: number) {
  return (err: { status?: number; type?: string; message?: string; body?: unknown }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    // body-parser answers 403 for any error of `verify`: invalid UTF-8 is a bad request.
    const status = err.type === 'encoding.invalid' ? 400 : (err.status ?? 500);
    if (status >= 500) logger.error({ err, requestId: res.locals.requestId }, 'http error');
    const coding = contentCoding(req);
    // RFC 9110 §12.5.3: a 415 for a content coding names the codings that are accepted.
    if (err.type === 'encoding.unsupported') res.set('accept-encoding', ACCEPTED_CODINGS.join(', '));
    const [code, message, messageZh] = coding && status === 400 && !err.type ? undecodable(coding) : bodyRefusal(err, status, maxBodyBytes, coding);
    refuse(req, res, status, code, message, messageZh);
  };
}

/** The content codings body-parser decodes (Content-Encoding of a request body). */
const ACCEPTED_CODINGS = ['gzip', 'deflate', 'br'];

/** The request body's Content-Encoding, null when none or identity. */
function contentCoding(req: Request): string | null {
  const coding = req.headers['content-encoding']?.trim().toLowerCase().slice(0, 40);
  return coding && coding !== 'identity' ? coding : null;
}

/** A body its Content-Encoding does not decode (zlib's own words were "incorrect header check"). */
function undecodable(coding: string): [string, string, string] {
  return ['BAD_REQUEST', `The request body is not valid ${coding} data (Content-Encoding: ${coding})`, `请求内容无法按 Content-Encoding（${coding}）解压`];
}

/**
 * Code and both languages for a request body the JSON parser refused before GraphQL saw it:
 * too large (after decompression), not JSON (`query {`, `1`, a truncated object), in a
 * charset JSON does not allow (`charset=gbk`: JSON is UTF-8), or compressed with a coding
 * that is not decoded (`zstd`, `gzip, gzip`: it said "send UTF-8 JSON").
 */
function bodyRefusal(err: { type?: string; message?: string; body?: unknown }, status: number, maxBytes: number, coding: string | null): [string, string, string] {
  if (err.type === 'entity.too.large') return ['PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`, `请求内容超过 ${maxBytes} 字节`];
  if (err.type === 'encoding.unsupported') {
    const accepted = ACCEPTED_CODINGS.join(', ');
    return [
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Encoding ${coding ?? ''} is not accepted: send the body uncompressed, or compressed with one of ${accepted}`,
      `不支持请求内容编码 ${coding ?? ''}：请发送未压缩的内容，或使用 ${accepted} 之一压缩`,
    ];
  }
  if (err.type === 'charset.unsupported') {
    return ['UNSUPPORTED_MEDIA_TYPE', `${err.message ?? 'Unsupported encoding'}: send UTF-8 JSON`, '请求内容须为 UTF-8 编码的 JSON'];
  }
  if (status >= 500) return ['INTERNAL_SERVER_ERROR', 'Internal server error', '服务器内部错误'];
  if (err.type === 'encoding.invalid') return ['BAD_REQUEST', err.message ?? 'The request body is not valid UTF-8', '请求内容不是有效的 UTF-8 文本'];
  if (err.type === 'entity.parse.failed') {
    const kind = scalarJsonKind(err.body);
    if (kind) return ['BAD_REQUEST', `The request body must be a JSON object with \`query\`, not ${kind[0]}`, `请求内容须为包含 \`query\` 的 JSON 对象，而不是${kind[1]}`];
    return ['BAD_REQUEST', `The request body is not a JSON object: ${err.message ?? ''}`.trim(), '请求内容不是有效的 JSON 对象'];
  }
  return ['BAD_REQUEST', err.message ?? 'Bad request', '请求格式有误'];
}

/**
 * What a body is when it is JSON but not an object or array, in en and zh. body-parser's strict
 * mode refuses it with JSON.parse's words for a mangled copy ("\"null\" is not valid JSON"),
 * telling a client that sent valid JSON of the wrong kind that its JSON does not parse.
 */
function scalarJsonKind(body: unknown): [en: string, zh: string] | null {
  if (typeof body !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (value === null) return ['null', ' null'];
  if (typeof value === 'string') return ['a string', '字符串'];
  if (typeof value === 'number') return ['a number', '数字'];
  if (typeof value === 'boolean') return ['a boolean', '布尔值'];
  return null;
}

/**
 * The GraphQL IDE, bundled with the console (admin/graphiql.html: GraphiQL, nothing loaded
 * from outside), at /graphiql; a browser opening /graphql (Accept: text/html, no query) is
 * sent there. Only where introspection is on: the IDE is useless without it, and production
 * turns both off.
 */
function mountGraphiql(app: Express, config: Config): void {
  if (!config.introspection) return;
  const page = graphiqlPage(config.timeZone);
  app.get('/graphiql', (_req, res) => {
    const html = page();
    if (!html) {
      res.status(503).type('text/plain; charset=utf-8').send('The GraphQL IDE is not built yet: run `npm run admin:build`.\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  app.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.redirect(302, '/graphiql');
    else next();
  });
}
