// Helpers for bench/events.ts: what the run can say honestly on a shared machine.
//
// - The machine's load average at the start and the end of the run (on a loaded box the
//   absolute figures say more about the neighbours than about the hub).
// - A floor measured in the same run: a plain `LISTEN audit_events` client in the bench
//   process receives each commit's NOTIFY; commit → NOTIFY receipt is what PostgreSQL and
//   this process's event loop allow at that moment, so hub latency / floor is a ratio the
//   load inflates far less than either figure alone.
// - CPU per appended event of the hub and of PostgreSQL (/proc), so the append rate one idle
//   core would sustain can be read off even when the cores are shared.
// - Each issue-14 goal with the measured figure and pass / fail.
import os from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeReadmeFigures } from './readme-figures.js';
import path from 'node:path';
import pg from 'pg';
import { AUDIT_CHANNEL } from '../server/audit/append-event.js';
import { cpuMs, treeCpu, treeCpuDelta } from './proc-stats.js';
import { now } from './events-support.js';

export function loadAverage(): string {
  const [one, five, fifteen] = os.loadavg().map((x) => x.toFixed(1));
  return `load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on ${os.cpus().length} cores`;
}

/** Receipt time (ms, epoch) of every audit NOTIFY, by seq, for a plain LISTEN client. */
export async function listenFloor(
  url: string,
): Promise<{ receipts: Map<bigint, number>; stop(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const receipts = new Map<bigint, number>();
  client.on('notification', (message) => {
    if (message.channel === AUDIT_CHANNEL && message.payload && !receipts.has(BigInt(message.payload)))
      receipts.set(BigInt(message.payload), now());
  });
  await client.query(`LISTEN ${AUDIT_CHANNEL}`);
  return { receipts, stop: () => client.end() };
}

/** CPU ms spent by the hub process and by the whole PostgreSQL server since the call. */
export function cpuMeter(hubPid: number, pgDataDir: string): () => { hubMs: number; pgMs: number } {
  const postmaster = Number(
    readFileSync(path.join(pgDataDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const hub0 = cpuMs(hubPid);
  const pg0 = treeCpu(postmaster);
  return () => ({ hubMs: cpuMs(hubPid) - hub0, pgMs: treeCpuDelta(pg0, treeCpu(postmaster)) });
}

export interface EventFigures {
  appendRate: number;
  appendCpu: { hubMs: number; pgMs: number };
  appended: number;
  lost: number;
  duplicated: number;
  fanoutP99: number;
  floorP99: number;
  replayMs: number;
  replayExact: boolean;
  loopMaxMs: number;
}

/** The issue's goals, each with the figure measured through the API and pass / fail, then the in-run ratios. */
export function goalLines(f: EventFigures): string[] {
  const ok = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const hubPerEvent = f.appendCpu.hubMs / f.appended;
  const pgPerEvent = f.appendCpu.pgMs / f.appended;
  const rows: [string, string, string, boolean][] = [
    [
      'append rate, 8 writers, through HTTP',
      '≥ 1,500/s',
      `${f.appendRate.toFixed(0)}/s`,
      f.appendRate >= 1500,
    ],
    [
      '1,000 subscribers × 20/s: lost / duplicated',
      '0 / 0',
      `${f.lost} / ${f.duplicated}`,
      f.lost === 0 && f.duplicated === 0,
    ],
    ['… commit → client p99', '≤ 50 ms', `${f.fanoutP99.toFixed(0)} ms`, f.fanoutP99 <= 50],
    [
      'replay of the backlog while writing 200/s',
      '≤ 400 ms',
      `${f.replayMs.toFixed(0)} ms${f.replayExact ? '' : ' (NOT exactly once)'}`,
      f.replayMs <= 400 && f.replayExact,
    ],
    ['hub event-loop stall, max', '≤ 50 ms', `${f.loopMaxMs.toFixed(0)} ms`, f.loopMaxMs <= 50],
  ];
  return [
    '| goal (issue 14) | target | measured | |',
    '|---|---:|---:|---|',
    ...rows.map(([name, target, measured, pass]) => `| ${name} | ${target} | ${measured} | ${ok(pass)} |`),
    '',
    "Ratios within this run (less sensitive to the machine's load than the figures above):",
    `- fan-out p99 / floor p99 (a plain LISTEN client, same commits, same process): ${f.fanoutP99.toFixed(0)} / ${f.floorP99.toFixed(0)} ms = ${(f.fanoutP99 / f.floorP99).toFixed(1)}×`,
    `- CPU per appended event: hub ${hubPerEvent.toFixed(2)} ms + PostgreSQL ${pgPerEvent.toFixed(2)} ms → one idle hub core: ~${(1000 / hubPerEvent).toFixed(0)} events/s, one PostgreSQL core: ~${(1000 / pgPerEvent).toFixed(0)} events/s`,
  ];
}

/** Where this bench's section of bench/RESULTS.md starts; `npm run bench` keeps it (bench/report.ts). */
export const EVENTS_MARKER =
  '<!-- bench:events: written by `npm run bench:events`, kept by `npm run bench` -->';

/** Replaces (or appends) this bench's section of bench/RESULTS.md with the latest run. */
export function writeEventsResults(run: {
  detail: string[];
  goals: string[];
  loadAtStart: string;
  loadAtEnd: string;
  command: string;
}): void {
  const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = existing.indexOf(EVENTS_MARKER);
  const head = (at >= 0 ? existing.slice(0, at) : existing).trimEnd();
  const section = [
    EVENTS_MARKER,
    '',
    '## Events: `npm run bench:events` (the audit log through the API)',
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${run.command}\`; ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}.`,
    `Machine load: at the start ${run.loadAtStart}; at the end ${run.loadAtEnd}. The machine is shared with other sessions:`,
    'the hub, PostgreSQL and the 1,000 clients shared the cores with them, so absolute latencies and rates are',
    "the machine's as much as the hub's; the ratios below were measured in the same run.",
    '',
    ...run.goals,
    '',
    '```text',
    ...run.detail,
    '```',
    '',
  ];
  writeFileSync(file, `${head ? `${head}\n\n` : ''}${section.join('\n')}`);
  writeReadmeFigures('events', [`The latest run (${section[4]!.slice('Latest run: '.length, section[4]!.indexOf(' UTC') + 4)}; load average ${run.loadAtStart.replace(/^load average /, '')} at its start; bench/RESULTS.md):`, '', ...run.goals]);
}

/** The events section of an existing RESULTS.md (empty when there is none), for `npm run bench` to keep. */
export function eventsSection(file: string): string {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = existing.indexOf(EVENTS_MARKER);
  return at >= 0 ? `\n\n${existing.slice(at).trimEnd()}` : '';
}
