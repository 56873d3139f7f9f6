import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LIVE, PROTOCOL, wsProbe, type Message } from '../support/ws-peer.js';

/**
 * The graphql-ws protocol (`graphql-transport-ws`, enisdenjo/graphql-ws PROTOCOL.md) as a
 * raw WebSocket client sees it on the real hub: connection, authentication, the close codes
 * the protocol names, ping/pong, single-result operations, `error` messages, `complete`.
 */
const { hub, key, unopened, connected } = wsProbe();

const errorCodes = (m: Message) => (m.payload as { extensions: { code: string } }[]).map((e) => e.extensions.code);

describe('connection and authentication', () => {
  it('acknowledges a connection_init carrying the key', async () => {
    const peer = await connected();
    expect(peer.ws.protocol).toBe(PROTOCOL);
    expect(peer.messages).toEqual([{ type: 'connection_ack' }]);
  });

  it.each([
    ['Authorization', (k: string) => ({ authorization: `Bearer ${k}` })],
    ['X-Api-Key', (k: string) => ({ 'x-api-key': k })],
  ])('acknowledges a key sent as the upgrade request’s %s header', async (_name, headers) => {
    const peer = unopened(PROTOCOL, headers(key()));
    await peer.opened;
    peer.send({ type: 'connection_init' });
    await peer.next((m) => m.type === 'connection_ack');
  });

  it.each([
    ['no credential', {}],
    ['an unknown key', { authorization: 'Bearer ahk_nope_NotAKeyAtAll000000000000000000' }],
    ['a malformed key', { authorization: 'Bearer x' }],
  ])('closes %s with 4403 Forbidden', async (_name, payload) => {
    const peer = unopened();
    await peer.opened;
    peer.send({ type: 'connection_init', payload });
    expect(await peer.closed).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('closes a subscribe before connection_init with 4401 Unauthorized', async () => {
    const peer = unopened();
    await peer.opened;
    peer.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await peer.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes a socket that never sends connection_init with 4408', async () => {
    const peer = unopened();
    await peer.opened;
    expect(await peer.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('closes a second connection_init with 4429', async () => {
    const peer = await connected();
    peer.send({ type: 'connection_init', payload: { authorization: `Bearer ${key()}` } });
    expect(await peer.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
  });

  it('closes a socket without subprotocol with 4406 saying which one to offer', async () => {
    const bare = unopened([]);
    await bare.opened;
    expect(await bare.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable: offer graphql-transport-ws' });
  });

  it.each([
    // subscriptions-transport-ws's protocol: the handshake selected no subprotocol, which a
    // client that asked for one must fail (RFC 6455 §4.1) without learning why (a browser: 1006).
    ['graphql-ws', 'Subprotocol not acceptable: graphql-ws (subscriptions-transport-ws) is not spoken; offer graphql-transport-ws'],
    ['graphql-sse', 'Subprotocol not acceptable: graphql-sse is not spoken; offer graphql-transport-ws'],
  ])('takes a socket offering only %s and closes it with 4406 naming graphql-transport-ws (the handshake failed, unexplained)', async (protocol, reason) => {
    const legacy = unopened(protocol);
    await legacy.opened;
    expect(legacy.ws.protocol).toBe(protocol);
    expect(await legacy.closed).toEqual({ code: 4406, reason });
    expect(legacy.messages).toEqual([]);
  });
});

describe('upgrades refused before the handshake answer a GraphQL error in JSON (ws answered text/html)', () => {
  /** The answer to an upgrade request with these headers, on `path`. */
  function upgrade(path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
    const { port } = new URL(hub().wsUrl);
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { connection: 'Upgrade', upgrade: 'websocket', ...headers } });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => (body += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
      });
      req.on('upgrade', () => reject(new Error('upgraded')));
      req.on('error', reject);
      req.end();
    });
  }
  const handshake = { 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-protocol': PROTOCOL };

  it.each([
    ['another path (it was 400 "Bad Request")', '/subscriptions', handshake, 'GET', 404, 'NOT_FOUND'],
    ['/graphql without Sec-WebSocket-Key', '/graphql', { 'sec-websocket-version': '13' }, 'GET', 400, 'BAD_REQUEST'],
    ['/graphql with an unknown Sec-WebSocket-Version', '/graphql', { ...handshake, 'sec-websocket-version': '99' }, 'GET', 400, 'BAD_REQUEST'],
    ['a POST upgrade', '/graphql', handshake, 'POST', 405, 'METHOD_NOT_ALLOWED'],
  ])('%s', async (_name, path, headers, method, status, code) => {
    const answer = await upgrade(path, headers, method);
    expect(answer.status).toBe(status);
    expect(answer.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code, messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } }] });
  });
});

describe('invalid messages close with 4400 and say what is wrong (graphql-ws said "Invalid message received" for all)', () => {
  const S = (payload: unknown, id: unknown = '1') => ({ id, type: 'subscribe', payload });
  const cases: [string, unknown, string][] = [
    ['JSON that does not parse', '{nope', 'Invalid message: not JSON'],
    ['an unknown type', { type: 'bogus' }, 'Invalid message: unknown type (connection_init, ping, pong, subscribe or complete)'],
    ['a type that is not a string', { type: 7 }, 'Invalid message: type must be a string, got number'],
    ['a batch (a JSON array of messages)', [S({ query: '{ __typename }' })], 'Invalid message: a JSON object is expected, got an array'],
    ['a subscribe without id', { type: 'subscribe', payload: { query: '{ __typename }' } }, 'Invalid subscribe: id must be a non-empty string, got nothing'],
    ['a subscribe with an empty id', S({ query: '{ __typename }' }, ''), 'Invalid subscribe: id must be a non-empty string, got an empty string'],
    ['a subscribe with a numeric id', S({ query: '{ __typename }' }, 1), 'Invalid subscribe: id must be a non-empty string, got number'],
    // It was taken: stored in the request id of every access-log row of the operation's reads.
    ['a subscribe with an id of 100,000 characters', S({ query: '{ __typename }' }, 'i'.repeat(100_000)), 'Invalid subscribe: id must be at most 128 characters, got 100000'],
    ['a subscribe whose payload is a string', S('x'), 'Invalid subscribe: payload must be an object, got string'],
    ['a subscribe whose query is a number', S({ query: 5 }), "Invalid subscribe: payload.query must be the document's text (a string), got number"],
    [
      'a persisted-query hash without the document',
      S({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      "Invalid subscribe: payload.query must be the document's text (a string), got nothing",
    ],
    ['a subscribe whose variables are a list', S({ query: '{ __typename }', variables: [1] }), 'Invalid subscribe: payload.variables must be an object or null, got an array'],
    ['variables sent as a JSON string', S({ query: '{ __typename }', variables: '{}' }), 'Invalid subscribe: payload.variables must be an object or null, got string'],
    ['an operationName that is a number', S({ query: '{ __typename }', operationName: 1 }), 'Invalid subscribe: payload.operationName must be a string or null, got number'],
    ['extensions sent as a JSON string', S({ query: '{ __typename }', extensions: '{}' }), 'Invalid subscribe: payload.extensions must be an object or null, got string'],
    ['a ping whose payload is a string', { type: 'ping', payload: 'x' }, 'Invalid ping: payload must be an object or null, got string'],
    ['a complete without id', { type: 'complete' }, 'Invalid complete: id must be a non-empty string, got nothing'],
    // Messages only a server sends: graphql-ws closed these with 4500 Internal server error.
    ['a connection_ack from the client', { type: 'connection_ack' }, 'Invalid message: connection_ack is sent by the server, not the client'],
    ['a next from the client', { id: '1', type: 'next', payload: { data: null } }, 'Invalid message: next is sent by the server, not the client'],
    ['an error from the client', { id: '1', type: 'error', payload: [{ message: 'x' }] }, 'Invalid message: error is sent by the server, not the client'],
    ['a message JSON-encoded twice', JSON.stringify(JSON.stringify({ type: 'ping' })), 'Invalid message: a JSON object is expected, got string'],
  ];
  it.each(cases)('%s', async (_name, message, reason) => {
    const peer = await connected();
    peer.send(message);
    expect(await peer.closed).toEqual({ code: 4400, reason });
  });

  it('a message larger than an HTTP body may be closes with 1009', async () => {
    const peer = await connected();
    peer.send({ id: 'b', type: 'subscribe', payload: { query: '{ __typename }', variables: { x: 'a'.repeat(1_100_000) } } });
    expect((await peer.closed).code).toBe(1009);
  });
});

describe('operations', () => {
  it('answers ping with pong (payload echoed) and ignores an unsolicited pong', async () => {
    const peer = await connected();
    peer.send({ type: 'pong' });
    peer.send({ type: 'ping', payload: { at: 1 } });
    expect(await peer.next((m) => m.type === 'pong')).toEqual({ type: 'pong', payload: { at: 1 } });
    peer.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await peer.operation('q')).toHaveLength(2);
  });

  it('runs a query and a mutation as one next, then complete', async () => {
    const peer = await connected();
    peer.send({ id: 'q', type: 'subscribe', payload: { query: '{ viewer { role } }' } });
    expect(await peer.operation('q')).toEqual([
      { id: 'q', type: 'next', payload: { data: { viewer: { role: 'INTEGRATOR' } } } },
      { id: 'q', type: 'complete' },
    ]);
    peer.send({ id: 'm', type: 'subscribe', payload: { query: 'mutation { logout { ended } }' } });
    expect(await peer.operation('m')).toEqual([
      { id: 'm', type: 'next', payload: { data: { logout: { ended: false } } } },
      { id: 'm', type: 'complete' },
    ]);
  });

  it.each([
    ['an unknown subscription field', { query: 'subscription { nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a document that does not parse', { query: 'subscription {' }, 'GRAPHQL_PARSE_FAILED'],
    ['a variable that cannot be coerced', { query: 'query Q($n: Int!) { agreements(first: $n) { totalCount } }', variables: { n: 'x' } }, 'BAD_USER_INPUT'],
    ['a DateTime variable out of range', { query: 'query Q($t: DateTime) { auditEvents(first: 1, timeFrom: $t) { totalCount } }', variables: { t: '0000-01-01T00:00:00Z' } }, 'BAD_USER_INPUT'],
    ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 'OPERATION_RESOLUTION_FAILURE'],
    ['an unknown operationName', { query: 'query A { __typename }', operationName: 'Z' }, 'OPERATION_RESOLUTION_FAILURE'],
    // A root field skipped at run time left graphql-js without one: 4500 Internal server error.
    ['a subscription root field under @include', { query: 'subscription { auditEvents(after: "0") @include(if: false) { __typename } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    // Defaults escaped the input screen: INTERNAL_SERVER_ERROR from PostgreSQL.
    ['a NUL in a variable’s default value', { query: 'subscription ($t: [String!] = ["\\u0000"]) { auditEvents(after: "0", types: $t) { __typename } }' }, 'BAD_USER_INPUT'],
    ['a subscription root fragment under @skip', { query: 'subscription { ...F @skip(if: true) } fragment F on Subscription { auditEvents(after: "0") { __typename } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with an error message (GraphQLError[]), keeps the socket and frees the id', async (_name, payload, code) => {
    const peer = await connected();
    peer.send({ id: 'x', type: 'subscribe', payload });
    const [error, ...rest] = await peer.operation('x');
    expect(rest).toEqual([]);
    expect(error!.type).toBe('error');
    expect(errorCodes(error!)).toEqual([code]);
    peer.messages.length = 0;
    peer.send({ id: 'x', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await peer.operation('x')).toEqual([
      { id: 'x', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'x', type: 'complete' },
    ]);
  });

  it.each([
    [
      'a too-deep query (it began "Syntax Error:", zh the English with a lead-in)',
      { query: `{ agreements(first: 1) { edges { node { ${'insurer { agreements(first: 1) { edges { node { '.repeat(4)}number${' } } } }'.repeat(4)} } } } }` },
      /^Query depth limit of 18 exceeded, found \d+\.$/,
      /^查询嵌套过深：深度 \d+ 超过上限 18$/,
    ],
    [
      'a subscription whose only variable sits in a root @skip (a spurious "never used" came beside it)',
      { query: 'subscription S($off: Boolean!) { auditEvents(after: "0") @skip(if: $off) { __typename } }', variables: { off: false } },
      /^Subscription "S" must not use `@skip` or `@include`/,
      /订阅的顶层选择不能使用 @skip 或 @include/,
    ],
  ])('refuses %s with that one validation error', async (_name, payload, en, zh) => {
    const peer = await connected();
    peer.send({ id: 'v', type: 'subscribe', payload });
    const [error] = await peer.operation('v');
    const errors = error!.payload as { message: string; extensions: { code: string; messageZh: string } }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(en);
    expect(errors[0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', messageZh: expect.stringMatching(zh) });
  });

  it('takes operationName "" as absent, as over HTTP (it was "Unknown operation named """)', async () => {
    const peer = await connected();
    peer.send({ id: 'e', type: 'subscribe', payload: { query: 'query A { __typename }', operationName: '' } });
    expect(await peer.operation('e')).toEqual([
      { id: 'e', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'e', type: 'complete' },
    ]);
  });

  it('checks who may run a mutation sent over the socket, as over HTTP: an integrator creating an API client is FORBIDDEN and nothing is written', async () => {
    const before = await hub().prisma.apiClient.count();
    const peer = await connected();
    peer.send({ id: 'm', type: 'subscribe', payload: { query: 'mutation { createApiClient(input: { name: "ws", role: INTEGRATOR }) { auditSeq } }' } });
    const [result, complete] = await peer.operation('m');
    expect(result).toMatchObject({ type: 'next', payload: { data: null, errors: [{ path: ['createApiClient'], extensions: { code: 'FORBIDDEN' } }] } });
    expect(complete).toEqual({ id: 'm', type: 'complete' });
    expect(await hub().prisma.apiClient.count()).toBe(before);
  });

  it('closes a subscribe reusing the id of a running subscription with 4409', async () => {
    const peer = await connected();
    peer.send({ id: 'a', type: 'subscribe', payload: { query: LIVE } });
    await peer.next((m) => m.id === 'a' && m.type === 'next');
    peer.send({ id: 'a', type: 'subscribe', payload: { query: LIVE } });
    expect(await peer.closed).toEqual({ code: 4409, reason: 'Subscriber for a already exists' });
  });

  it('stops sending events once the client completes the subscription', async () => {
    const peer = await connected();
    peer.send({ id: 's', type: 'subscribe', payload: { query: LIVE } });
    // Heartbeats arrive every 100 ms while the subscription is live.
    await peer.next((m) => m.id === 's' && JSON.stringify(m.payload).includes('latestSeq'));
    peer.send({ id: 's', type: 'complete' });
    // A round trip after the complete: whatever was in flight has arrived.
    peer.send({ type: 'ping', payload: { n: 1 } });
    await peer.next((m) => m.type === 'pong');
    const before = peer.messages.length;
    // Several heartbeat intervals, then another round trip: nothing more for "s".
    await new Promise((resolve) => setTimeout(resolve, 500));
    peer.send({ type: 'ping', payload: { n: 2 } });
    await peer.next((m) => m.type === 'pong' && (m.payload as { n: number }).n === 2);
    expect(peer.messages.slice(before).filter((m) => m.id === 's')).toEqual([]);
  });
});
