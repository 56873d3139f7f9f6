/**
 * Before/after of a change to the append path, in one run (issue 14 item 3):
 *   npx tsx bench/append-ab.ts --before <dir> [--after <dir>] [--rounds 6 --seconds 5 --writers 8]
 * Two hubs (another tree's, e.g. `git archive <commit>` unpacked with this tree's node_modules
 * and generated clients linked beside it, and this tree's or `--after`'s) on one private
 * PostgreSQL, each as bench/events.ts runs it (production mode, one process). Rounds alternate
 * (before, after, after, before, …) so both meet the same machine load; each round is WRITERS
 * concurrent HTTP clients sending receiveTipOff for SECONDS. Prints per hub events/s per round,
 * the after/before ratio of each pair of rounds, and hub and PostgreSQL CPU per event.
 * `--rate R` paces the writers to R events/s in all (each waits for its next slot): on a
 * shared machine a closed loop's CPU per event follows its throughput (the fixed cost of each
 * loop wake-up is shared by fewer requests when the round gets less of a core), so two hubs
 * offered the same rate are compared at the same batching; a round that falls short is marked.
 * At the end the chain is verified (verifyAuditChain) and seq checked gapless.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './events-support.js';
import { cpuMeter } from './events-goals.js';
import { abArgs, printLoad, runAb } from './ab-harness.js';
import type { HubProcess } from './events-support.js';

const values = abArgs({
  rounds: { type: 'string', default: '6' },
  seconds: { type: 'string', default: '5' },
  writers: { type: 'string', default: '8' },
  rate: { type: 'string', default: '0' },
});
const ROUNDS = Number(values.rounds);
const SECONDS = Number(values.seconds);
const WRITERS = Number(values.writers);
const RATE = Number(values.rate);

interface Side { name: string; hub: HubProcess; rates: number[]; hubMs: number[]; pgMs: number[] }

await runAb(values, async ({ pgServer, before, after, receive }) => {
  const sides: Side[] = [
    { name: 'before', hub: before, rates: [], hubMs: [], pgMs: [] },
    { name: 'after', hub: after, rates: [], hubMs: [], pgMs: [] },
  ];
  for (const side of sides) for (let i = 0; i < 200; i += 1) await receive(side.hub.port); // warm up
  printLoad('start');
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of round % 2 ? [...sides].reverse() : sides) {
      const meter = cpuMeter(side.hub.pid, pgServer.dataDir);
      let appended = 0;
      const started = now();
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          // Paced: writer w sends at started + (w + k·WRITERS) / RATE s, never ahead of its slot.
          for (let k = 0; now() - started < SECONDS * 1000; k += 1) {
            if (RATE > 0) {
              const wait = started + ((w + k * WRITERS) * 1000) / RATE - now();
              if (wait > 0) await sleep(wait);
              if (now() - started >= SECONDS * 1000) break;
            }
            await receive(side.hub.port);
            appended += 1;
          }
        }),
      );
      const cost = meter();
      side.rates.push(appended / ((now() - started) / 1000));
      side.hubMs.push(cost.hubMs / appended);
      side.pgMs.push(cost.pgMs / appended);
    }
  }
  printLoad('end');
  const f = (xs: number[], d = 2) => xs.map((x) => x.toFixed(d)).join(' / ');
  if (RATE > 0)
    for (const s of sides)
      s.rates.forEach((r, i) => r < RATE * 0.95 && console.log(`${s.name} round ${i + 1}: ${r.toFixed(0)}/s, short of the offered ${RATE}/s`));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const s of sides)
    console.log(`${s.name.padEnd(6)} ${mean(s.rates).toFixed(0).padStart(5)} events/s (rounds ${f(s.rates, 0)}); ` +
      `hub CPU/event ${mean(s.hubMs).toFixed(2)} ms (${f(s.hubMs)}); PostgreSQL CPU/event ${mean(s.pgMs).toFixed(2)} ms (${f(s.pgMs)})`);
  const ratios = sides[1]!.rates.map((r, i) => r / sides[0]!.rates[i]!);
  const geo = Math.exp(mean(ratios.map(Math.log)));
  console.log(`after / before events/s per round pair: ${f(ratios)}; geometric mean ${geo.toFixed(2)}`);
  const hubRatio = Math.exp(mean(sides[1]!.hubMs.map((x, i) => Math.log(x / sides[0]!.hubMs[i]!))));
  const hubRatios = sides[1]!.hubMs.map((x, i) => x / sides[0]!.hubMs[i]!);
  const median = [...hubRatios].sort((a, b) => a - b)[Math.floor(hubRatios.length / 2)]!;
  console.log(`after / before hub CPU per event per round pair: ${f(hubRatios)}; geometric mean ${hubRatio.toFixed(3)}, median ${median.toFixed(3)}, lower in ${hubRatios.filter((r) => r < 1).length} of ${hubRatios.length}`);
  return true;
});
