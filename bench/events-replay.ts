// Phase 3 of `npm run bench:events` (bench/events.ts): a subscriber from before a backlog of
// chained events catches up while writers keep appending over HTTP; how long until it is live,
// and whether it got every event exactly once and in order.
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { appendBacklog, now, type HubProcess } from './events-support.js';
import { cpuMeter } from './events-goals.js';

export const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 5000);
export const REPLAY_RATE = Number(process.env.BENCH_REPLAY_RATE ?? 200);

/** What an integrator selects when it follows the log (seq, type, subject, time, data). */
export const SUBSCRIPTION = `subscription($after: String) { auditEvents(after: $after) {
  __typename ... on AuditEvent { seq type subject time data } ... on AuditHeartbeat { latestSeq } } }`;

export type Item = { __typename: string; seq?: string; latestSeq?: string };

export async function measureReplay(run: {
  prisma: PrismaClient;
  hub: HubProcess;
  pgDataDir: string;
  key: string;
  insurerId: string;
  /** One receiveTipOff over HTTP (one event). */
  receive: () => Promise<bigint>;
  /** The caller disposes what is left here if the run fails. */
  clients: Client[];
}) {
  const { prisma, hub, receive, clients } = run;
  const before = (await prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))!.seq;
  await appendBacklog(prisma, BACKLOG, run.insurerId);
  await sleep(500);
  let writing = true;
  const replayWrites: Promise<unknown>[] = [];
  let inFlightWrites = 0;
  let replayWritten = 0;
  const w0 = now();
  const writer = (async () => {
    for (let i = 0; writing; i += 1) {
      const due = w0 + (i * 1000) / REPLAY_RATE;
      await sleep(Math.max(0, due - now())); // always yield: a writer behind schedule must not block the loop
      // A hub slower than the schedule gets at most 16 writes in flight (the rate printed is what it sustained).
      if (inFlightWrites >= 16) continue;
      inFlightWrites += 1;
      replayWrites.push(receive().finally(() => ((inFlightWrites -= 1), (replayWritten += 1))));
    }
  })();
  // The writers reach their steady rate before the subscriber arrives: the replay is measured
  // against 200 writes/s already flowing, not against the writers' start.
  await sleep(2000);
  await hub.loopDelay();
  const replayClient = createClient({
    url: `ws://127.0.0.1:${hub.port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${run.key}` },
    retryAttempts: 0,
  });
  clients.push(replayClient);
  const replayed: bigint[] = [];
  const replayCpu = cpuMeter(hub.pid, run.pgDataDir);
  const replayWritten0 = replayWritten;
  const r0 = now();
  const steadyWriteRate = replayWritten0 / ((r0 - w0) / 1000);
  const replayMs = await new Promise<number>((resolve, reject) => {
    replayClient.subscribe<{ auditEvents: Item }>(
      { query: SUBSCRIPTION, variables: { after: before.toString() } },
      {
        next: (result) => {
          const item = result.data?.auditEvents;
          if (item?.__typename === 'AuditEvent') replayed.push(BigInt(item.seq!));
          else if (item?.__typename === 'AuditHeartbeat') resolve(now() - r0); // switched to live: caught up
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
  const replayLoop = await hub.loopDelay();
  const replayCost = replayCpu();
  const replayMutations = replayWritten - replayWritten0;
  // Writes the hub completed while the replay ran: what it sustained beside the replay.
  const replayWriteRate = replayMutations / (replayMs / 1000);
  writing = false;
  await writer;
  await Promise.all(replayWrites);
  await sleep(500);
  const stored = (
    await prisma.auditEvent.findMany({ where: { seq: { gt: before } }, orderBy: { seq: 'asc' }, select: { seq: true } })
  ).map((r) => r.seq);
  const replayExact = stored.every((seq, i) => replayed[i] === seq) && replayed.length === stored.length;
  await replayClient.dispose();
  clients.length = 0;
  return {
    replayMs,
    replayed: replayed.length,
    replayExact,
    replayLoop,
    replayCost,
    replayMutations,
    replayWriteRate,
    steadyWriteRate,
  };
}
