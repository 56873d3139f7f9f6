import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';

/**
 * Malformed graphql-ws traffic on a raw socket (no client library to tidy it up): frames that
 * are not JSON or not messages, messages out of order, connection_init payloads of the wrong
 * kind, and subscriptions with malformed arguments. The hub must answer with the protocol's
 * 44xx close codes or a GraphQL error with a stable code and zh text, never an internal error
 * (close 1011 or 4500, INTERNAL_SERVER_ERROR), and keep serving afterwards.
 */
let hub: TestApp;
let key: string;

beforeAll(async () => {
  hub = await startTestApp();
  const insurerId = (await createInsurer(hub.prisma)).id;
  key = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
});
afterAll(() => hub?.close());

interface Session {
  send(frame: string | Buffer): void;
  /** The next message, or the close code when the socket closes first. */
  next(): Promise<{ type: string; id?: string; payload?: unknown } | { closed: number }>;
  close(): void;
}

async function open(): Promise<Session> {
  const socket = new WebSocket(hub.wsUrl, 'graphql-transport-ws');
  const queue: ({ type: string } | { closed: number })[] = [];
  let wake: (() => void) | null = null;
  socket.on('message', (data) => {
    queue.push(JSON.parse(String(data)) as { type: string });
    wake?.();
  });
  socket.on('close', (code) => {
    queue.push({ closed: code });
    wake?.();
  });
  await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return {
    send: (frame) => socket.send(frame),
    async next() {
      while (queue.length === 0) await new Promise<void>((r) => (wake = r));
      return queue.shift() as never;
    },
    close: () => socket.close(),
  };
}

async function initialised(): Promise<Session> {
  const s = await open();
  s.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } }));
  expect(await s.next()).toMatchObject({ type: 'connection_ack' });
  return s;
}

const INTERNAL_CLOSE = new Set([1011, 4500]);

describe('frames a graphql-ws server must refuse', () => {
  const afterInit: [string, string | Buffer][] = [
    ['not JSON', 'hello'],
    ['a binary frame', Buffer.from([0xff, 0x00, 0x80])],
    ['a JSON array', '[1, 2]'],
    ['a JSON number', '1'],
    ['an unknown type', JSON.stringify({ type: 'nonsense' })],
    ['a subscribe without id', JSON.stringify({ type: 'subscribe', payload: { query: '{ __typename }' } })],
    ['a subscribe whose payload is a string', JSON.stringify({ type: 'subscribe', id: '1', payload: 'x' })],
    ['a subscribe whose query is a number', JSON.stringify({ type: 'subscribe', id: '1', payload: { query: 1 } })],
    ['a second connection_init', JSON.stringify({ type: 'connection_init' })],
  ];
  it.each(afterInit)('closes with a 44xx code on %s', async (_name, frame) => {
    const s = await initialised();
    s.send(frame);
    const answer = await s.next();
    expect(answer).toHaveProperty('closed');
    const code = (answer as { closed: number }).closed;
    expect(INTERNAL_CLOSE.has(code), `closed ${code}`).toBe(false);
    expect(code).toBeGreaterThanOrEqual(4400);
  });

  it('answers a subscribe whose variables nest 5,000 deep with a coded error, and stays open', async () => {
    const s = await initialised();
    s.send(`{"type":"subscribe","id":"1","payload":{"query":"query ($v: String) { __typename }","variables":{"v":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}}}`);
    const answer = (await s.next()) as { type: string; payload: { extensions: Record<string, unknown> }[] };
    expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code: expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/), messageZh: expect.any(String) } }] });
    s.send(JSON.stringify({ type: 'subscribe', id: '2', payload: { query: '{ __typename }' } }));
    expect(await s.next()).toMatchObject({ type: 'next', id: '2' });
    s.close();
  });

  it('codes a variable graphql-js cannot coerce as BAD_USER_INPUT over the socket too (it was INTERNAL_SERVER_ERROR)', async () => {
    const s = await initialised();
    s.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: 'query ($n: Int) { agreements(first: $n) { totalCount } }', variables: { n: 'twelve' } } }));
    // Refused before execution, so graphql-ws's `error` message (GraphQLError[]), not a `next`.
    expect(await s.next()).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'BAD_USER_INPUT', messageZh: expect.stringMatching(/^输入有误：Variable "\$n"/), fields: [{ path: ['n'] }] } }],
    });
    s.close();
  });

  const inits: [string, unknown][] = [
    ['a string payload', 'Bearer x'],
    ['a list payload', [key]],
    ['a numeric authorization', { authorization: 12345 }],
    ['an authorization object', { authorization: { Bearer: key } }],
    ['a NUL in the key', { authorization: `Bearer ${key}\u0000` }],
    ['a 100 kB key', { authorization: `Bearer ${'k'.repeat(100_000)}` }],
  ];
  it.each(inits)('refuses connection_init with %s without an internal error', async (_name, payload) => {
    const s = await open();
    s.send(JSON.stringify({ type: 'connection_init', payload }));
    const answer = await s.next();
    expect(answer).toHaveProperty('closed');
    expect(INTERNAL_CLOSE.has((answer as { closed: number }).closed)).toBe(false);
  });

  it('refuses a subscribe before connection_init (4401)', async () => {
    const s = await open();
    s.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: 'subscription { auditEvents { __typename } }' } }));
    expect(await s.next()).toEqual({ closed: 4401 });
  });
});

describe('subscriptions with malformed arguments', () => {
  const variables: [string, Record<string, unknown>][] = [
    ['after not a number', { after: 'abc' }],
    ['after negative', { after: '-1' }],
    ['after beyond bigint', { after: '99999999999999999999' }],
    ['after in exponent form', { after: '1e3' }],
    ['after padded', { after: ' 12 ' }],
    ['after a number, not a string', { after: 12 }],
    ['subject with NUL', { subject: 'a\u0000b' }],
    ['subject a lone surrogate', { subject: '\ud800' }],
    ['subject 100 kB', { subject: 's'.repeat(100_000) }],
    ['types of 10,001', { types: Array.from({ length: 10_001 }, () => 'agreement.signed') }],
    ['types unknown', { types: ['no.such.type', ''] }],
  ];
  it.each(variables)('%s: a coded error, or the stream', async (_name, vars) => {
    const s = await initialised();
    s.send(
      JSON.stringify({
        type: 'subscribe',
        id: 'q',
        payload: { query: 'subscription ($after: String, $subject: String, $types: [String!]) { auditEvents(after: $after, subject: $subject, types: $types) { __typename } }', variables: vars },
      }),
    );
    const answer = (await s.next()) as { type?: string; payload?: unknown; closed?: number };
    s.close();
    expect(answer.closed === undefined || !INTERNAL_CLOSE.has(answer.closed), JSON.stringify(answer)).toBe(true);
    const errors = answer.type === 'error' ? (answer.payload as { extensions?: Record<string, unknown> }[]) : answer.type === 'next' ? ((answer.payload as { errors?: { extensions?: Record<string, unknown> }[] }).errors ?? []) : [];
    for (const e of errors) {
      expect(e.extensions?.code, JSON.stringify(e)).toEqual(expect.any(String));
      expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(String(e.extensions?.messageZh ?? '')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('still serves after all of it', async () => {
    const s = await initialised();
    s.send(JSON.stringify({ type: 'subscribe', id: 'ok', payload: { query: '{ __typename }' } }));
    expect(await s.next()).toMatchObject({ type: 'next', id: 'ok', payload: { data: { __typename: 'Query' } } });
    s.close();
  });
});
