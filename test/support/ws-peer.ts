import WebSocket from 'ws';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApp, type TestApp } from './access-app.js';
import { createAccessWorld, createClientWithKey } from './access-world.js';

/**
 * A raw graphql-ws peer (`graphql-transport-ws`, no client library to tidy the traffic up) for
 * the protocol tests: records every message and the close. Sockets it opens are terminated by
 * `terminateAll` (afterAll).
 */
export const PROTOCOL = 'graphql-transport-ws';

/** A live subscription: audit heartbeats arrive every AUDIT_HEARTBEAT_MS (100 ms under wsProbe). */
export const LIVE = 'subscription { auditEvents(after: "0") { ... on AuditEvent { seq } ... on AuditHeartbeat { latestSeq } } }';

export type Message = { type: string; id?: string; payload?: unknown };

const open: WebSocket[] = [];

export function terminateAll(): void {
  for (const ws of open.splice(0)) ws.terminate();
}

export class Peer {
  readonly ws: WebSocket;
  readonly messages: Message[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  private waiters: (() => void)[] = [];

  constructor(url: string, protocol: string | string[] = PROTOCOL, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, protocol, { headers });
    open.push(this.ws);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    this.ws.on('message', (data) => {
      const text = String(data);
      // No message ever carries a stack trace or a source path.
      expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|node_modules/);
      this.messages.push(JSON.parse(text) as Message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** A socket acknowledged with the key in `connection_init`. */
  static async connected(url: string, key: string): Promise<Peer> {
    const peer = new Peer(url);
    await peer.opened;
    peer.send({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } });
    await peer.next((m) => m.type === 'connection_ack');
    return peer;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message (from the start) that matches. */
  async next(match: (m: Message) => boolean): Promise<Message> {
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Messages of one operation, until its `complete` or `error`. */
  async operation(id: string): Promise<Message[]> {
    await this.next((m) => m.id === id && (m.type === 'complete' || m.type === 'error'));
    return this.messages.filter((m) => m.id === id);
  }

  /** A ping/pong round trip (payload `{ n }`): whatever the hub sent before the pong has arrived. */
  async roundTrip(n: number): Promise<void> {
    this.send({ type: 'ping', payload: { n } });
    await this.next((m) => m.type === 'pong' && (m.payload as { n?: number } | undefined)?.n === n);
  }
}

/**
 * The real hub (audit heartbeats every 100 ms) and an integrator's API key for raw-socket
 * protocol tests; registers its own beforeAll/afterAll.
 */
export function wsProbe() {
  let hub: TestApp;
  let key: string;
  beforeAll(async () => {
    hub = await startTestApp({ AUDIT_HEARTBEAT_MS: '100' });
    const world = await createAccessWorld(hub.prisma);
    key = (await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id })).secret;
  });
  afterAll(async () => {
    terminateAll();
    await hub?.close();
  });
  return {
    hub: () => hub,
    key: () => key,
    /** A socket not yet opened, with these subprotocols and upgrade headers. */
    unopened: (protocol?: string | string[], headers?: Record<string, string>) => new Peer(hub.wsUrl, protocol, headers),
    /** A socket acknowledged with the key in `connection_init`. */
    connected: () => Peer.connected(hub.wsUrl, key),
  };
}
