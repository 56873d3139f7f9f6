import { describe, expect, it } from 'vitest';
import { GR, codes, httpProbe } from '../support/http-probe.js';

/**
 * What graphql-http's audits do not cover, checked against the GraphQL-over-HTTP
 * specification (graphql/graphql-over-http, spec/GraphQLOverHTTP.md) on the real HTTP stack:
 * content negotiation and status codes under both media types (those graphql-http's audits
 * expect). GET, media types and charsets: graphql-over-http-requests.test.ts; methods, CORS and
 * credentials: graphql-over-http-methods-cors.test.ts.
 */
const { post } = httpProbe();

describe('content negotiation', () => {
  it.each([
    [GR, GR],
    ['application/json', 'application/json'],
    [`${GR}, application/json;q=0.9`, GR],
    [`${GR};q=0.5, application/json;q=0.9`, 'application/json'],
    [`${GR};q=0, application/json`, 'application/json'],
    [`${GR}; charset=utf-8`, GR],
    // No preference stated: the legacy type, which every client reads (the spec leaves it to the server).
    ['*/*', 'application/json'],
    [null, 'application/json'],
  ])('Accept %s answers %s with charset=utf-8, Vary: Accept, no-store', async (accept, type) => {
    const answer = await post({ query: '{ viewer { role } }' }, accept);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(`${type}; charset=utf-8`);
    expect(answer.headers.get('vary')).toMatch(/\bAccept\b/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({ data: { viewer: { role: 'INTEGRATOR' } } });
  });

  it('answers 406 when no acceptable media type is listed', async () => {
    const answer = await post({ query: '{ __typename }' }, 'text/html');
    expect(answer.status).toBe(406);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.type).toBe('application/json; charset=utf-8');
  });
});

describe('status codes (graphql-http audits: 400 for request errors with graphql-response+json; 200 for document errors with application/json)', () => {
  // [case, body, status with application/graphql-response+json, status with application/json, code]
  const cases: [string, Record<string, unknown>, number, number, string][] = [
    ['a document that does not parse', { query: '{' }, 400, 200, 'GRAPHQL_PARSE_FAILED'],
    ['a document that fails validation', { query: '{ nope }' }, 400, 200, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable that cannot be coerced', { query: 'query Q($n: Int!) { agreements(first: $n) { totalCount } }', variables: { n: 'x' } }, 400, 200, 'BAD_USER_INPUT'],
    ['a required variable missing', { query: 'query Q($n: Int!) { agreements(first: $n) { totalCount } }' }, 400, 200, 'BAD_USER_INPUT'],
    // GetOperation's request error: 200 with application/json as a validation failure (it was 400).
    ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 400, 200, 'OPERATION_RESOLUTION_FAILURE'],
    ['an unknown operationName', { query: 'query A { __typename }', operationName: 'Z' }, 400, 200, 'OPERATION_RESOLUTION_FAILURE'],
    ['a request without query ("qeury")', { qeury: '{ __typename }' }, 400, 400, 'BAD_REQUEST'],
    ['variables that are not a map', { query: '{ __typename }', variables: [7] }, 400, 400, 'BAD_REQUEST'],
    ['too many root fields (one of the hub’s limits, a validation rule)', { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: agreements(first: 1) { totalCount }`).join(' ')} }` }, 400, 200, 'GRAPHQL_VALIDATION_FAILED'],
    ['a cost over the limit (one of the hub’s limits)', { query: '{ agreements(first: 100) { edges { node { insurer { agreements(first: 100) { edges { node { insurer { agreements(first: 100) { totalCount } } } } } } } } } }' }, 400, 400, 'QUERY_TOO_COMPLEX'],
    ['a cost over the limit through a variable’s default (it ran)', { query: 'query ($n: Int = 100) { agreements(first: $n) { edges { node { insurer { agreements(first: $n) { edges { node { insurer { agreements(first: $n) { totalCount } } } } } } } } } }' }, 400, 400, 'QUERY_TOO_COMPLEX'],
  ];
  for (const accept of [GR, 'application/json']) {
    for (const [name, body, grStatus, jsonStatus, code] of cases) {
      const status = accept === GR ? grStatus : jsonStatus;
      it(`${name}: ${status} ${code} (Accept: ${accept})`, async () => {
        const answer = await post(body, accept);
        expect(answer.status).toBe(status);
        expect(codes(answer)).toEqual([code]);
        expect(answer.body).not.toHaveProperty('data');
      });
    }
    it(`a field error is a partial success: 200 with data and the error's path, locations, code (Accept: ${accept})`, async () => {
      const answer = await post({ query: '{ __typename node(id: "bad") { id } }' }, accept);
      expect(answer.status).toBe(200);
      expect(answer.type).toBe(`${accept}; charset=utf-8`);
      expect(answer.body.data).toEqual({ __typename: 'Query', node: null });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ path: ['node'], locations: [{ line: 1, column: 14 }], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    });
  }

  it('refuses a subscription over HTTP (400 BAD_REQUEST pointing to WebSocket) instead of running it as a query', async () => {
    for (const accept of [GR, 'application/json']) {
      const answer = await post({ query: 'subscription { auditEvents(after: "0") { __typename } }' }, accept);
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['BAD_REQUEST']);
      expect(answer.body.errors![0]!.message).toMatch(/WebSocket/);
      expect(answer.body).not.toHaveProperty('data');
    }
  });

  it('refuses a subscription whose root field is under @skip(if: $variable) as a document error (graphql-js threw: 500 INTERNAL_SERVER_ERROR)', async () => {
    const query = 'subscription S($off: Boolean!) { ...F @skip(if: $off) } fragment F on Subscription { auditEvents(after: "0") { __typename } }';
    for (const [accept, status] of [[GR, 400], ['application/json', 200]] as const) {
      const answer = await post({ query, variables: { off: true } }, accept);
      expect(answer.status).toBe(status);
      expect(answer.body).not.toHaveProperty('data');
      expect(answer.body.errors![0]!.message).toBe('Subscription "S" must not use `@skip` or `@include` directives in the top level selection.');
      expect(new Set(codes(answer))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    }
  });

  it.each([`${GR};q=0, application/json`, `application/json, ${GR};q=0.5`])(
    'answers a document error sent back as application/json with 200 (Accept %s; it was 400 when Accept named graphql-response+json at all)',
    async (accept) => {
      const answer = await post({ query: '{ nope }' }, accept);
      expect(answer.type).toBe('application/json; charset=utf-8');
      expect(answer.status).toBe(200);
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    },
  );

  it('answers an unknown persisted-query hash with 404 in graphql-response+json (it was 200 without data, which that type forbids), 200 in JSON', async () => {
    const body = { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } };
    for (const [accept, status] of [[GR, 404], ['application/json', 200]] as const) {
      const answer = await post(body, accept);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(answer.body).not.toHaveProperty('data');
    }
  });

  it.each([GR, 'application/json'])('takes operationName "" as absent, as on GET (no operation has an empty name; it was "Unknown operation named """; Accept %s)', async (accept) => {
    expect((await post({ query: 'query A { __typename }', operationName: '' }, accept)).body).toEqual({ data: { __typename: 'Query' } });
    const two = await post({ query: 'query A { __typename } query B { __typename }', operationName: '' }, accept);
    expect(codes(two)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    expect(two.body.errors![0]!.message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it.each([
    [{ query: 'query A { __typename } query B { __typename }' }, '文档包含多个操作，请用 operationName 指明要执行的操作'],
    [{ query: 'query A { __typename }', operationName: 'Z' }, '文档中没有名为 "Z" 的操作'],
  ])('says in Chinese why the operation cannot be chosen (it was a lead-in before graphql-js’s English)', async (body, zh) => {
    const answer = await post(body);
    expect(answer.body.errors![0]!.extensions!.messageZh).toBe(zh);
  });

  it('operationName null or absent runs the only operation', async () => {
    expect((await post({ query: 'query A { __typename }', operationName: null })).body).toEqual({ data: { __typename: 'Query' } });
    expect((await post({ query: 'query A { __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
    expect((await post({ query: 'query A { __typename } query B { viewer { role } }', operationName: 'B' })).body).toEqual({ data: { viewer: { role: 'INTEGRATOR' } } });
  });
});
