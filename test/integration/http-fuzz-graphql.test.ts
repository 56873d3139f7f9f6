import { describe, expect, it } from 'vitest';
import { auth, deep, f, fragmentChain, GBK_NAME, gql, json, send, unclearGraphql, serverErrorsLogged, useFuzzApp } from './http-fuzz-support.js';

/**
 * Malformed requests to /graphql over real HTTP, below GraphQL's own validation: bodies that
 * are not JSON or are JSON of the wrong kind, `variables`/`extensions`/`query` of the wrong
 * kind, wrong or missing Content-Type and charsets, alias floods and deep documents, GET with
 * unparseable parameters. graphql-over-http.test.ts runs the protocol's own audits.
 */
useFuzzApp();

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
    headers = { ...headers, ...(headers.authorization ? { authorization: `Bearer ${f.admin}` } : {}) };
    const answer = await send('POST', '/graphql', headers, body);
    expect(unclearGraphql(answer)).toBeNull();
  });
});

describe('POST /graphql refused before GraphQL', () => {
  it('says in both languages that a body is not JSON or not UTF-8 (the parser’s English only, before)', async () => {
    const notJson = await send('POST', '/graphql', auth(f.admin, json), 'query {');
    expect(notJson).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST', messageZh: '请求内容不是有效的 JSON 对象', messageEn: expect.stringMatching(/not a JSON object/) } }] } });
    const gbk = await send('POST', '/graphql', auth(f.admin, 'application/json; charset=gbk'), gql({ query: '{ __typename }' }));
    expect(gbk).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', messageZh: expect.stringMatching(/UTF-8/) } }] } });
  });

  it('gives graphql-js’s own refusals a zh message beside the English detail', async () => {
    const answer = await send('POST', '/graphql', auth(f.admin, json), gql({ query: 'query ($n: Int) { agreements(first: $n) { totalCount } }', variables: { n: 1.5 } }));
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
    const answer = await send('POST', '/graphql', auth(f.admin, json), gql({ query, variables }));
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
    const answer = await send('GET', `/graphql?${search}`, { authorization: `Bearer ${f.admin}`, accept: json });
    expect(unclearGraphql(answer)).toBeNull();
  });
});

describe('the request log', () => {
  it('holds no 5xx answer for any of the requests above', () => {
    expect(serverErrorsLogged()).toEqual([]);
  });
});
