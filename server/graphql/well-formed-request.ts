import type { Request, Response, NextFunction } from 'express';
import { OPTIONAL_PARAMETERS, refuse } from './http-protocol.js';
import { sha256 } from './persisted-operations.js';

/**
 * Whether a GraphQL-over-HTTP request is well-formed (spec/GraphQLOverHTTP.md, "Request
 * Parameters"), checked before Apollo sees it: the shape of each parameter, the query string's
 * encoding on GET, the persisted-query extension.
 */

/** What is wrong with the request, in en and zh. */
type Problem = [en: string, zh: string] | null;

/**
 * A well-formed GraphQL-over-HTTP request: `query` a string (absent only when a persisted
 * query's hash stands for it), `operationName` a string, `variables` and `extensions` maps;
 * null or absent for the optional ones. Anything else ("qeury", `variables: [7]`) is 400
 * under either media type, as graphql-http's audits expect. Apollo would answer 400 too, in
 * English only; checked here so the answer names the problem in zh and en like every other.
 */
export function requireWellFormedRequest(req: Request, res: Response, next: NextFunction): void {
  // `operationName: ""` is absent, as `operationName=` is on GET (the spec's words, which
  // dropAbsentGetParameters follows): no operation has an empty name, so it could only fail
  // ("Unknown operation named """), and clients that always send the field send "" for none.
  if (req.method === 'POST' && isMap(req.body) && req.body.operationName === '') req.body.operationName = null;
  const problem = req.method === 'POST' ? postProblem(req.body) : req.method === 'GET' ? (encodingProblem(req.originalUrl) ?? getProblem(req.url)) : null;
  if (!problem) return next();
  refuse(req, res, 400, 'BAD_REQUEST', problem[0], `请求不是有效的 GraphQL over HTTP 请求：${problem[1]}`);
}

function postProblem(body: unknown): Problem {
  // Batching (a list of operations in one body) is not part of the specification and not served.
  if (Array.isArray(body)) return ['Batched requests (a JSON array) are not supported: send one operation per request', '不支持批量请求（JSON 数组）：每个请求只发送一个操作'];
  // No body at all (the JSON reader leaves it undefined).
  if (body === undefined) return ['The request body is empty: send a JSON object with `query`', '请求内容为空：请发送包含 `query` 的 JSON 对象'];
  if (!isMap(body)) return ['The request body must be a JSON object', '请求内容须为 JSON 对象'];
  return parametersProblem(body.query, body.operationName, body.variables, body.extensions);
}

/**
 * The query string is percent-encoded UTF-8 (WHATWG URLSearchParams, which the spec names).
 * Bytes that are not UTF-8 (`%FF`) or a cut escape (`%E4%B8`) were decoded to U+FFFD: the
 * document failed as "Unexpected character: U+FFFD", a character the client never sent, and a
 * variable's value carried it into the query unnoticed. Read from the URL as sent (originalUrl:
 * dropAbsentGetParameters re-encodes what it keeps).
 */
function encodingProblem(url: string): Problem {
  const at = url.indexOf('?');
  if (at < 0) return null;
  for (const pair of url.slice(at + 1).split('&')) {
    try {
      decodeURIComponent(pair.replace(/\+/g, ' '));
    } catch {
      const name = pair.split('=')[0]!.slice(0, 40);
      return [`The query string is not percent-encoded UTF-8 (at \`${name}\`): encode parameters as UTF-8, e.g. with URLSearchParams`, `查询字符串不是按 UTF-8 百分号编码的（\`${name}\` 处）：请按 UTF-8 编码参数，例如使用 URLSearchParams`];
    }
  }
  return null;
}

function getProblem(url: string): Problem {
  const at = url.indexOf('?');
  const search = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const repeated = ['query', ...OPTIONAL_PARAMETERS].find((name) => search.getAll(name).length > 1);
  if (repeated) return [`The \`${repeated}\` parameter may be given only once`, `\`${repeated}\` 参数只能出现一次`];
  const json = (name: 'variables' | 'extensions'): unknown => {
    const text = search.get(name);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return Symbol('invalid JSON');
    }
  };
  return parametersProblem(search.get('query') ?? undefined, search.get('operationName') ?? undefined, json('variables'), json('extensions'));
}

function parametersProblem(query: unknown, operationName: unknown, variables: unknown, extensions: unknown): Problem {
  if (!absent(extensions) && !isMap(extensions)) return ['`extensions` must be a JSON object (map)', '`extensions` 须为 JSON 对象'];
  if (!absent(variables) && !isMap(variables)) return ['`variables` must be a JSON object (map)', '`variables` 须为 JSON 对象'];
  if (!absent(operationName) && typeof operationName !== 'string') return ['`operationName` must be a string', '`operationName` 须为字符串'];
  const persistedQuery = isMap(extensions) ? extensions.persistedQuery : undefined;
  const malformed = absent(persistedQuery) ? null : persistedQueryProblem(persistedQuery, query);
  if (malformed) return malformed;
  // Without text, a persisted query's hash stands for the document.
  const persisted = !absent(persistedQuery);
  if ((typeof query === 'string' && query !== '') || ((absent(query) || query === '') && persisted)) return null;
  if (query === '') return ['The `query` parameter must not be empty', '`query` 参数不能为空'];
  return absent(query) ? ['The `query` parameter is required', '缺少 `query` 参数'] : ['`query` must be a string', '`query` 须为字符串'];
}

/**
 * Apollo's persisted-query extension: `{ version: 1, sha256Hash }`. Apollo answered a malformed
 * one in its own English only, and misleadingly: `persistedQuery: "x"` was "Unsupported persisted
 * query version", a numeric hash 404 PERSISTED_QUERY_NOT_FOUND (as if it were a hash not yet
 * known), a hash not matching the text "provided sha does not match query".
 */
function persistedQueryProblem(extension: unknown, query: unknown): Problem {
  const shape = '`{ "version": 1, "sha256Hash": "<64 hex digits>" }`';
  if (!isMap(extension)) return [`\`extensions.persistedQuery\` must be an object ${shape}`, `\`extensions.persistedQuery\` 须为对象 ${shape}`];
  if (extension.version !== 1) return [`Only version 1 of the persisted-query extension is supported: send ${shape}`, `仅支持第 1 版持久化查询扩展：请发送 ${shape}`];
  const hash = extension.sha256Hash;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) {
    return ['`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the document in hex (64 digits)', '`extensions.persistedQuery.sha256Hash` 须为文档的 SHA-256 十六进制值（64 位）'];
  }
  if (typeof query === 'string' && query !== '' && sha256(query) !== hash.toLowerCase()) {
    return ['`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query` (of its UTF-8 text, as sent)', '`extensions.persistedQuery.sha256Hash` 与 `query` 的 SHA-256（按发送的 UTF-8 文本计算）不符'];
  }
  return null;
}

const absent = (value: unknown) => value === undefined || value === null;
const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

