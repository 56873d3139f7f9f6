import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditStream } from '../../server/audit/stream.js';
import { AUDIT_CHANNEL } from '../../server/audit/append-event.js';
import { ReconnectingListener } from '../../server/db/listener.js';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { AuditEvent } from '../../server/db/generated/prisma/client.js';
import { systemViewer } from '../../server/auth/viewer.js';
import { createLogger } from '../../server/logger.js';
import { appendOne } from '../support/audit.js';
import { createFileDatabase, type FileDatabase } from './support.js';

/**
 * A hub process with no subscriber does not read the event rows a commit's NOTIFY announces
 * (it used to: one statement per mutation on every hub): the head moves to the notified seq,
 * the webhook doorbell still rings and checkpoints are still published. A subscriber arriving
 * afterwards gets exactly what it asked for: from its cursor, or from now without one.
 */
let db: FileDatabase;
let stream: AuditStream;
let listener: ReconnectingListener;
let eventReads = 0;
let doorbells = 0;

beforeAll(async () => {
  db = await createFileDatabase();
  // The stream's client, counting its reads of AuditEvent rows (stream.ts reads them raw; a
  // model read counts too, whichever way the stream reads them).
  const reader = db.newClient(3).$extends({
    query: {
      auditEvent: {
        findMany({ args, query }) {
          eventReads += 1;
          return query(args);
        },
      },
      $queryRaw({ args, query }) {
        if (/FROM "AuditEvent"/.test(args.strings.join('?'))) eventReads += 1;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const logger = createLogger('silent');
  stream = new AuditStream(
    reader,
    {
      async listen(channel, onPayload, onReconnect) {
        listener = new ReconnectingListener(db.url, channel, onPayload, { logger, onReconnect });
        await listener.start();
        return () => listener.close();
      },
    },
    logger,
    // No poll during the test: only notifications move the stream.
    { pollMs: 600_000, heartbeatMs: 600_000, checkpointEvery: 10 },
  );
  await stream.start();
  stream.onBatch(() => (doorbells += 1));
});
afterAll(async () => {
  await stream?.stop();
  await db?.close();
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function take(iterator: AsyncIterator<unknown>, n: number): Promise<bigint[]> {
  const seqs: bigint[] = [];
  while (seqs.length < n) {
    const { value } = await iterator.next();
    if (value && !('kind' in (value as object))) seqs.push((value as AuditEvent).seq);
  }
  return seqs;
}

describe('audit stream without subscribers', () => {
  it('follows commits by their notifications alone, and a later subscriber gets exactly its events', async () => {
    expect(listener.listening).toBe(true);
    expect(AUDIT_CHANNEL).toBe('audit_events');
    const appended: bigint[] = [];
    for (let i = 0; i < 25; i += 1) appended.push((await appendOne(db.prisma, { data: { i } })).seq);
    await until(() => stream.head === appended.at(-1));
    expect(eventReads).toBe(0);
    expect(doorbells).toBeGreaterThan(0);
    // Checkpoints every 10 events still come (published from the table's own head).
    let checkpointed = 0n;
    await until(() => {
      void db.prisma.auditCheckpoint.findFirst({ orderBy: { seq: 'desc' } }).then((c) => (checkpointed = c?.seq ?? 0n));
      return checkpointed >= 10n;
    });

    // From now (no cursor): only events committed after it subscribed; from 0: all, once.
    const fromNow = stream.subscribe(systemViewer, null, {});
    const fromStart = stream.subscribe(systemViewer, 0n, {});
    const later: bigint[] = [];
    for (let i = 0; i < 3; i += 1) later.push((await appendOne(db.prisma, { data: { later: i } })).seq);
    expect(await take(fromNow, 3)).toEqual(later);
    expect(await take(fromStart, 28)).toEqual([...appended, ...later]);
    expect(eventReads).toBeGreaterThan(0);
    await fromNow.return?.();
    await fromStart.return?.();
  });
});
