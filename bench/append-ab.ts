/**
 * Before/after of a change to the append path, in one run (issue 14 item 3):
 *   npx tsx bench/append-ab.ts --before <dir> [--after <dir>] [--rounds 6 --seconds 5 --writers 8]
 * Two hubs (another tree's, e.g. `git archive <commit>` unpacked with this tree's node_modules
 * and generated clients linked beside it, and this tree's or `--after`'s) on one private
 * PostgreSQL, each as bench/events.ts runs it (production mode, one process). Rounds alternate
 * (before, after, after, before, …) so both meet the same machine load; each round is WRITERS
 * concurrent HTTP clients sending receiveTipOff for SECONDS. Prints per hub events/s per round,
 * the after/before ratio of each pair of rounds, and hub and PostgreSQL CPU per event.
 * At the end the chain is verified (verifyAuditChain) and seq checked gapless.
 */
import { now } from './events-support.js';
import { cpuMeter } from './events-goals.js';
import { abArgs, printLoad, runAb } from './ab-harness.js';
import type { HubProcess } from './events-support.js';

const values = abArgs({
  rounds: { type: 'string', default: '6' },
  seconds: { type: 'string', default: '5' },
  writers: { type: 'string', default: '8' },
});
const ROUNDS = Number(values.rounds);
const SECONDS = Number(values.seconds);
const WRITERS = Number(values.writers);

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
        Array.from({ length: WRITERS }, async () => {
          while (now() - started < SECONDS * 1000) {
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
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const s of sides)
    console.log(`${s.name.padEnd(6)} ${mean(s.rates).toFixed(0).padStart(5)} events/s (rounds ${f(s.rates, 0)}); ` +
      `hub CPU/event ${mean(s.hubMs).toFixed(2)} ms (${f(s.hubMs)}); PostgreSQL CPU/event ${mean(s.pgMs).toFixed(2)} ms (${f(s.pgMs)})`);
  const ratios = sides[1]!.rates.map((r, i) => r / sides[0]!.rates[i]!);
  const geo = Math.exp(mean(ratios.map(Math.log)));
  console.log(`after / before events/s per round pair: ${f(ratios)}; geometric mean ${geo.toFixed(2)}`);
  const hubRatio = Math.exp(mean(sides[1]!.hubMs.map((x, i) => Math.log(x / sides[0]!.hubMs[i]!))));
  console.log(`after / before hub CPU per event, geometric mean ${hubRatio.toFixed(2)}`);
  return true;
});
