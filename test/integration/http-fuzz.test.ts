import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';

/**
 * Malformed requests over real HTTP, below GraphQL's own validation: bodies that are not
 * JSON or are JSON of the wrong kind, `variables`/`extensions`/`query` of the wrong kind,
 * wrong or missing Content-Type and charsets, alias floods and deep documents, GET with
 * unparseable parameters, and the upload and export routes with truncated, mis-encoded,
 * byte-order-marked, CRLF, formula-bearing and duplicate-keyed files. Each answer must be a
 * 4xx (or a 200 for what is valid after all) with a stable code and zh + en text, never a 5xx,
 * and a refused upload writes nothing. graphql-over-http.test.ts runs the protocol's own
 * audits; claims-import-upload.test.ts the size and binary limits of the claims upload.
 */
let hub: TestApp;
let admin: string;
let platform: string;
let insurerId: string;

beforeAll(async () => {
  hub = await startTestApp();
  insurerId = (await createInsurer(hub.prisma)).id;
  admin = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
  platform = (await createClientWithKey(hub.prisma, { role: 'PLATFORM_ADMIN' })).secret;
});
afterAll(() => hub?.close());

const CJK = /[\u4e00-\u9fff]/;
const GBK_NAME = Buffer.from([0xd2, 0xbd, 0xb1, 0xa3]); // 医保 in GBK: not UTF-8
const json = 'application/json';

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

async function send(method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<Answer> {
  const res = await fetch(`${hub.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: body as BodyInit }) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, text, body: parsed };
}

/** What is unclear about a GraphQL answer: a 5xx, no JSON, an error without code or zh/en text. */
function unclearGraphql(a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}: ${a.text.slice(0, 200)}`;
  const errors = (a.body as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null)?.errors;
  if (!a.body) return `not JSON (HTTP ${a.status}): ${a.text.slice(0, 200)}`;
  for (const e of errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') return `code ${String(code)}: ${e.message}`;
    if (!CJK.test(String(e.extensions?.messageZh ?? ''))) return `${code} without zh: ${e.message}`;
    if (typeof e.extensions?.messageEn !== 'string') return `${code} without en: ${e.message}`;
  }
  return null;
}

/**
 * The upload and export routes answer `{ error, errorZh, code }` when they refuse, or (an
 * import refused line by line) a report whose every line error has zh and en text.
 */
function unclearRoute(a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}: ${a.text.slice(0, 200)}`;
  if (a.status < 400) return null;
  const report = a.body as { errors?: { line?: unknown; message?: unknown; messageZh?: unknown }[] } | null;
  if (a.status === 422 && Array.isArray(report?.errors)) {
    const bad = report.errors.find((e) => typeof e.line !== 'number' || typeof e.message !== 'string' || !CJK.test(String(e.messageZh ?? '')));
    return bad ? `line error without zh/en text: ${JSON.stringify(bad)}` : null;
  }
  const body = a.body as { error?: unknown; errorZh?: unknown; code?: unknown } | null;
  if (!body || typeof body.code !== 'string' || typeof body.error !== 'string' || !CJK.test(String(body.errorZh ?? ''))) {
    return `HTTP ${a.status} without code and zh/en text: ${a.text.slice(0, 200)}`;
  }
  return null;
}

const auth = (key: string, type?: string) => ({ authorization: `Bearer ${key}`, ...(type ? { 'content-type': type } : {}) });
const gql = (body: unknown) => JSON.stringify(body);
const deep = (n: number) => `{ ${'viewer { '.repeat(n)}__typename${' }'.repeat(n)} }`;
const fragmentChain = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { __typename ${i + 1 < n ? `...F${i + 1}` : ''} }`).join(' ')}`;

describe('POST /graphql with malformed bodies', () => {
  const cases: [string, Record<string, string>, string | Uint8Array][] = [
    ['not JSON', auth('a', json), 'query {'],
    ['JSON truncated', auth('a', json), '{"query": "{ __typename }"'],
    ['a JSON array (batching is off)', auth('a', json), gql([{ query: '{ __typename }' }])],
    ['a JSON number', auth('a', json), '1'],
    ['a JSON string', auth('a', json), '"{ __typename }"'],
    ['JSON null', auth('a', json), 'null'],
    ['an empty object', auth('a', json), '{}'],
    ['query a number', auth('a', json), gql({ query: 1 })],
    ['query an object', auth('a', json), gql({ query: { a: 1 } })],
    ['query a list', auth('a', json), gql({ query: ['{ __typename }'] })],
    ['variables a string', auth('a', json), gql({ query: '{ __typename }', variables: '{}' })],
    ['variables a list', auth('a', json), gql({ query: '{ __typename }', variables: [] })],
    ['variables a number', auth('a', json), gql({ query: '{ __typename }', variables: 1 })],
    ['extensions a string', auth('a', json), gql({ query: '{ __typename }', extensions: 'x' })],
    ['extensions a list', auth('a', json), gql({ query: '{ __typename }', extensions: [1] })],
    ['persistedQuery a list', auth('a', json), gql({ query: '{ __typename }', extensions: { persistedQuery: [] } })],
    ['persistedQuery null', auth('a', json), gql({ query: '{ __typename }', extensions: { persistedQuery: null } })],
    ['operationName a number', auth('a', json), gql({ query: '{ __typename }', operationName: 1 })],
    ['operationName unknown', auth('a', json), gql({ query: 'query A { __typename }', operationName: 'B' })],
    ['duplicate keys', auth('a', json), '{"query": "{ nope }", "query": "{ __typename }"}'],
    ['a byte-order mark', auth('a', json), `\ufeff${gql({ query: '{ __typename }' })}`],
    ['invalid UTF-8', auth('a', json), Buffer.concat([Buffer.from('{"query": "{ __typename }", "x": "'), GBK_NAME, Buffer.from('"}')])],
    ['a lone surrogate escape in the query', auth('a', json), '{"query": "{ __typename } # \\ud800"}'],
    ['a NUL escape in the query', auth('a', json), '{"query": "{ __type\\u0000name }"}'],
    ['text/plain', auth('a', 'text/plain'), gql({ query: '{ __typename }' })],
    ['no Content-Type', auth('a'), gql({ query: '{ __typename }' })],
    ['form-encoded', auth('a', 'application/x-www-form-urlencoded'), 'query=%7B__typename%7D'],
    ['multipart garbage', auth('a', 'multipart/form-data; boundary=x'), '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--'],
    ['application/graphql', auth('a', 'application/graphql'), '{ __typename }'],
    ['charset=gbk', auth('a', 'application/json; charset=gbk'), gql({ query: '{ __typename }' })],
    ['charset=nonsense', auth('a', 'application/json; charset=x-nonsense'), gql({ query: '{ __typename }' })],
    ['charset=utf-16 with UTF-8 bytes', auth('a', 'application/json; charset=utf-16'), gql({ query: '{ __typename }' })],
    ['a Content-Type of 10 kB', auth('a', `application/json; x=${'a'.repeat(10_000)}`), gql({ query: '{ __typename }' })],
  ];
  it.each(cases)('%s', async (_name, headers, body) => {
    headers = { ...headers, ...(headers.authorization ? { authorization: `Bearer ${admin}` } : {}) };
    const answer = await send('POST', '/graphql', headers, body);
    expect(unclearGraphql(answer)).toBeNull();
  });
});

describe('POST /graphql refused before GraphQL', () => {
  it('says in both languages that a body is not JSON or not UTF-8 (the parser’s English only, before)', async () => {
    const notJson = await send('POST', '/graphql', auth(admin, json), 'query {');
    expect(notJson).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST', messageZh: '请求内容不是有效的 JSON 对象', messageEn: expect.stringMatching(/not a JSON object/) } }] } });
    const gbk = await send('POST', '/graphql', auth(admin, 'application/json; charset=gbk'), gql({ query: '{ __typename }' }));
    expect(gbk).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', messageZh: expect.stringMatching(/UTF-8/) } }] } });
  });

  it('gives graphql-js’s own refusals a zh message beside the English detail', async () => {
    const answer = await send('POST', '/graphql', auth(admin, json), gql({ query: 'query ($n: Int) { agreements(first: $n) { totalCount } }', variables: { n: 1.5 } }));
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', messageZh: expect.stringMatching(/^输入有误：Variable "\$n"/), messageEn: expect.stringMatching(/^Variable "\$n"/) } }] });
  });
});

describe('POST /graphql with hostile documents', () => {
  const documents: [string, string, Record<string, unknown>?][] = [
    ['10,000 aliases', `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    ['selections 3,000 deep', deep(3_000)],
    ['a list literal 5,000 deep', `{ agreements(filter: { status: ${'['.repeat(5_000)}${']'.repeat(5_000)} }) { totalCount } }`],
    ['an object literal 3,000 deep', `{ agreements(filter: ${'{ a: '.repeat(3_000)}1${' }'.repeat(3_000)}) { totalCount } }`],
    ['a fragment chain 500 deep', fragmentChain(500)],
    ['a fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['10,000 variables', `query (${Array.from({ length: 10_000 }, (_, i) => `$v${i}: Int`).join(', ')}) { __typename }`],
    ['10,000 directives', `{ __typename ${'@include(if: true) '.repeat(10_000)} }`],
    ['an unterminated string', '{ agreements(filter: { search: "abc }) { totalCount } }'],
    ['a 1e400 Int literal', '{ agreements(first: 1e400) { totalCount } }'],
    ['a 40-digit Int literal', '{ agreements(first: 1234567890123456789012345678901234567890) { totalCount } }'],
    ['a variable of an unknown type', 'query ($x: Nope) { __typename }', { x: 1 }],
    ['a subscription over HTTP', 'subscription { auditEvents { seq } }'],
    // Defaults are literals the input screen did not read: PostgreSQL refused the NUL (a 500-class error).
    ['a NUL in a variable’s default value', 'query ($s: String = "a\\u0000b") { agreements(first: 1, filter: { search: $s }) { totalCount } }'],
    ['a NUL in an input default value', 'query ($f: AgreementFilter = { search: "\\u0000" }) { agreements(first: 1, filter: $f) { totalCount } }'],
    ['a subscription root field under @skip(if: $variable)', 'subscription ($off: Boolean!) { auditEvents @skip(if: $off) { seq } }', { off: true }],
  ];
  it.each(documents)('%s', async (_name, query, variables) => {
    const answer = await send('POST', '/graphql', auth(admin, json), gql({ query, variables }));
    expect(unclearGraphql(answer)).toBeNull();
    expect(answer.status).toBeLessThan(500);
  });
});

describe('GET /graphql with unparseable parameters', () => {
  const queries = [
    'query=%E0%A4%A',
    'query=%7B__typename%7D&variables=%7B',
    'query=%7B__typename%7D&variables=%5B%5D',
    'query=%7B__typename%7D&variables=1',
    'query=%7B__typename%7D&extensions=x',
    'query=%7B__typename%7D&extensions=%7B%22persistedQuery%22%3A1%7D',
    'query=%7B__typename%7D&query=%7B__typename%7D',
    'query[a]=b',
    'query=%7B__typename%7D&operationName[]=x',
    'query=mutation%7Blogout%7D',
    'query=%00',
    `query=${'%7B'.repeat(3000)}`,
    '',
  ];
  it.each(queries)('?%s', async (search) => {
    const answer = await send('GET', `/graphql?${search}`, { authorization: `Bearer ${admin}`, accept: json });
    expect(unclearGraphql(answer)).toBeNull();
  });
});

const claimsEvents = () => hub.prisma.auditEvent.count({ where: { type: 'claims.imported' } });
const knowledgeRows = () => hub.prisma.knowledgeEntry.count();

describe('POST /claims/import with malformed files', () => {
  const claim = JSON.stringify({ settlementId: 'S-1', insuredIdNumber: 'X', lines: [] });
  const cases: [string, string, string | Uint8Array, string?][] = [
    ['a line cut in half', 'application/x-ndjson', `${claim}\n${claim.slice(0, 20)}`],
    ['GBK bytes', 'text/csv', Buffer.concat([Buffer.from('settlementId,name\nS-1,'), GBK_NAME, Buffer.from('\n')])],
    ['UTF-16 with its byte-order mark', 'application/x-ndjson', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${claim}\n`, 'utf16le')])],
    ['a byte-order mark and CRLF', 'application/x-ndjson', `\ufeff${claim}\r\n${claim}\r\n`],
    ['duplicated keys', 'application/x-ndjson', '{"settlementId":"S-1","settlementId":{"a":1}}\n'],
    ['a CSV header twice', 'text/csv', 'settlementId,settlementId\nS-1,S-2\n'],
    ['an unbalanced CSV quote', 'text/csv', 'settlementId,name\n"S-1,abc\n'],
    ['spreadsheet formulas', 'text/csv', 'settlementId,insuredIdNumber\n=HYPERLINK("http://x"),=1+1\n'],
    ['a JSON array instead of lines', 'application/x-ndjson', `[${claim},${claim}]`],
    ['JSON primitives', 'application/x-ndjson', '1\n"x"\nnull\ntrue\n[]\n'],
    ['a line nested 10,000 deep', 'application/x-ndjson', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['?format twice', 'application/x-ndjson', `${claim}\n`, '?format=csv&format=ndjson'],
    ['?insurerId twice', 'application/x-ndjson', `${claim}\n`, '?insurerId=a&insurerId=b'],
  ];
  it.each(cases)('%s', async (_name, type, body, query = '') => {
    const before = await claimsEvents();
    const answer = await send('POST', `/claims/import${query}`, auth(admin, type), body);
    expect(unclearRoute(answer)).toBeNull();
    // None of these files holds a claim that can be imported: nothing is written.
    expect(await claimsEvents()).toBe(before);
  });
});

describe('POST /knowledge/import with malformed files', () => {
  const line = (code: string, nameZh = '自费药品') => JSON.stringify({ kind: 'NOT_COVERED', catalogueCode: code, nameZh });
  const cases: [string, string, string | Uint8Array, string?][] = [
    ['a line cut in half', 'format=ndjson', `${line('FZ-1')}\n${line('FZ-2').slice(0, 25)}`],
    ['GBK bytes', 'format=ndjson', Buffer.concat([Buffer.from('{"kind":"NOT_COVERED","catalogueCode":"FZ-3","nameZh":"'), GBK_NAME, Buffer.from('"}\n')])],
    ['UTF-16 bytes without a byte-order mark', 'format=ndjson', Buffer.from(`${line('FZ-4')}\n`, 'utf16le')],
    ['a charset nobody knows', 'format=ndjson', `${line('FZ-4b')}\n`, 'text/plain; charset=x-klingon'],
    ['duplicated keys', 'format=ndjson', '{"kind":"NOT_COVERED","catalogueCode":"FZ-5","catalogueCode":{"a":1},"nameZh":"x"}\n'],
    ['a line nested 10,000 deep', 'format=ndjson', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['JSON primitives', 'format=ndjson', '1\nnull\n"x"\n'],
    ['a huge line', 'format=ndjson', line('FZ-6', '药'.repeat(2_000_000))],
    ['an unbalanced CSV quote', 'format=csv', 'kind,catalogueCode,nameZh\nNOT_COVERED,"FZ-7,x\n'],
    ['?format twice', 'format=csv&format=ndjson', `${line('FZ-8')}\n`],
    ['?insurerId twice', `format=ndjson&insurerId=${'0'.repeat(8)}&insurerId=x`, `${line('FZ-9')}\n`],
    ['?insurerId of junk', `format=ndjson&insurerId=${encodeURIComponent(Buffer.from('Insurer:junk').toString('base64'))}`, `${line('FZ-10')}\n`],
  ];
  it.each(cases)('%s', async (_name, query, body, type = 'application/octet-stream') => {
    const before = await knowledgeRows();
    const answer = await send('POST', `/knowledge/import?${query}`, auth(admin, type), body);
    expect(unclearRoute(answer)).toBeNull();
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await knowledgeRows()).toBe(before);
  });

  it('refuses GBK bytes sent as UTF-8, naming the line (they were imported as U+FFFD: "��")', async () => {
    const before = await knowledgeRows();
    const gbk = Buffer.concat([Buffer.from(`${line('FZ-GBK-0')}\n{"kind":"NOT_COVERED","catalogueCode":"FZ-GBK-1","nameZh":"`), GBK_NAME, Buffer.from('"}\n')]);
    const answer = await send('POST', '/knowledge/import?format=ndjson', auth(admin, 'application/x-ndjson'), gbk);
    expect(answer).toMatchObject({ status: 400, body: { code: 'NOT_TEXT', error: expect.stringMatching(/line 2/), errorZh: expect.stringMatching(/第 2 行/) } });
    expect(await knowledgeRows()).toBe(before);
    // The twin: the same bytes with their charset declared are read as what they say.
    const declared = await send('POST', '/knowledge/import?format=ndjson', auth(admin, 'application/x-ndjson; charset=gbk'), gbk);
    expect(declared).toMatchObject({ status: 200, body: { imported: true, created: 2 } });
    const entry = await hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: 'FZ-GBK-1' } });
    expect(entry.nameZh).toBe('医保');
  });

  it('reads a byte-order-marked file, UTF-8 with CRLF or UTF-16, as the entries it holds', async () => {
    const utf8 = await send('POST', '/knowledge/import?format=ndjson', auth(admin, 'application/x-ndjson'), `\ufeff${line('FZ-OK-1')}\r\n${line('FZ-OK-2')}\r\n`);
    expect(utf8).toMatchObject({ status: 200, body: { imported: true, created: 2 } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line('FZ-OK-3', '丙类药品')}\n`, 'utf16le')]);
    expect(await send('POST', '/knowledge/import?format=ndjson', auth(admin, 'application/octet-stream'), utf16)).toMatchObject({ status: 200, body: { created: 1 } });
    expect((await hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: 'FZ-OK-3' } })).nameZh).toBe('丙类药品');
  });

  it('names a refused line in Chinese too (the reader’s own messages were English in both fields)', async () => {
    const csv = await send('POST', '/knowledge/import?format=csv', auth(admin, 'text/csv'), 'kind,catalogueCode,nameZh\nNOT_COVERED,"FZ-Q,x\n');
    expect(csv).toMatchObject({ status: 422, body: { errors: [{ line: 2, message: 'expected 3 cells, found 2', messageZh: '该行应有 3 列，实有 2 列' }] } });
    const json = await send('POST', '/knowledge/import?format=ndjson', auth(admin, 'application/x-ndjson'), `${line('FZ-Q1')}\n${line('FZ-Q1')}\n{"kind":`);
    expect(json.body).toMatchObject({ errors: [{ line: 2, messageZh: '与第 1 行的条目重复' }, { line: 3, messageZh: '该行不是有效的 JSON' }] });
  });
});

describe('GET /audit/export and the public view with malformed parameters', () => {
  const paths = [
    '/audit/export?from=9999999999999999999',
    '/audit/export?from=1&to=9999999999999999999',
    '/audit/export?from[]=1',
    '/audit/export?to=-1',
    '/public/api/disclosures?limit=1e400',
    '/public/api/disclosures?offset=-0',
    '/public/api/disclosures?kind[]=x',
    '/public/api/disclosures/%E0%A4%A',
    '/public/api/disclosures/00000000-0000-0000-0000-000000000000',
    `/public/api/disclosures/${encodeGlobalID('PublicDisclosure', 'x')}`,
  ];
  it.each(paths)('%s', async (path) => {
    const answer = await send('GET', path, { authorization: `Bearer ${platform}` });
    expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(500);
  });

  it('refuses a sequence number beyond PostgreSQL’s bigint as bad input (it was a 500)', async () => {
    for (const query of ['from=9999999999999999999', 'from=1&to=9223372036854775808']) {
      const answer = await send('GET', `/audit/export?${query}`, { authorization: `Bearer ${platform}` });
      expect(answer, query).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', errorZh: expect.stringMatching(/序号/) } });
    }
    // The twin: the largest bigint is a sequence number (an empty export from there).
    const edge = await send('GET', '/audit/export?from=9223372036854775807', { authorization: `Bearer ${platform}` });
    expect(edge.status).toBe(200);
  });
});

describe('the request log', () => {
  it('holds no 5xx answer for any of the requests above', () => {
    const lines = hub.logs().split('\n').filter((l) => /"status":5\d\d/.test(l));
    expect(lines).toEqual([]);
  });
});
