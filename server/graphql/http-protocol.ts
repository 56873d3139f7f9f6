import type { NextFunction, Request, Response } from 'express';
import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { BEARER_CHALLENGE, answerMediaType } from '../auth/http-exchange.js';
import { UNREAD_DRAIN_BYTES, closeAfterAnswer } from '../http-unread-body.js';
import { declaredCharset } from '../../schema/file-text.js';
import { writeText } from './apollo-answer.js';

/**
 * The parts of the GraphQL-over-HTTP specification (graphql/graphql-over-http,
 * spec/GraphQLOverHTTP.md) that Apollo leaves to the transport, checked before Apollo sees
 * the request (the request parameters themselves: well-formed-request.ts). Each answer is a GraphQL error body: `{ errors: [{ message, extensions: { code,
 * messageZh, messageEn } }] }`.
 */

export const OPTIONAL_PARAMETERS = ['operationName', 'variables', 'extensions'] as const;

/**
 * GET: "Specifying the empty string for optional request parameters is equivalent to not
 * specifying them at all." Apollo reads `operationName=` as an operation named "" and
 * `variables=` as invalid JSON; they are dropped from the URL it parses. So are `variables=null`
 * and `extensions=null`: the specification lets either be null (JSON's null, as in a POST body),
 * and Apollo answered 400 "should contain a JSON-encoded object".
 */
export function dropAbsentGetParameters(req: Request, _res: Response, next: NextFunction): void {
  if (req.method !== 'GET') return next();
  const at = req.url.indexOf('?');
  if (at < 0) return next();
  const search = new URLSearchParams(req.url.slice(at + 1));
  let dropped = false;
  for (const name of OPTIONAL_PARAMETERS) {
    const values = search.getAll(name);
    const absent = (v: string) => v === '' || (name !== 'operationName' && v.trim() === 'null');
    if (values.length > 0 && values.every(absent)) {
      search.delete(name);
      dropped = true;
    }
  }
  if (dropped) req.url = `${req.url.slice(0, at)}?${search.toString()}`;
  next();
}

/**
 * HEAD is GET without the content (RFC 9110 §9.3.2: the same status and header fields). It was
 * 405, so an uptime monitor or `curl -I` checking `/graphql?query={__typename}` saw a failure
 * where GET answered 200, and a HEAD of a mutation 405 `Allow: GET, POST` where GET says
 * `Allow: POST`. The request goes on as the GET it stands for, through the same checks, rate
 * budget and logs (it costs what that GET costs, nothing more); Node knows the response is to
 * a HEAD from the request line and writes no body.
 */
export function headAsGet(req: Request, _res: Response, next: NextFunction): void {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
}

/**
 * /graphql answers GET (and HEAD, headAsGet) and POST (CORS answers OPTIONS first). Any other
 * method is 405 with `Allow: GET, HEAD, POST`, in the GraphQL error shape: Apollo's own answer
 * said "Apollo Server supports only GET/POST requests." in English only.
 */
export function allowOnlyGetAndPost(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'POST') return next();
  res.set('allow', 'GET, HEAD, POST');
  const method = req.method.replace(/[^A-Za-z-]/g, '').slice(0, 20);
  refuse(
    req,
    res,
    405,
    'METHOD_NOT_ALLOWED',
    `The ${method} method is not accepted here: send GraphQL requests with POST, or queries with GET`,
    `此地址不接受 ${method} 请求：请用 POST 发送 GraphQL 请求，查询也可用 GET`,
  );
}

/**
 * The answer is GraphQL JSON in one of two media types: a client whose Accept allows neither
 * gets 406, as Apollo would answer, but with a code of its own and in zh and en (Apollo's was
 * BAD_REQUEST and English only).
 */
export function requireAcceptableAnswer(req: Request, res: Response, next: NextFunction): void {
  if (answerMediaType(req)) return next();
  refuse(
    req,
    res,
    406,
    'NOT_ACCEPTABLE',
    'GraphQL answers are application/graphql-response+json or application/json (UTF-8): accept one of them',
    'GraphQL 的应答格式为 application/graphql-response+json 或 application/json（UTF-8），请在 Accept 中接受其中之一',
  );
}

/**
 * POST bodies are JSON only (the one request media type the spec requires; form and text
 * bodies would also be "simple" cross-site requests a browser sends without a CORS preflight),
 * in UTF-8 (RFC 8259 §8.1: JSON exchanged between systems is UTF-8). Anything else, or no
 * Content-Type at all, is 415 Unsupported Media Type, as the spec recommends, instead of
 * Apollo's generic 400. body-parser would also decode `charset=utf-16` and `utf-32`: a UTF-8
 * body so labelled became a parse error quoting mojibake, a UTF-16 one ran.
 *
 * The charset is read as a browser reads it (WHATWG Encoding's labels): `utf8`,
 * `unicode-1-1-utf-8` and the other names of UTF-8 are UTF-8, and the header is rewritten to
 * `charset=utf-8` for body-parser, which took only the spelling `utf-8` and answered 415 to a
 * client sending `charset=utf8` (common in Java and PHP clients). A label of another encoding
 * (`latin1`, `gbk`, `utf-16`; `us-ascii` is windows-1252 there) or no encoding at all is 415,
 * naming it.
 */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST') return next();
  const given = req.headers['content-type'];
  // The header's own media type: `req.is` answers null for a request without a body, and an
  // empty POST labelled application/json was refused as "not application/json".
  if (given?.split(';')[0]!.trim().toLowerCase() === 'application/json') {
    const charset = declaredCharset(given);
    if (charset === undefined) return next();
    const encoding = encodingOf(charset);
    if (encoding === 'utf-8') {
      req.headers['content-type'] = 'application/json; charset=utf-8';
      return next();
    }
    const named = charset.slice(0, 40);
    return encoding === null
      ? refuse(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', `charset=${named} is not a known encoding: send the JSON as UTF-8 (charset=utf-8, or no charset)`, `无法识别的字符集 charset=${named}：请以 UTF-8 编码发送 JSON（charset=utf-8，或不声明字符集）`)
      : refuse(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', `JSON is UTF-8: send the body as UTF-8 (not charset=${named}, which is ${encoding})`, `请求内容须为 UTF-8 编码的 JSON（不接受 charset=${named}，即 ${encoding}）`);
  }
  refuse(
    req,
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `Send the request as application/json${given ? ` (not ${given.split(';')[0]!.trim()})` : ' (no Content-Type was given)'}`,
    '请以 application/json 格式发送请求',
  );
}

/** The WHATWG encoding a charset label names (`utf8` → `utf-8`), or null for no encoding. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * A body declared larger than the limit is refused before a byte of it is read: body-parser
 * would read all of it (and drop it) before answering 413, however large the declared length.
 */
export function refuseDeclaredTooLarge(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!(Number(req.headers['content-length']) > maxBytes)) return next();
    refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`, `请求内容超过 ${maxBytes} 字节`);
  };
}

/**
 * Nothing is served at this path, answered as every other refusal instead of Express's HTML
 * page: GraphQL is at /graphql alone (a sub-path such as /graphql/v1 ran operations as an
 * alias of it), the console at /admin/.
 */
export function notFound(req: Request, res: Response): void {
  const path = req.originalUrl.split('?')[0]!.slice(0, 200);
  refuse(req, res, 404, 'NOT_FOUND', `Nothing is served at ${path}: GraphQL is at /graphql`, `此地址（${path}）无可用资源：GraphQL 接口地址为 /graphql`);
}

/**
 * A refusal before Apollo, in the GraphQL error shape and the media type Apollo would have
 * answered in (graphql-response+json when Accept prefers it): it was always application/json,
 * even to a client that accepts only the other.
 */
export function refuse(
  req: Request,
  res: Response,
  status: number,
  code: string,
  messageEn: string,
  messageZh: string,
  extensions: Record<string, unknown> = {},
): void {
  // Refused before (or while) its body is read: the connection closes after the answer rather
  // than Node reading an anonymous caller's body to its end.
  closeAfterAnswer(req, res, UNREAD_DRAIN_BYTES);
  res
    .status(status)
    .set('cache-control', 'no-store')
    .type(answerMediaType(req) ?? 'application/json; charset=utf-8');
  // Not `res.json`: Express's `send` would add the app's ETag to a refusal (apollo-answer.ts).
  writeText(res, JSON.stringify({ errors: [{ message: messageEn, extensions: { code, messageZh, messageEn, ...extensions } }] }));
}

export { BEARER_CHALLENGE };

/**
 * A credential refused before execution answers 401 with `WWW-Authenticate` (RFC 9110: a 401
 * MUST carry a challenge) and is never stored by a cache.
 */
export function withAuthChallenge(error: GraphQLError): GraphQLError {
  const http = error.extensions.http as { status?: number; headers?: HeaderMap } | undefined;
  // Too many failed authentications from the address (auth-failure-limiter.ts): say when to retry.
  if (http?.status === 429 && typeof error.extensions.retryAfterSeconds === 'number') {
    const headers = http.headers ?? new HeaderMap();
    headers.set('retry-after', String(error.extensions.retryAfterSeconds));
    headers.set('cache-control', 'no-store');
    (error.extensions as Record<string, unknown>).http = { ...http, headers };
    return error;
  }
  if (http?.status !== 401) return error;
  const headers = http.headers ?? new HeaderMap();
  headers.set('www-authenticate', BEARER_CHALLENGE);
  headers.set('cache-control', 'no-store');
  (error.extensions as Record<string, unknown>).http = { ...http, headers };
  return error;
}
