// npm run bench:events — the audit log as a client meets it, loopback only, bounded in time.
//
// A throwaway PostgreSQL (scripts/postgres.mjs; track_commit_timestamp = on) and one hub in a
// child process (production mode, so the clients below do not share its event loop). Every
// event is a real mutation over HTTP (`receiveTipOff`: one mutation = one event), and the
// subscribers select what an integrator does (seq, type, subject, time, data).
//
// 1. Append rate: WRITERS concurrent HTTP clients send receiveTipOff for APPEND_SECONDS.
// 2. Fan-out: SUBSCRIBERS graphql-ws sockets follow `auditEvents` live while events are
//    written at RATE/s for SECONDS; latency per delivery = arrival at the client − the
//    transaction's commit time from pg_xact_commit_timestamp (PostgreSQL's clock, same host);
//    lost and duplicated deliveries are counted per subscriber.
// 3. Replay (bench/events-replay.ts): a BACKLOG of chained events, then one subscriber from before it while writers
//    append REPLAY_RATE/s over HTTP; time until it has every event and is live.
// The hub's own event-loop delay (monitorEventLoopDelay, bench/loop-delay.ts) is reported for
// phases 2 and 3. At the end, each issue-14 goal with its figure and PASS / FAIL, the load
// average at the start and end, and ratios measured within the run (bench/events-goals.ts).
// Env overrides: BENCH_SUBSCRIBERS, BENCH_RATE, BENCH_SECONDS, BENCH_WRITERS, BENCH_APPEND_SECONDS,
// BENCH_BACKLOG, BENCH_REPLAY_RATE. BENCH_APPEND_ONLY=1 stops after phase 1 (to profile the
// append path: BENCH_HUB_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the hub).
// BENCH_APPEND_FLOOR=1 instead compares the hub's appends with the fixed stack's floor for them
// (bench/append-floor.ts) and stops.
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { closeHttp, createBenchTenant, now, percentile, postGraphql, startHub, type HubProcess } from './events-support.js';
import { BACKLOG, REPLAY_RATE, SUBSCRIPTION, measureReplay, type Item } from './events-replay.js';
import { compareAppendFloor } from './append-floor.js';
import { cpuMeter, goalLines, listenFloor, loadAverage, writeEventsResults } from './events-goals.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const APPEND_SECONDS = Number(process.env.BENCH_APPEND_SECONDS ?? 5);

const RECEIVE = 'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq } }';

async function main(): Promise<void> {
  const started = now();
  const loadAtStart = loadAverage();
  console.log(`start: ${loadAtStart}`);
  const pgServer = await startPostgres();
  let hub: HubProcess | null = null;
  const clients: Client[] = [];
  try {
    await applyMigrations({ target: { url: pgServer.url } });
    const prisma = createPrismaClient(createPostgresAdapterFactory(pgServer.url, { poolSize: 4 }));
    const tenant = await createBenchTenant(prisma);
    const { key } = tenant;
    const insurer = { id: tenant.insurerId };
    hub = await startHub(pgServer.url);
    const port = hub.port;
    const insurerId = encodeGlobalID('Insurer', insurer.id);
    let n = 0;
    const receive = async (): Promise<bigint> => {
      const res = await postGraphql<{ receiveTipOff: { auditSeq: string } }>(port, key, RECEIVE, {
        input: { insurerId, channel: 'PHONE', summary: `举报：冒名就医、串换药品，第 ${++n} 件` },
      });
      if (res.status !== 200 || !res.body.data) throw new Error(`receiveTipOff answered ${res.status}: ${JSON.stringify(res.body.errors)}`);
      return BigInt(res.body.data.receiveTipOff.auditSeq);
    };
    console.log(`PostgreSQL :${pgServer.port}, hub :${port}`);
    for (let i = 0; i < 50; i += 1) await receive(); // warm up the hub (JIT, pools, caches)

    // 1. Append rate through the API.
    let appended = 0;
    const mutationMs: number[] = [];
    const appendCpu = cpuMeter(hub.pid, pgServer.dataDir);
    const a0 = now();
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (now() - a0 < APPEND_SECONDS * 1000) {
          const t = now();
          await receive();
          mutationMs.push(now() - t);
          appended += 1;
        }
      }),
    );
    const appendRate = appended / ((now() - a0) / 1000);
    const appendCost = appendCpu();
    mutationMs.sort((a, b) => a - b);
    console.log(`append: ${appendRate.toFixed(0)} events/s`);
    if (process.env.BENCH_APPEND_FLOOR === '1') {
      await compareAppendFloor({
        prisma, url: pgServer.url, pgDataDir: pgServer.dataDir, insurerId: insurer.id, insurerGlobalId: insurerId,
        hub: { port, pid: hub.pid, key }, writers: WRITERS, seconds: APPEND_SECONDS, rounds: 4,
      });
      await prisma.$disconnect();
      return;
    }
    if (process.env.BENCH_APPEND_ONLY === '1') {
      const f = (x: number) => x.toFixed(2);
      console.log(
        `  ${appended} mutations, p50 ${f(percentile(mutationMs, 50))} ms, p99 ${f(percentile(mutationMs, 99))} ms; ` +
          `CPU per event: hub ${f(appendCost.hubMs / appended)} ms, PostgreSQL ${f(appendCost.pgMs / appended)} ms`,
      );
      await prisma.$disconnect();
      return;
    }

    // 2. Fan-out to SUBSCRIBERS live subscribers; a subscriber is ready at its first heartbeat.
    const arrivals: Map<bigint, number>[] = [];
    const duplicates: number[] = [];
    let ready = 0;
    const opened = now();
    for (let s = 0; s < SUBSCRIBERS; s += 1) {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const seen = new Map<bigint, number>();
      arrivals.push(seen);
      duplicates.push(0);
      let first = true;
      client.subscribe<{ auditEvents: Item }>(
        { query: SUBSCRIPTION },
        {
          next: (result) => {
            const item = result.data?.auditEvents;
            if (item?.__typename === 'AuditEvent') {
              const seq = BigInt(item.seq!);
              if (seen.has(seq)) duplicates[s]! += 1;
              else seen.set(seq, now());
            } else if (first) {
              first = false;
              ready += 1;
            }
          },
          error: (error) => console.error('subscription error', error),
          complete: () => undefined,
        },
      );
      if (s % 50 === 49) await sleep(5); // do not open a thousand sockets in one burst
    }
    while (ready < SUBSCRIBERS && now() - opened < 60_000) await sleep(50);
    console.log(`${ready}/${SUBSCRIBERS} subscribers live after ${((now() - opened) / 1000).toFixed(1)} s`);

    await hub.loopDelay();
    const floor = await listenFloor(pgServer.url);
    const total = RATE * SECONDS;
    const written: bigint[] = [];
    const fanoutCpu = cpuMeter(hub.pid, pgServer.dataDir);
    const t0 = now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i += 1) {
      const due = t0 + (i * 1000) / RATE;
      if (due > now()) await sleep(due - now());
      inFlight.push(receive().then((seq) => void written.push(seq)));
    }
    await Promise.all(inFlight);
    const deadline = now() + 15_000;
    const expected = total * SUBSCRIBERS;
    const delivered = () => arrivals.reduce((sum, m) => sum + written.filter((s) => m.has(s)).length, 0);
    while (now() < deadline && arrivals.some((m) => m.size < total)) await sleep(100);
    const fanoutLoop = await hub.loopDelay();
    const fanoutCost = fanoutCpu();
    written.sort((a, b) => (a < b ? -1 : 1));
    const commits = await prisma.$queryRaw<{ seq: bigint; ms: number }[]>`
      SELECT "seq", (extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000)::float8 AS ms
      FROM "AuditEvent" WHERE "seq" BETWEEN ${written[0]!} AND ${written[written.length - 1]!}`;
    const commitAt = new Map(commits.map((c) => [BigInt(c.seq), Number(c.ms)]));
    const latencies: number[] = [];
    const writtenSet = new Set(written);
    let unexpected = 0;
    for (const seen of arrivals) {
      for (const [seq, at] of seen) {
        const committed = commitAt.get(seq);
        if (committed === undefined || !writtenSet.has(seq)) unexpected += 1;
        else latencies.push(at - committed);
      }
    }
    latencies.sort((a, b) => a - b);
    await floor.stop();
    const floorMs = written.flatMap((seq) => {
      const at = floor.receipts.get(seq);
      const committed = commitAt.get(seq);
      return at !== undefined && committed !== undefined ? [at - committed] : [];
    });
    floorMs.sort((a, b) => a - b);
    const gotAll = delivered();
    const lost = expected - gotAll;
    const dup = duplicates.reduce((a, b) => a + b, 0);
    for (const client of clients) await client.dispose();
    clients.length = 0;

    // 3. Replay a backlog while writers keep appending.
    const {
      replayMs,
      replayed,
      replayExact,
      replayLoop,
      replayCost,
      replayMutations,
      replayWriteRate,
      steadyWriteRate,
    } = await measureReplay({ prisma, hub, pgDataDir: pgServer.dataDir, key, insurerId: insurer.id, receive, clients });
    await prisma.$disconnect();

    const f = (x: number) => x.toFixed(1);
    // Hub CPU per delivered item with the mutations' share (from the append phase) taken out:
    // less sensitive to a loaded machine than the latencies.
    const mutationCpu = appendCost.hubMs / appended;
    const perItem = (hubMs: number, mutations: number, items: number) =>
      ((Math.max(0, hubMs - mutations * mutationCpu) * 1000) / Math.max(1, items)).toFixed(0);
    const detail = [
      `Audit log through the API (hub in production mode, one process; events = receiveTipOff over HTTP)`,
      `  append rate, ${WRITERS} concurrent writers, ${APPEND_SECONDS} s   ${appendRate.toFixed(0)} events/s  (mutation p50 ${f(percentile(mutationMs, 50))} ms, p99 ${f(percentile(mutationMs, 99))} ms)`,
      `  fan-out: ${SUBSCRIBERS} subscribers (seq type subject time data), ${total} events at ${RATE}/s`,
      `    deliveries       ${gotAll} of ${expected}; lost ${lost}; duplicated ${dup}; unexpected ${unexpected}`,
      `    commit → client  p50 ${f(percentile(latencies, 50))} ms, p99 ${f(percentile(latencies, 99))} ms, max ${f(latencies[latencies.length - 1] ?? NaN)} ms  (pg_xact_commit_timestamp)`,
      `    floor (LISTEN)   p50 ${f(percentile(floorMs, 50))} ms, p99 ${f(percentile(floorMs, 99))} ms  (${floorMs.length} NOTIFYs to a plain pg client in this process)`,
      `    hub event loop   max ${f(fanoutLoop.maxMs)} ms, p99 ${f(fanoutLoop.p99Ms)} ms; GC pauses max ${f(fanoutLoop.gcMaxMs)} ms, total ${f(fanoutLoop.gcMs)} ms`,
      `    hub CPU          ${fanoutCost.hubMs.toFixed(0)} ms → ${perItem(fanoutCost.hubMs, total, gotAll)} µs per delivery (${total} mutations at ${mutationCpu.toFixed(1)} ms taken out)`,
      `  replay: ${BACKLOG}-event backlog + writers at ${REPLAY_RATE}/s (completed ${steadyWriteRate.toFixed(0)}/s before the replay, ${replayWriteRate.toFixed(0)}/s during it) → live in ${f(replayMs)} ms; ${replayed} events, exactly once in order: ${replayExact}`,
      `    hub event loop   max ${f(replayLoop.maxMs)} ms, p99 ${f(replayLoop.p99Ms)} ms; GC pauses max ${f(replayLoop.gcMaxMs)} ms, total ${f(replayLoop.gcMs)} ms`,
      `    hub CPU          ${replayCost.hubMs.toFixed(0)} ms → ${perItem(replayCost.hubMs, replayMutations, replayed)} µs per replayed event (${replayMutations} mutations taken out)`,
    ];
    const figures = {
      appendRate,
      appendCpu: appendCost,
      appended,
      lost,
      duplicated: dup,
      fanoutP99: percentile(latencies, 99),
      floorP99: percentile(floorMs, 99),
      replayMs,
      replayExact,
      loopMaxMs: Math.max(fanoutLoop.maxMs, replayLoop.maxMs),
    };
    const loadAtEnd = loadAverage();
    const goals = goalLines(figures);
    for (const line of ['', ...detail, '', ...goals, '', `start: ${loadAtStart}`, `end:   ${loadAtEnd}`]) console.log(line);
    // A run with smaller settings (BENCH_* overrides) is not the measure: printed only.
    const overrides = Object.keys(process.env).filter((k) => k.startsWith('BENCH_'));
    if (overrides.length === 0) {
      writeEventsResults({ detail, goals, loadAtStart, loadAtEnd, command: 'npm run bench:events' });
      console.log('written to bench/RESULTS.md (its events section)');
    } else console.log(`not written to bench/RESULTS.md (overrides: ${overrides.join(', ')})`);
    console.log(`Total bench time ${((now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const client of clients) await Promise.resolve(client.dispose()).catch(() => undefined);
    closeHttp();
    await hub?.stop();
    pgServer.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
