import pg from 'pg';
import type { Logger } from '../logger.js';

export interface ReconnectingListenerOptions {
  logger: Logger;
  /** Called after LISTEN is re-established: notifications sent while it was down are lost, so re-read. */
  onReconnect?: () => void;
  /** First retry delay; doubles up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * LISTEN on a dedicated connection that comes back by itself. Notifications arrive only on
 * the session that listens, so a pooled connection will not do; and when the server restarts
 * (or the network drops) that session is gone for good: without a new one the process would
 * silently fall back to its polls until restarted. On 'error' or 'end' the client is replaced
 * with exponential backoff, LISTEN is sent again, and `onReconnect` lets the owner re-read
 * what it may have missed.
 */
export class ReconnectingListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private delay: number;
  /** How many times the session was re-established (tests and logs). */
  reconnects = 0;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly options: ReconnectingListenerOptions,
  ) {
    this.delay = options.minDelayMs ?? 250;
  }

  /** The first connection must succeed (the caller is starting); later ones are retried forever. */
  async start(): Promise<void> {
    this.client = await this.connect();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      // Keep an 'error' listener: an unhandled one would crash the process.
      client.on('error', () => undefined);
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.options.logger.warn({ err: error, channel: this.channel }, 'LISTEN connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onPayload(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel.replaceAll('"', '""')}"`);
    } catch (error) {
      lost = true;
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().then(
        (client) => {
          if (this.closed) {
            void client.end().catch(() => undefined);
            return;
          }
          this.client = client;
          this.reconnects += 1;
          this.delay = this.options.minDelayMs ?? 250;
          this.options.logger.info(
            { channel: this.channel, reconnects: this.reconnects },
            'LISTEN re-established',
          );
          this.options.onReconnect?.();
        },
        () => {
          this.delay = Math.min(this.delay * 2, this.options.maxDelayMs ?? 5_000);
          this.scheduleReconnect();
        },
      );
    }, this.delay);
    this.retryTimer.unref();
  }
}
