/**
 * Before/after of a change to the replay path, in one run (issue 14 item 3):
 *   npx tsx bench/replay-ab.ts --before <dir> [--after <dir>] [--rounds 6 --backlog 5000 --rate 200]
 *   [--before-without-flags: the before hub without the production V8 flags]
 * Two hubs (another tree's, e.g. `git archive <commit>` unpacked with this tree's node_modules
 * and generated clients linked beside it, and this tree's or `--after`'s) on one private
 * PostgreSQL, each as bench/events.ts runs it. Rounds alternate (before, after, after, before,
 * …) so both meet the same machine load. A round is bench:events' phase 3 against one hub: a
 * fresh BACKLOG of chained events, writers appending RATE/s over HTTP to that hub (steady for
 * a second first), then one subscriber (seq type subject time data) from before the backlog;
 * the time until its heartbeat (live), the hub's event-loop delay and CPU over that time, and
 * whether it got every event exactly once and in order. `--rate 0`: the replay alone.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { appendBacklog, now, type HubProcess } from './events-support.js';
import { cpuMeter } from './events-goals.js';
import { SUBSCRIPTION, type Item } from './events-replay.js';
import { abArgs, printLoad, runAb } from './ab-harness.js';

const values = abArgs({
  rounds: { type: 'string', default: '6' },
  backlog: { type: 'string', default: '5000' },
  rate: { type: 'string', default: '200' },
  // The before hub without the production V8 flags (scripts/node-flags.mjs), to measure them.
  'before-without-flags': { type: 'boolean', default: false },
});
const ROUNDS = Number(values.rounds);
const BACKLOG = Number(values.backlog);
const RATE = Number(values.rate);

interface Round { ms: number; loopMax: number; gcMax: number; hubMs: number; writes: number; events: number; exact: boolean }
interface Side { name: string; hub: HubProcess; rounds: Round[] }

await runAb(
  values,
  async ({ pgServer, prisma, insurerRaw, key, before, after, receive }) => {
    const sides: Side[] = [
      { name: 'before', hub: before, rounds: [] },
      { name: 'after', hub: after, rounds: [] },
    ];
    for (const side of sides) for (let i = 0; i < 100; i += 1) await receive(side.hub.port); // warm up
    // Warm each hub's subscription path (compiled operation, first replay) outside the rounds.
    for (const side of sides) await replayRound(side.hub, 0);
    printLoad('start');
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of round % 2 ? [...sides].reverse() : sides) side.rounds.push(await replayRound(side.hub, RATE));
    }
    printLoad('end');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const f = (xs: number[], d = 0) => xs.map((x) => x.toFixed(d)).join(' / ');
    for (const s of sides) {
      const r = s.rounds;
      console.log(
        `${s.name.padEnd(6)} replay ${mean(r.map((x) => x.ms)).toFixed(0)} ms (${f(r.map((x) => x.ms))}); ` +
          `loop max ${mean(r.map((x) => x.loopMax)).toFixed(1)} ms (${f(r.map((x) => x.loopMax), 1)}; GC pause max ${f(r.map((x) => x.gcMax), 1)}); ` +
          `hub CPU ${mean(r.map((x) => x.hubMs)).toFixed(0)} ms (${f(r.map((x) => x.hubMs))}); ` +
          `writes completed ${f(r.map((x) => x.writes))}; events ${f(r.map((x) => x.events))}; exactly once in order: ${r.every((x) => x.exact)}`,
      );
    }
    const geo = (pick: (r: Round) => number) =>
      Math.exp(mean(sides[1]!.rounds.map((r, i) => Math.log(pick(r) / pick(sides[0]!.rounds[i]!)))));
    console.log(
      `after / before, geometric mean of round pairs: replay time ${geo((r) => r.ms).toFixed(2)}, loop max ${geo((r) => r.loopMax).toFixed(2)}, hub CPU ${geo((r) => r.hubMs).toFixed(2)}`,
    );

    /** One replay of a fresh backlog from `hub` while writers append `rate`/s to it. */
    async function replayRound(hub: HubProcess, rate: number): Promise<Round> {
      const from = (await prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))!.seq;
      await appendBacklog(prisma, BACKLOG, insurerRaw);
      await sleep(300);
      let writing = rate > 0;
      let inFlight = 0;
      let written = 0;
      const writes: Promise<unknown>[] = [];
      const w0 = now();
      const writer = (async () => {
        for (let i = 0; writing; i += 1) {
          await sleep(Math.max(0, w0 + (i * 1000) / rate - now()));
          if (inFlight >= 16) continue;
          inFlight += 1;
          writes.push(receive(hub.port).finally(() => ((inFlight -= 1), (written += 1))));
        }
      })();
      if (rate > 0) await sleep(1000);
      await hub.loopDelay();
      const client = createClient({
        url: `ws://127.0.0.1:${hub.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key}` },
        retryAttempts: 0,
      });
      const got: bigint[] = [];
      const meter = cpuMeter(hub.pid, pgServer.dataDir);
      const written0 = written;
      const r0 = now();
      const live = await new Promise<{ ms: number; latest: bigint }>((resolve, reject) => {
        client.subscribe<{ auditEvents: Item }>(
          { query: SUBSCRIPTION, variables: { after: from.toString() } },
          {
            next: (result) => {
              const item = result.data?.auditEvents;
              if (item?.__typename === 'AuditEvent') got.push(BigInt(item.seq!));
              else if (item?.__typename === 'AuditHeartbeat') resolve({ ms: now() - r0, latest: BigInt(item.latestSeq!) });
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      const loop = await hub.loopDelay();
      const cost = meter();
      const writesDuring = written - written0;
      writing = false;
      await writer;
      await Promise.all(writes);
      await client.dispose();
      const stored = (
        await prisma.auditEvent.findMany({ where: { seq: { gt: from, lte: live.latest } }, orderBy: { seq: 'asc' }, select: { seq: true } })
      ).map((r) => r.seq);
      const upTo = got.filter((seq) => seq <= live.latest);
      const exact = upTo.length === stored.length && stored.every((seq, i) => upTo[i] === seq);
      return { ms: live.ms, loopMax: loop.maxMs, gcMax: loop.gcMaxMs, hubMs: cost.hubMs, writes: writesDuring, events: upTo.length, exact };
    }
    return sides.every((s) => s.rounds.every((r) => r.exact));
  },
  { beforeFlags: !values['before-without-flags'] },
);
