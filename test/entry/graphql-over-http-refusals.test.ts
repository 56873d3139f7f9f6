import { describe, expect, it } from 'vitest';
import { GR, codes, httpProbe, type Answer } from '../support/http-probe.js';

/**
 * How /graphql refuses what an outside GraphQL-over-HTTP audit sends beyond graphql-http's
 * suite (graphql-over-http-probes.test.ts covers the rest): null GET parameters, methods other
 * than GET and POST, mutations over GET, batched bodies, JSON in another charset than UTF-8,
 * the media type and headers of refusals made before GraphQL runs, the depth and directive
 * limits, a refused subscription's variables. Every refusal is a GraphQL error with a stable
 * code and a message in zh and en.
 */
const { call, post } = httpProbe();
const HAN = /[\u4e00-\u9fff]/;

function expectRefusal(answer: Answer, status: number, code: string): { message: string; messageZh: string } {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(answer.body).not.toHaveProperty('data');
  expect(codes(answer)).toEqual([code]);
  const { message, extensions } = answer.body.errors![0]!;
  expect(extensions).toMatchObject({ messageEn: message, messageZh: expect.stringMatching(HAN) });
  // Nothing about the server's make; the zh message is not the English one with a lead-in.
  expect(message).not.toMatch(/Apollo|Syntax Error/);
  expect(extensions!.messageZh).not.toContain(message);
  return { message, messageZh: extensions!.messageZh as string };
}

describe('GET parameters', () => {
  it.each(['variables', 'extensions'])('takes %s=null as absent (the specification allows null; it was 400)', async (name) => {
    for (const accept of [GR, 'application/json']) {
      const answer = await call({ method: 'GET', search: { query: '{ __typename }', [name]: 'null' }, headers: { accept } });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it.each([
    ['a byte that is not UTF-8 in the document', 'query=%7B__typename%7D%FF', 'query'],
    ['an escape cut inside a character', 'query=%7B__typename%7D%E5%8D', 'query'],
    ['a byte that is not UTF-8 in a variable', 'query=query(%24s%3AString)%7B__typename%7D&variables=%7B%22s%22%3A%22%FF%22%7D', 'variables'],
  ])('refuses a query string with %s (it was decoded to U+FFFD: "Unexpected character", or a variable carrying it)', async (_name, rawSearch, name) => {
    for (const accept of [GR, 'application/json']) {
      const answer = await call({ method: 'GET', search: {}, headers: { accept }, rawSearch });
      const { message } = expectRefusal(answer, 400, 'BAD_REQUEST');
      expect(message).toBe(`The query string is not percent-encoded UTF-8 (at \`${name}\`): encode parameters as UTF-8, e.g. with URLSearchParams`);
    }
  });

  it.each(['query', 'operationName', 'variables'])('refuses %s given twice with BAD_REQUEST in zh and en (Apollo’s answer was English only)', async (name) => {
    const answer = await call({ method: 'GET', search: {}, headers: { accept: GR }, rawSearch: `query=%7B__typename%7D&${name}=%7B%7D&${name}=%7B%7D` });
    const { message } = expectRefusal(answer, 400, 'BAD_REQUEST');
    expect(message).toContain(name);
  });

  it('still refuses variables that are JSON but not a map', async () => {
    const answer = await call({ method: 'GET', search: { query: '{ __typename }', variables: '"null"' }, headers: { accept: GR } });
    expect(answer.status).toBe(400);
  });
});

describe('405 Method Not Allowed', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with METHOD_NOT_ALLOWED in zh and en, Allow: GET, HEAD, POST (it was Apollo’s English sentence)', async (method) => {
    for (const accept of [GR, 'application/json']) {
      const answer = await call({ method, headers: { accept, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      const { message } = expectRefusal(answer, 405, 'METHOD_NOT_ALLOWED');
      expect(message).toContain(method);
      expect(answer.headers.get('allow')).toBe('GET, HEAD, POST');
      expect(answer.type).toBe(`${accept}; charset=utf-8`);
    }
  });

  it.each([
    // Status under graphql-response+json, then under application/json.
    ['a query', { query: '{ __typename }' }, [200, 200]],
    ['a mutation', { query: 'mutation { logout { ended } }' }, [405, 405]],
    ['no query', {}, [400, 400]],
    ['a document that does not validate', { query: '{ nope }' }, [400, 200]],
  ])('answers HEAD of %s as GET, without the body (RFC 9110 §9.3.2; it was 405 where GET answered)', async (_name, search, statuses) => {
    for (const [accept, status] of [[GR, statuses[0]], ['application/json', statuses[1]]] as const) {
      const get = await call({ method: 'GET', search, headers: { accept } });
      const head = await call({ method: 'HEAD', search, headers: { accept } });
      expect(get.status).toBe(status);
      expect(head.status).toBe(status);
      expect(head.text).toBe('');
      for (const name of ['content-type', 'content-length', 'allow', 'cache-control', 'vary']) expect(head.headers.get(name)).toBe(get.headers.get(name));
    }
  });

  it.each([GR, 'application/json'])('answers a mutation over GET with METHOD_NOT_ALLOWED saying to POST it, Allow: POST (Accept %s)', async (accept) => {
    const answer = await call({ method: 'GET', search: { query: 'mutation { logout { ended } }' }, headers: { accept } });
    const { message, messageZh } = expectRefusal(answer, 405, 'METHOD_NOT_ALLOWED');
    expect(message).toMatch(/mutation.*POST/);
    expect(messageZh).toMatch(/POST/);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  it('answers a subscription over GET pointing to WebSocket', async () => {
    const answer = await call({ method: 'GET', search: { query: 'subscription { auditEvents(after: "0") { __typename } }' }, headers: { accept: GR } });
    const { message } = expectRefusal(answer, 405, 'METHOD_NOT_ALLOWED');
    expect(message).toMatch(/WebSocket/);
  });
});

describe('406 Not Acceptable', () => {
  it.each(['text/html', 'application/json; charset=iso-8859-1', 'application/xml, text/plain;q=0.5'])(
    'answers Accept: %s with NOT_ACCEPTABLE in zh and en naming the two media types (Apollo’s was BAD_REQUEST, English)',
    async (accept) => {
      const { message } = expectRefusal(await post({ query: '{ __typename }' }, accept), 406, 'NOT_ACCEPTABLE');
      expect(message).toContain('application/graphql-response+json');
    },
  );
});

describe('request bodies', () => {
  it.each([
    ['a batch of operations', [{ query: '{ __typename }' }, { query: '{ viewer { role } }' }]],
    ['an empty batch', []],
  ])('refuses %s as unsupported batching, not as a body that is not an object', async (_name, body) => {
    const { message, messageZh } = expectRefusal(await post(body), 400, 'BAD_REQUEST');
    expect(message).toMatch(/batch/i);
    expect(messageZh).toMatch(/批量/);
  });

  it.each([
    ['no query', { qeury: '{ __typename }' }],
    ['variables that are not a map', { query: '{ __typename }', variables: [7] }],
    ['an operationName that is not a string', { query: '{ __typename }', operationName: 7 }],
    ['an empty query (Apollo’s English)', { query: '' }],
  ])('says what is wrong with a request with %s in zh too (the zh message quoted the English)', async (_name, body) => {
    expectRefusal(await post(body), 400, 'BAD_REQUEST');
  });

  it.each(['utf-16', 'UTF-16LE', 'utf-32'])('answers 415 to JSON labelled charset=%s (JSON is UTF-8; it was decoded as such)', async (charset) => {
    const body = JSON.stringify({ query: '{ __typename }' });
    // Labelled and encoded alike: body-parser decoded it and the operation ran.
    const bytes = charset === 'utf-32' ? Buffer.from(body, 'utf8') : Buffer.from(`\ufeff${body}`, 'utf16le');
    const answer = await call({ headers: { 'content-type': `application/json; charset=${charset}`, accept: GR }, body: bytes });
    const { message } = expectRefusal(answer, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(message).toContain('UTF-8');
  });

  it.each([
    ['null', 'null', ' null'],
    ['1', 'a number', '数字'],
    ['"{ __typename }"', 'a string', '字符串'],
    ['true', 'a boolean', '布尔值'],
  ])('refuses a body of JSON %s as JSON of the wrong kind (it said the valid JSON "is not valid JSON")', async (body, kind, kindZh) => {
    const answer = await call({ headers: { 'content-type': 'application/json', accept: GR }, body });
    const { message, messageZh } = expectRefusal(answer, 400, 'BAD_REQUEST');
    expect(message).toBe(`The request body must be a JSON object with \`query\`, not ${kind}`);
    expect(messageZh).toBe(`请求内容须为包含 \`query\` 的 JSON 对象，而不是${kindZh}`);
  });

  it('keeps the last of duplicated keys (JSON.parse), as any JSON reader may', async () => {
    const answer = await call({ headers: { 'content-type': 'application/json', accept: GR }, body: '{"query":"{ nope }","query":"{ __typename }"}' });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('refusals made before GraphQL runs', () => {
  const refusals: [string, () => Promise<Answer>, number][] = [
    ['a batch', () => post([{ query: '{ __typename }' }]), 400],
    ['a form body', () => call({ headers: { 'content-type': 'application/x-www-form-urlencoded', accept: GR }, body: 'query=x' }), 415],
    ['JSON that does not parse', () => call({ headers: { 'content-type': 'application/json', accept: GR }, body: '{"query":' }), 400],
    ['a body over the limit', () => post({ query: '{ __typename }', variables: { x: 'a'.repeat(30_000) } }), 413],
    ['an unknown method', () => call({ method: 'PUT', headers: { accept: GR } }), 405],
  ];
  it.each(refusals)('%s is answered in the media type Accept asked for (it was application/json), without an ETag', async (_name, send, status) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.type).toBe(`${GR}; charset=utf-8`);
    expect(answer.headers.get('etag')).toBeNull();
    expect(answer.headers.get('vary')).toMatch(/\bAccept\b/);
  });
});

describe('limits and refused subscriptions', () => {
  /** `agreements → insurer → agreements → …`: each level adds 4 to the depth. */
  const nested = (levels: number) => {
    let inner = 'number';
    for (let i = 0; i < levels; i++) inner = `number insurer { agreements(first: 1) { edges { node { ${inner} } } } }`;
    return `{ agreements(first: 1) { edges { node { ${inner} } } } }`;
  };

  it.each([
    [GR, 400],
    ['application/json', 200],
  ] as const)('words the depth limit as a validation refusal in zh and en (it began "Syntax Error:"; Accept %s)', async (accept, status) => {
    const { message, messageZh } = expectRefusal(await post({ query: nested(4) }, accept), status, 'GRAPHQL_VALIDATION_FAILED');
    expect(message).toMatch(/^Query depth limit of 18 exceeded, found \d+\.$/);
    expect(messageZh).toMatch(/^查询嵌套过深：深度 \d+ 超过上限 18$/);
  });

  it.each([
    [GR, 400],
    ['application/json', 200],
  ] as const)('says why graphql-js gave up validating a field repeated 1,400 times (its words were "Validation aborted."; Accept %s)', async (accept, status) => {
    const { message, messageZh } = expectRefusal(await post({ query: `{ ${'__typename '.repeat(1400)}}` }, accept), status, 'GRAPHQL_VALIDATION_FAILED');
    expect(message).toMatch(/^The document is too complex to validate: too many fields to compare/);
    expect(messageZh).toMatch(/^查询过于复杂，无法完成校验/);
  });

  it('words the directive limit the same way', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ');
    const answer = await post({ query: `{ viewer { ${fields} } }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((e) => e.message)).toContain('Directives limit of 20 exceeded, found 21.');
    expect(JSON.stringify(answer.body)).not.toContain('Syntax Error');
  });

  it('refuses a subscription whose only variable sits in a root @skip with that one error (a spurious "never used" came beside it)', async () => {
    const query = 'subscription S($off: Boolean!) { auditEvents(after: "0") @skip(if: $off) { __typename } }';
    const answer = await post({ query, variables: { off: false } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((e) => e.message)).toEqual(['Subscription "S" must not use `@skip` or `@include` directives in the top level selection.']);
  });
});
