import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

const SUBSCRIPTION = `subscription($after: String) { auditEvents(after: $after) {
  __typename ... on AuditEvent { seq type subject time data } ... on AuditHeartbeat { latestSeq } } }`;

type Item = { __typename: string; seq?: string; latestSeq?: string };

/**
 * An integrator following the audit log through the load balancer, as the README tells one
 * to: keep the last seq (or heartbeat cursor) and, when the socket drops, reconnect with it.
 * Records every event it is handed, duplicates included, so a test can compare with the table.
 */
export class Follower {
  readonly seqs: bigint[] = [];
  cursor = 0n;
  reconnects = 0;
  private client: Client | null = null;
  private stopped = false;
  private live: (() => void) | null = null;
  private waiters: { seq: bigint; resolve: () => void }[] = [];

  constructor(
    private readonly wsUrl: string,
    private readonly key: string,
  ) {}

  /** Resolves when the subscription is live (its first heartbeat). */
  start(): Promise<void> {
    return new Promise((resolve) => {
      this.live = resolve;
      this.connect();
    });
  }

  /** Resolves once the follower has everything up to `seq`. */
  until(seq: bigint): Promise<void> {
    if (this.cursor >= seq) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }

  private advance(seq: bigint): void {
    if (seq > this.cursor) this.cursor = seq;
    this.waiters = this.waiters.filter((w) => (this.cursor >= w.seq ? (w.resolve(), false) : true));
  }

  private connect(): void {
    const client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.key}` },
      retryAttempts: 0,
      lazy: true,
    });
    this.client = client;
    const again = () => {
      void client.dispose();
      if (this.stopped) return;
      this.reconnects += 1;
      setTimeout(() => this.connect(), 200);
    };
    client.subscribe<{ auditEvents: Item }>(
      { query: SUBSCRIPTION, variables: { after: this.cursor.toString() } },
      {
        next: (result) => {
          const item = result.data?.auditEvents;
          if (item?.__typename === 'AuditEvent') {
            const seq = BigInt(item.seq!);
            this.seqs.push(seq);
            this.advance(seq);
          } else if (item?.__typename === 'AuditHeartbeat') {
            this.advance(BigInt(item.latestSeq!));
            this.live?.();
            this.live = null;
          }
        },
        error: again,
        complete: again,
      },
    );
  }
}
