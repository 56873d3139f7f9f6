import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LIVE, wsProbe } from '../support/ws-peer.js';
import { MAX_OPERATIONS_PER_SOCKET } from '../../server/graphql/ws.js';

/**
 * The life of an operation id on a graphql-ws socket (PROTOCOL.md): a `complete` from the
 * client ends the operation and frees its id for reuse, whatever stage the operation was at;
 * ping and pong carry optional payloads in both directions.
 */
const { hub, unopened, connected } = wsProbe();

describe('complete from the client', () => {
  it('stops a live subscription, and the same id then runs a new operation', async () => {
    const peer = await connected();
    peer.send({ id: 's', type: 'subscribe', payload: { query: LIVE } });
    await peer.next((m) => m.id === 's' && m.type === 'next');
    peer.send({ id: 's', type: 'complete' });
    await peer.roundTrip(1);
    const before = peer.messages.length;
    peer.send({ id: 's', type: 'subscribe', payload: { query: '{ __typename }' } });
    await peer.next((m, i = peer.messages.indexOf(m)) => i >= before && m.id === 's' && m.type === 'complete');
    // Only the new operation's answer: nothing more of the completed subscription.
    expect(peer.messages.slice(before)).toEqual([
      { id: 's', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 's', type: 'complete' },
    ]);
  });

  it('of an operation the hub then refuses frees its slot: the socket keeps serving', async () => {
    // Each subscribe is refused (validation) after the credential re-check's database read; the
    // client's complete, sent with it, arrives before the refusal. graphql-ws then drops the
    // refusal unsent (the id is completed) and calls no hook: the hub's own record of the
    // running operation stayed, and after MAX_OPERATIONS_PER_SOCKET of them every later
    // operation on the socket was RATE_LIMITED.
    const peer = await connected();
    for (let i = 0; i <= MAX_OPERATIONS_PER_SOCKET; i++) {
      peer.send({ id: `r${i}`, type: 'subscribe', payload: { query: '{ nope }' } });
      peer.send({ id: `r${i}`, type: 'complete' });
      // A whole operation after each pair (its own credential read queued behind the refused
      // one's): the refusals do not pile up in flight.
      peer.send({ id: `q${i}`, type: 'subscribe', payload: { query: '{ __typename }' } });
      expect((await peer.operation(`q${i}`)).map((m) => m.type)).toEqual(['next', 'complete']);
    }
    peer.send({ id: 'after', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await peer.operation('after')).toEqual([
      { id: 'after', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'after', type: 'complete' },
    ]);
    // The completed operations were answered with nothing.
    expect(peer.messages.filter((m) => m.id?.startsWith('r'))).toEqual([]);
  });

  it('of an id that is not running is ignored', async () => {
    const peer = await connected();
    peer.send({ id: 'never', type: 'complete' });
    await peer.roundTrip(1);
    peer.send({ id: 'never', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await peer.operation('never')).map((m) => m.type)).toEqual(['next', 'complete']);
  });
});

describe('an id reused while the hub is still checking its first subscribe', () => {
  it('closes the socket with 4409 and runs the operation once at most: here not at all, its socket closed before it ran (it ran, answering nobody)', async () => {
    const before = await hub().prisma.webhookEndpoint.count();
    const peer = await connected();
    const register = { query: 'mutation Reused { registerWebhook(input: { url: "https://his.example/reused" }) { auditSeq } }' };
    // Both frames in one TCP write: the hub reads them in one go, so the second arrives while
    // the first is in its checks (credential re-check, rate budget: database reads).
    const tcp = (peer.ws as unknown as { _socket: Socket })._socket;
    tcp.cork();
    peer.send({ id: 'w', type: 'subscribe', payload: register });
    peer.send({ id: 'w', type: 'subscribe', payload: register });
    tcp.uncork();
    expect(await peer.closed).toEqual({ code: 4409, reason: 'Subscriber for w already exists' });
    // The first subscribe's checks end after the close: its request-log line says what became of it.
    const line = () => hub().logs().split('\n').find((l) => l.includes('"msg":"graphql"') && l.includes('"operationName":"Reused"'));
    for (let i = 0; i < 500 && !line(); i++) await sleep(10);
    expect(await hub().prisma.webhookEndpoint.count()).toBe(before);
    expect(JSON.parse(line()!)).toMatchObject({ transport: 'ws', operation: 'mutation', errors: ['CLIENT_CLOSED_REQUEST'] });
    expect(hub().logs().split('\n').filter((l) => l.includes('"operationName":"Reused"') && l.includes('"msg":"graphql"'))).toHaveLength(1);
    expect(peer.messages.filter((m) => m.id === 'w')).toEqual([]);
  });

  it('a complete sent with the subscribe keeps the mutation from running (graphql-ws ran it, answering nobody)', async () => {
    const before = await hub().prisma.webhookEndpoint.count();
    const peer = await connected();
    peer.send({ id: 'c', type: 'subscribe', payload: { query: 'mutation Completed { registerWebhook(input: { url: "https://his.example/completed" }) { auditSeq } }' } });
    peer.send({ id: 'c', type: 'complete' });
    const line = () => hub().logs().split('\n').find((l) => l.includes('"msg":"graphql"') && l.includes('"operationName":"Completed"'));
    for (let i = 0; i < 500 && !line(); i++) await sleep(10);
    expect(await hub().prisma.webhookEndpoint.count()).toBe(before);
    expect(JSON.parse(line()!)).toMatchObject({ transport: 'ws', operation: 'mutation', errors: ['CLIENT_CLOSED_REQUEST'] });
    await peer.roundTrip(3);
    expect(peer.messages.filter((m) => m.id === 'c')).toEqual([]);
  });
});

describe('ping and pong', () => {
  it('answers a ping without payload with a pong without payload, before and after connection_init', async () => {
    const early = unopened();
    await early.opened;
    early.send({ type: 'ping' });
    expect(await early.next((m) => m.type === 'pong')).toEqual({ type: 'pong' });
    const peer = await connected();
    peer.send({ type: 'ping' });
    expect(await peer.next((m) => m.type === 'pong')).toEqual({ type: 'pong' });
  });

  it('takes a pong with a payload (a heartbeat the client volunteers) without answering it', async () => {
    const peer = await connected();
    peer.send({ type: 'pong', payload: { at: '2026-01-01T00:00:00Z' } });
    await peer.roundTrip(7);
    expect(peer.messages.map((m) => m.type)).toEqual(['connection_ack', 'pong']);
  });

  it.each([
    ['a ping whose payload is a string', { type: 'ping', payload: 'x' }, 'Invalid ping: payload must be an object or null, got string'],
    ['a pong whose payload is a list', { type: 'pong', payload: [1] }, 'Invalid pong: payload must be an object or null, got an array'],
    ['a connection_init whose payload is a string', { type: 'connection_init', payload: 'x' }, 'Invalid connection_init: payload must be an object or null, got string'],
  ])('closes %s with 4400 (payloads are objects), saying so before connection_init too', async (_name, message, reason) => {
    const peer = unopened();
    await peer.opened;
    peer.send(message);
    expect(await peer.closed).toEqual({ code: 4400, reason });
  });
});
