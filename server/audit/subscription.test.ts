import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../db/generated/prisma/client.js';
import { systemViewer } from '../auth/viewer.js';
import { AuditSubscription, type AuditStreamItem } from './subscription.js';
import type { AuditStream } from './stream.js';

/**
 * The subscriber state machine against an in-memory table: replay in pages, the switch to
 * live marked by a heartbeat, de-duplication by seq, and a slow consumer overflowing its
 * queue falling back to the table — every seq exactly once, in order.
 */
function fakeStream() {
  const table: AuditEvent[] = [];
  const live = new Set<AuditSubscription>();
  const stream = {
    head: 0n,
    live,
    prisma: {
      auditEvent: {
        findMany: async ({ where, take }: { where: { AND: [unknown, unknown, { seq: { gt: bigint; lte: bigint } }] }; take: number }) => {
          const { gt, lte } = where.AND[2].seq;
          return table.filter((r) => r.seq > gt && r.seq <= lte).slice(0, take);
        },
      },
    },
    // The shared-block read of stream.ts, with blocks of 10 seqs.
    readBlock: async (after: bigint, upTo: bigint) => {
      const through = [after - (after % 10n) + 10n, upTo].reduce((a, b) => (a < b ? a : b));
      return { rows: table.filter((r) => r.seq > after && r.seq <= through), through };
    },
    prefetchBlock: () => undefined,
    setLive: (s: AuditSubscription, on: boolean) => (on ? live.add(s) : live.delete(s)),
    forget: (s: AuditSubscription) => live.delete(s),
  };
  const append = (n: number) => {
    for (let i = 0; i < n; i += 1) {
      const seq = BigInt(table.length + 1);
      table.push({ seq, type: 't', subject: 's', entityType: 'Agreement', insurerId: null, providerId: null, partnerId: null } as AuditEvent);
    }
  };
  /** What the real stream does on a batch: advance head, then push to live subscribers. */
  const commitAndFanOut = (n: number) => {
    const from = table.length;
    append(n);
    stream.head = BigInt(table.length);
    for (const s of [...live]) for (const row of table.slice(from)) s.push(row);
  };
  return { stream, append, commitAndFanOut };
}

async function take(sub: AuditSubscription, n: number): Promise<AuditStreamItem[]> {
  const out: AuditStreamItem[] = [];
  for (let i = 0; i < n; i += 1) out.push((await sub.next()).value as AuditStreamItem);
  return out;
}
const seqsOf = (items: AuditStreamItem[]) => items.filter((i) => !('kind' in i)).map((i) => Number((i as AuditEvent).seq));

describe('AuditSubscription', () => {
  it('replays, goes live with a heartbeat, survives a queue overflow and never repeats or skips', async () => {
    const { stream, append, commitAndFanOut } = fakeStream();
    append(25);
    stream.head = 25n;
    const sub = new AuditSubscription(stream as unknown as AuditStream, systemViewer, 0n, {}, { replayPage: 10, queueLimit: 5, audienceTtlMs: 60_000 });
    const replayed = await take(sub, 26);
    expect(seqsOf(replayed)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(replayed[25]).toMatchObject({ kind: 'heartbeat', latestSeq: 25n });
    expect(stream.live.has(sub)).toBe(true);

    commitAndFanOut(3); // live delivery
    expect(seqsOf(await take(sub, 3))).toEqual([26, 27, 28]);
    commitAndFanOut(12); // consumer not reading: queue overflows, subscriber drops back to replay
    expect(stream.live.has(sub)).toBe(false);
    // Events committed while it catches up are read from the table too.
    append(4);
    stream.head = 44n;
    const rest = await take(sub, 17);
    expect(seqsOf(rest)).toEqual(Array.from({ length: 16 }, (_, i) => i + 29));
    expect(rest[16]).toMatchObject({ kind: 'heartbeat', latestSeq: 44n });
    commitAndFanOut(1);
    expect(seqsOf(await take(sub, 1))).toEqual([45]);
    await sub.return();
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('drops live events at or below its cursor (a resume cursor ahead of this process)', async () => {
    const { stream, commitAndFanOut } = fakeStream();
    const sub = new AuditSubscription(stream as unknown as AuditStream, systemViewer, 3n, {}, { replayPage: 10, queueLimit: 100, audienceTtlMs: 60_000 });
    expect(await take(sub, 1)).toMatchObject([{ kind: 'heartbeat', latestSeq: 3n }]);
    commitAndFanOut(5);
    expect(seqsOf(await take(sub, 2))).toEqual([4, 5]);
  });
});
