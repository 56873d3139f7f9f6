import type { PrismaClient } from '../../db/database.js';
import type { AuditEvent, WebhookEndpoint } from '../../db/generated/prisma/client.js';
import type { Logger } from '../../logger.js';
import { audienceAllows, resolveAudience, type AuditAudience } from '../audience.js';
import { webhookPayload } from './payload.js';
import { signPayload } from './signature.js';
import { endpointViewer } from './endpoint-viewer.js';
import { postWebhook, RefusedTargetError, type PrivateTargets } from './post-webhook.js';

export interface WebhookDispatcherOptions {
  /** Attempts before a delivery is DEAD (redeliverWebhook revives it). */
  maxAttempts?: number;
  /** Backoff: base × 2^(attempt−1), capped, with ±20 % jitter. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  timeoutMs?: number;
  pollMs?: number;
  /** A claimed attempt is retried after this if the process died mid-request. */
  leaseMs?: number;
  concurrency?: number;
  /** Deliver to loopback, private and link-local addresses (post-webhook.ts)? */
  privateTargets?: PrivateTargets;
}

const ENQUEUE_PAGE = 500;
const NO_AUDIENCE: AuditAudience = { kind: 'none' };
/** A delivery's error when its event is no longer the API client's to receive; nothing is sent. */
export const NOT_VISIBLE = 'not sent: the API client may no longer see this event';
/**
 * Under load a background transaction waits longer for a pooled connection than a request's
 * default (2 s) rather than failing the round; the next poll would retry anyway.
 */
const BACKGROUND_TRANSACTION = { maxWait: 15_000, timeout: 30_000 };

/**
 * At-least-once webhook delivery, run by every server process (they coordinate through
 * row locks, not through each other).
 *
 * 1. Enqueue: each active endpoint has a cursor (`cursorSeq`); events after it that the
 *    endpoint's API client may see and has asked for become WebhookDelivery rows, and the
 *    cursor moves, in one transaction on the endpoint row (FOR UPDATE SKIP LOCKED).
 * 2. Deliver: due PENDING rows are claimed with a lease (attempts + 1, nextAttemptAt moved
 *    past the lease) so no long transaction spans an HTTP request; a 2xx marks DELIVERED,
 *    anything else schedules the next attempt with exponential backoff, and the last allowed
 *    attempt's failure marks DEAD. A process that dies mid-request leaves a lease that runs
 *    out, and the attempt is made again: receivers de-duplicate by `seq`.
 */
export class WebhookDispatcher {
  private readonly o: Required<WebhookDispatcherOptions>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly inFlight = new Set<AbortController>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    options: WebhookDispatcherOptions = {},
  ) {
    this.o = {
      maxAttempts: 8,
      retryBaseMs: 5_000,
      retryMaxMs: 3_600_000,
      timeoutMs: 10_000,
      pollMs: 1_000,
      leaseMs: 60_000,
      concurrency: 8,
      privateTargets: 'intranet',
      ...options,
    };
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), this.o.pollMs).unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const controller of this.inFlight) controller.abort();
    await this.running;
  }

  /** New events arrived or a redelivery was asked for: run a round soon. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = this.round()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'webhooks: dispatch round failed'))
      .finally(() => {
        this.running = null;
        if (this.again) this.wake();
      });
  }

  /**
   * The audit stream's doorbell for a new batch. Most deployments register no webhook: then a
   * batch costs no statement at all. Whether any active endpoint exists is re-read by every
   * round (the poll runs one every `pollMs`), so an endpoint registered on any replica is
   * served within that interval.
   */
  wakeForBatch(): void {
    if (!this.anyEndpoint && Date.now() - this.anyEndpointAt < this.o.pollMs) return;
    this.wake();
  }

  private anyEndpoint = true;
  private anyEndpointAt = 0;

  /** One full round; exported for tests that drive the dispatcher by hand. */
  async round(): Promise<void> {
    const [any] = await this.prisma.$queryRaw<{ any: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "WebhookEndpoint" WHERE "active") AS "any"`;
    this.anyEndpoint = any?.any ?? true;
    this.anyEndpointAt = Date.now();
    // No active endpoint: nothing to enqueue, and deliveries are only claimed for active ones.
    if (!this.anyEndpoint) return;
    while (!this.stopped && (await this.enqueueOne())) {
      // keep going while some endpoint had new events
    }
    while (!this.stopped && (await this.deliverDue()) > 0) {
      // keep going while attempts were due
    }
  }

  /** Moves one endpoint's cursor forward; false when no endpoint is behind. */
  private async enqueueOne(): Promise<boolean> {
    // Background work must not compete with requests for the shared pool: the poll runs every
    // second on every replica, and nearly always finds nothing to do. A plain read answers that
    // without an interactive transaction (which pins a pooled connection for three round trips
    // and, with the pool busy serving reads, failed with "Unable to start a transaction in the
    // given time"); the locking transaction runs only when an endpoint is behind.
    const [behind] = await this.prisma.$queryRaw<{ behind: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "WebhookEndpoint"
        WHERE "active" AND "cursorSeq" < (SELECT COALESCE(MAX("seq"), 0) FROM "AuditEvent")) AS behind`;
    if (!behind?.behind) return false;
    return this.prisma.$transaction(async (tx) => {
      const [endpoint] = await tx.$queryRaw<WebhookEndpoint[]>`
        SELECT * FROM "WebhookEndpoint"
        WHERE "active" AND "cursorSeq" < (SELECT COALESCE(MAX("seq"), 0) FROM "AuditEvent")
        ORDER BY "cursorSeq" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!endpoint) return false;
      const client = await tx.apiClient.findUnique({ where: { id: endpoint.apiClientId } });
      const events = await tx.auditEvent.findMany({
        where: { seq: { gt: BigInt(endpoint.cursorSeq) } },
        orderBy: { seq: 'asc' },
        take: ENQUEUE_PAGE,
        select: { seq: true, type: true, insurerId: true, providerId: true, partnerId: true, entityType: true },
      });
      const audience = client && !client.disabledAt ? await resolveAudience(tx, endpointViewer(client)) : NO_AUDIENCE;
      const wanted = events.filter(
        (e) => audienceAllows(audience, e) && (endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(e.type)),
      );
      if (wanted.length > 0) {
        await tx.webhookDelivery.createMany({
          data: wanted.map((e) => ({ endpointId: endpoint.id, eventSeq: e.seq })),
          skipDuplicates: true,
        });
      }
      const last = events[events.length - 1];
      if (last) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { cursorSeq: last.seq } });
      return events.length > 0;
    }, BACKGROUND_TRANSACTION);
  }

  /** Claims and attempts due deliveries; returns how many were attempted. */
  private async deliverDue(): Promise<number> {
    const claimed = await this.prisma.$queryRaw<{ id: string; endpointId: string; eventSeq: bigint; attempts: number }[]>`
      UPDATE "WebhookDelivery" SET "attempts" = "attempts" + 1,
        "nextAttemptAt" = now() + make_interval(secs => ${this.o.leaseMs / 1000}::double precision)
      WHERE "id" IN (
        SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId"
        WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= now() AND e."active"
        ORDER BY d."nextAttemptAt", d."eventSeq" LIMIT ${this.o.concurrency}
        FOR UPDATE OF d SKIP LOCKED)
      RETURNING "id", "endpointId", "eventSeq", "attempts"`;
    const audiences = new Map<string, Promise<AuditAudience>>();
    await Promise.all(claimed.map((d) => this.attempt({ ...d, eventSeq: BigInt(d.eventSeq), attempts: Number(d.attempts) }, audiences)));
    return claimed.length;
  }

  /**
   * What the endpoint's API client may see now, once per client and round. A delivery was
   * queued for what the client could see then; by the attempt (a retry hours later, or a
   * redelivery of a dead one) the client may have been disabled, or a partner's entrustment
   * may have ended: the event is then not sent.
   */
  private audienceNow(apiClientId: string, audiences: Map<string, Promise<AuditAudience>>): Promise<AuditAudience> {
    let audience = audiences.get(apiClientId);
    if (!audience) {
      audience = this.prisma.apiClient
        .findUnique({ where: { id: apiClientId } })
        .then((client) => (client && !client.disabledAt ? resolveAudience(this.prisma, endpointViewer(client)) : NO_AUDIENCE));
      audiences.set(apiClientId, audience);
    }
    return audience;
  }

  private async attempt(
    d: { id: string; endpointId: string; eventSeq: bigint; attempts: number },
    audiences: Map<string, Promise<AuditAudience>>,
  ): Promise<void> {
    const [endpoint, event] = await Promise.all([
      this.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: d.endpointId } }),
      this.prisma.auditEvent.findUniqueOrThrow({ where: { seq: d.eventSeq } }),
    ]);
    if (!audienceAllows(await this.audienceNow(endpoint.apiClientId, audiences), event)) {
      await this.prisma.webhookDelivery.update({
        where: { id: d.id },
        data: { status: 'DEAD', lastStatusCode: null, lastError: NOT_VISIBLE, nextAttemptAt: new Date() },
      });
      return;
    }
    const result = await this.post(endpoint, event, d);
    if (result.ok) {
      await this.prisma.webhookDelivery.update({
        where: { id: d.id },
        data: { status: 'DELIVERED', deliveredAt: new Date(), lastStatusCode: result.status, lastError: null },
      });
      return;
    }
    const dead = d.attempts >= this.o.maxAttempts;
    await this.prisma.webhookDelivery.update({
      where: { id: d.id },
      data: {
        status: dead ? 'DEAD' : 'PENDING',
        lastStatusCode: result.status,
        lastError: result.error.slice(0, 500),
        nextAttemptAt: new Date(Date.now() + (dead ? 0 : this.backoff(d.attempts))),
      },
    });
    this.logger.info({ delivery: d.id, seq: d.eventSeq.toString(), attempts: d.attempts, dead }, 'webhook attempt failed');
  }

  backoff(attempts: number): number {
    const base = Math.min(this.o.retryMaxMs, this.o.retryBaseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  private async post(
    endpoint: WebhookEndpoint,
    event: AuditEvent,
    d: { id: string; attempts: number },
  ): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
    const body = JSON.stringify(webhookPayload(event));
    const timestamp = Math.floor(Date.now() / 1000);
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), this.o.timeoutMs);
    this.inFlight.add(controller);
    try {
      const status = await postWebhook(
        endpoint.url,
        body,
        {
          'content-type': 'application/json',
          'user-agent': 'agreement-hub-webhooks/1',
          'x-hub-event-id': event.id,
          'x-hub-event-type': event.type,
          'x-hub-seq': event.seq.toString(),
          'x-hub-delivery': d.id,
          'x-hub-attempt': String(d.attempts),
          'x-hub-timestamp': String(timestamp),
          'x-hub-signature': signPayload(endpoint.secret, timestamp, body),
        },
        { signal: controller.signal, privateTargets: this.o.privateTargets },
      );
      if (status >= 200 && status < 300) return { ok: true, status };
      return { ok: false, status, error: `HTTP ${status}` };
    } catch (error) {
      return { ok: false, status: null, error: attemptError(error) };
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }
}

/**
 * What the delivery records (and its API client reads as `lastError`) of an attempt that got
 * no answer: the refusal of a private target, or the kind of failure without the addresses a
 * socket error names (those would map the hub's network for a receiver on the intranet).
 */
function attemptError(error: unknown): string {
  if (error instanceof RefusedTargetError) return error.message;
  const e = error as { name?: string; code?: unknown };
  if (e?.name === 'AbortError') return 'timed out';
  return typeof e?.code === 'string' ? `connection failed (${e.code})` : 'connection failed';
}
