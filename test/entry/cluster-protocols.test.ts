import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/cluster/cluster.js';
import { startHaproxy, type Balancer } from '../../scripts/cluster/haproxy.js';
import { check } from '../support/graphql-http-audits.js';
import { GR, httpProbe } from '../support/http-probe.js';
import { LIVE, Peer, PROTOCOL, terminateAll, type Message } from '../support/ws-peer.js';

/**
 * GraphQL over HTTP and graphql-ws as a client of `npm run cluster` meets them: through its
 * HAProxy (TCP look at the first request head, then HTTP, then the WebSocket tunnel), every
 * graphql-http audit passes as it does directly (graphql-over-http.test.ts), and the
 * graphql-transport-ws close codes, reasons and messages arrive as the hub sent them
 * (ws-protocol*.test.ts). One real hub behind the balancer.
 */
const { url, key } = httpProbe();
let balancer: Balancer;
const front = () => `http://127.0.0.1:${balancer.port}`;
const ws = () => `ws://127.0.0.1:${balancer.port}/graphql`;

beforeAll(async () => {
  balancer = await startHaproxy(await freePort(), [{ name: 'r1', port: Number(new URL(url()).port) }]);
});

afterAll(async () => {
  terminateAll();
  await balancer?.stop();
});

function withKey(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key()}`);
  return fetch(input, { ...init, headers });
}

for (const [name, fetchFn] of [
  ['anonymous', (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)],
  ['with an API key', withKey],
] as const) {
  describe(`GraphQL over HTTP audits through HAProxy (${name})`, () => {
    for (const audit of serverAudits({ url: () => `${front()}/graphql`, fetchFn })) {
      it(`${audit.id} ${audit.name}`, async () => check(await audit.fn(), audit.id));
    }
  });
}

describe('GraphQL over HTTP through HAProxy: what the audits do not look at', () => {
  const post = (body: unknown, accept = GR) =>
    withKey(`${front()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });

  it('refuses a batch (a JSON array) with 400 in the hub’s shape', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a document that does not parse 400 with graphql-response+json and 200 with application/json', async () => {
    expect((await post({ query: '{' })).status).toBe(400);
    const legacy = await post({ query: '{' }, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers 406 for an Accept naming neither media type, and 405 with Allow for PUT', async () => {
    expect((await post({ query: '{ __typename }' }, 'text/html')).status).toBe(406);
    const put = await fetch(`${front()}/graphql`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toMatch(/GET.*POST|POST.*GET/);
  });

  it('refuses a mutation sent with GET with 405 (GET is for queries)', async () => {
    const response = await withKey(`${front()}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: GR } });
    expect(response.status).toBe(405);
  });
});

describe('graphql-ws through HAProxy', () => {
  const opened = async (protocol: string | string[] = PROTOCOL) => {
    const peer = new Peer(ws(), protocol);
    await peer.opened;
    return peer;
  };
  const errorCodes = (m: Message) => (m.payload as { extensions: { code: string } }[]).map((e) => e.extensions.code);

  it('acknowledges connection_init with the key, answers ping with pong and a query with next then complete', async () => {
    const peer = await Peer.connected(ws(), key());
    expect(peer.ws.protocol).toBe(PROTOCOL);
    await peer.roundTrip(1);
    peer.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await peer.operation('q')).toEqual([
      { id: 'q', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'q', type: 'complete' },
    ]);
  });

  it('stops a subscription the client completes, and the socket stays usable', async () => {
    const peer = await Peer.connected(ws(), key());
    peer.send({ id: 's', type: 'subscribe', payload: { query: LIVE } });
    await peer.next((m) => m.id === 's' && m.type === 'next');
    peer.send({ id: 's', type: 'complete' });
    await peer.roundTrip(2);
    const seen = peer.messages.length;
    await peer.roundTrip(3);
    expect(peer.messages.slice(seen).filter((m) => m.id === 's')).toEqual([]);
  });

  it('sends error for an invalid document, not a close', async () => {
    const peer = await Peer.connected(ws(), key());
    peer.send({ id: 'v', type: 'subscribe', payload: { query: '{ nope }' } });
    const [error] = await peer.operation('v');
    expect(error!.type).toBe('error');
    expect(errorCodes(error!)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['a subscribe before connection_init', (peer: Peer) => peer.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }), 4401, 'Unauthorized'],
    ['no connection_init at all', () => undefined, 4408, 'Connection initialisation timeout'],
    ['a message that is not JSON', (peer: Peer) => peer.send('{nope'), 4400, 'Invalid message: not JSON'],
    ['a connection_init without a credential', (peer: Peer) => peer.send({ type: 'connection_init' }), 4403, 'Forbidden'],
  ])('closes %s with the code and reason the hub sends', async (_name, act, code, reason) => {
    const peer = await opened();
    act(peer);
    expect(await peer.closed).toEqual({ code, reason });
  });

  it('closes a second connection_init with 4429 and a reused live id with 4409', async () => {
    const twice = await Peer.connected(ws(), key());
    twice.send({ type: 'connection_init', payload: { authorization: `Bearer ${key()}` } });
    expect(await twice.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
    const reused = await Peer.connected(ws(), key());
    reused.send({ id: 'w', type: 'subscribe', payload: { query: LIVE } });
    await reused.next((m) => m.id === 'w' && m.type === 'next');
    reused.send({ id: 'w', type: 'subscribe', payload: { query: LIVE } });
    expect(await reused.closed).toEqual({ code: 4409, reason: 'Subscriber for w already exists' });
  });

  it('closes a socket offering no subprotocol with 4406 naming graphql-transport-ws', async () => {
    const bare = await opened([]);
    expect(await bare.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable: offer graphql-transport-ws' });
  });
});
