/** The benchmark's tables, on the terminal and as bench/RESULTS.md (the README copies them). */
import { writeFileSync } from 'node:fs';
import { eventsSection } from './events-goals.js';
import { writeReadmeFigures } from './readme-figures.js';
import os from 'node:os';
import { QUERY_LABELS, type QueryName } from './queries.js';
import type { LoadResult } from './load.js';

export const TARGETS = ['hub', 'postgraphile', 'sql'] as const;
export type TargetName = (typeof TARGETS)[number];
const TARGET_LABELS: Record<TargetName, string> = { hub: 'hub', postgraphile: 'PostGraphile 5', sql: 'SQL limit' };

export interface Side extends LoadResult {
  statementsPerRequest: number;
  /** CPU of the server process per request, ms (user + system). */
  serverCpuMsPerRequest: number;
  /** CPU of all PostgreSQL backends per request while this side ran alone, ms. */
  databaseCpuMsPerRequest: number;
  rssMeanMb: number;
  rssPeakMb: number;
}

export interface Row {
  query: QueryName;
  sides: Record<TargetName, Side>;
  /** Access-log rows the hub wrote per request (reads of agreements, findings and penalties). */
  accessLogRowsPerRequest: number;
  verified: number;
}

export interface RunInfo {
  command: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  counts: Record<string, number>;
  postgres: string;
  plans: string[];
}

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => n.toFixed(2);

const DETAIL_HEAD = ['query', 'server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'PostgreSQL CPU ms/req', 'RSS MB mean / peak', 'statements/req'];
const RATIO_HEAD = ['query', 'hub / SQL', 'PostGraphile / SQL', 'hub / PostGraphile', 'hub req/s', 'PostGraphile req/s', 'SQL req/s'];

function detailLines(rows: Row[]): string[][] {
  return rows.flatMap((r) => TARGETS.map((t) => {
    const s = r.sides[t];
    return [QUERY_LABELS[r.query], TARGET_LABELS[t], f0(s.requestsPerSecond), f1(s.p50), f1(s.p99),
      f1(s.serverCpuMsPerRequest), f1(s.databaseCpuMsPerRequest), `${f0(s.rssMeanMb)} / ${f0(s.rssPeakMb)}`, f1(s.statementsPerRequest)];
  }));
}

function ratioLines(rows: Row[]): string[][] {
  return rows.map((r) => {
    const { hub, postgraphile, sql } = r.sides;
    return [QUERY_LABELS[r.query], f2(hub.requestsPerSecond / sql.requestsPerSecond), f2(postgraphile.requestsPerSecond / sql.requestsPerSecond),
      f2(hub.requestsPerSecond / postgraphile.requestsPerSecond), f0(hub.requestsPerSecond), f0(postgraphile.requestsPerSecond), f0(sql.requestsPerSecond)];
  });
}

function terminal(head: string[], body: string[][]): void {
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => l.map((c, i) => (i <= 1 && head === DETAIL_HEAD ? c.padEnd(widths[i]!) : i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${fmt(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of body) console.log(fmt(l));
}

const markdown = (head: string[], body: string[][], left: number) => [
  `| ${head.join(' | ')} |`,
  `|${head.map((_, i) => (i < left ? ' --- ' : ' ---: ')).join('|')}|`,
  ...body.map((l) => `| ${l.join(' | ')} |`),
];

export function printTable(rows: Row[]): void {
  terminal(DETAIL_HEAD, detailLines(rows));
  terminal(RATIO_HEAD, ratioLines(rows));
  console.log('\nratios are throughput ratios (req/s ÷ req/s) in the same run; hub / PostGraphile ≥ 2 is the goal (issue 14)');
}

export function writeResults(file: string, rows: Row[], info: RunInfo): void {
  const cpu = os.cpus();
  const md = [
    '# Benchmark: the hub, PostGraphile 5 and the hand-written SQL limit',
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${info.command}\`.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, PostgreSQL ${info.postgres} (throwaway, loopback, fsync off).`,
    // Other processes on the machine skew absolute figures (ratios less so): say how busy it was.
    `Load average (1 min) at the end of the run: ${os.loadavg()[0]!.toFixed(2)} on ${cpu.length} cores (the machine is shared; compare ratios, not absolute req/s).`,
    `Data: ${Object.entries(info.counts).map(([k, v]) => `${f0(v)} ${k}`).join(', ')}.`,
    `Load: autocannon, ${info.connections} keep-alive connections, pool of 10 database connections per server; per query and server ${info.warmupSeconds} s warm-up, then ${info.rounds} measured rounds of ${info.seconds} s, the order of the three servers rotating every round (req/s and p50/p99 averaged over rounds). Servers, load generator and PostgreSQL are separate processes sharing the cores.`,
    '',
    '## Ratios (throughput, same run)',
    '',
    ...markdown(RATIO_HEAD, ratioLines(rows), 1),
    '',
    '## Per server',
    '',
    ...markdown(DETAIL_HEAD, detailLines(rows), 2),
    '',
    '- **server CPU** is the server process\'s user+system time over the measured rounds ÷ requests; **PostgreSQL CPU** the same for all backends of the benchmark database while that server ran alone (includes the hub\'s access-log writes); RSS sampled every 250 ms.',
    '- **Same question, same tenant**: every request authenticates an insurer-scoped API key; all three check it with a 5-s key cache (the hub\'s server/auth/viewer-cache.ts; bench/key-cache.ts for the others) and apply the insurer filter of server/auth/tenant-filters.ts — the hub in its Prisma queries, the SQL limit in its WHERE clauses, PostGraphile through row-level-security policies for its own role with the insurer set per transaction (bench/peer-setup.ts), which is how PostGraphile is run in production.',
    '- **SQL limit**: one prepared statement per request that builds the JSON in PostgreSQL (bench/queries.ts); plans checked with EXPLAIN before the load:',
    ...info.plans.map((p) => `  - ${p}`),
    '- **PostGraphile 5** (postgraphile 5.1.5, amber preset, NODE_ENV=production, no GraphiQL/explain): the same three questions in its own schema (bench/peer-queries.ts); it may order by unindexed columns (createdAt) so it returns the same rows in the same order as the hub.',
    `- **Equality**: ${rows.map((r) => `${r.query} ${r.verified}`).join(', ')} sampled requests returned identical normalised \`data\` from all three before the load (ids → uuid, cursors → present, timestamps → ISO UTC; bench/peer-queries.ts).`,
    `- **Hub's extra work**: it records the read access log for every agreement, finding and penalty it returns (PostGraphile and the SQL limit record nothing): ${rows
      .map((r) => `${r.query} ${f1(r.accessLogRowsPerRequest)} rows/request`).join(', ')}.`,
    '- What was changed for performance, and the figures before and after: bench/PERFORMANCE.md.',
    '',
  ];
  // bench:events writes its own section at the end of the same file (bench/events-goals.ts): kept.
  writeFileSync(file, md.join('\n').trimEnd() + eventsSection(file) + '\n');
  writeReadmeFigures('reads', [
    `Latest full run (${md[2]!.slice('Latest run: '.length, md[2]!.indexOf(' UTC') + 4)}, load average ${os.loadavg()[0]!.toFixed(1)} at its end; bench/RESULTS.md):`,
    '',
    ...markdown(README_HEAD, readmeLines(rows), 1),
  ]);
}

const README_HEAD = ['query', 'hub / SQL', 'PostGraphile / SQL', 'hub / PostGraphile', 'hub CPU + PostgreSQL CPU, ms/req', 'PostGraphile CPU + PostgreSQL CPU, ms/req', 'hub RSS mean / peak'];

/** The README's one table: the ratios, and what each request cost (steadier than req/s on a shared machine). */
function readmeLines(rows: Row[]): string[][] {
  return rows.map((r) => {
    const { hub, postgraphile, sql } = r.sides;
    return [QUERY_LABELS[r.query], f2(hub.requestsPerSecond / sql.requestsPerSecond), f2(postgraphile.requestsPerSecond / sql.requestsPerSecond),
      `**${f2(hub.requestsPerSecond / postgraphile.requestsPerSecond)}**`, `${f1(hub.serverCpuMsPerRequest)} + ${f1(hub.databaseCpuMsPerRequest)}`,
      `${f1(postgraphile.serverCpuMsPerRequest)} + ${f1(postgraphile.databaseCpuMsPerRequest)}`, `${f0(hub.rssMeanMb)} / ${f0(hub.rssPeakMb)} MB`];
  });
}
