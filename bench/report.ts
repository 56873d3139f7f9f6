/** The benchmark's table, on the terminal and as bench/RESULTS.md (the README copies it). */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { QUERY_LABELS, type QueryName } from './queries.js';
import type { LoadResult } from './load.js';

export interface Side extends LoadResult {
  statementsPerRequest: number;
}

export interface Row {
  query: QueryName;
  graphql: Side;
  sql: Side;
  /** Access-log rows the hub wrote per request (issue 5: reads of agreements and penalties). */
  accessLogRowsPerRequest: number;
  verified: number;
}

export interface RunInfo {
  command: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  /** q2 had to be measured with graphql-armor's cost limit lifted (the production limit refuses it). */
  counts: Record<string, number>;
  postgres: string;
}

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function lines(rows: Row[]): string[][] {
  return rows.map((r) => [
    QUERY_LABELS[r.query],
    f0(r.graphql.requestsPerSecond), f1(r.graphql.p50), f1(r.graphql.p99),
    f0(r.sql.requestsPerSecond), f1(r.sql.p50), f1(r.sql.p99),
    f2(r.graphql.requestsPerSecond / r.sql.requestsPerSecond),
    f2(r.graphql.p50 / r.sql.p50),
    `${f1(r.graphql.statementsPerRequest)} / ${f1(r.sql.statementsPerRequest)}`,
  ]);
}

const HEAD = [
  'query', 'GraphQL req/s', 'GraphQL p50 ms', 'GraphQL p99 ms', 'SQL req/s', 'SQL p50 ms', 'SQL p99 ms',
  'throughput ratio GraphQL/SQL', 'p50 ratio GraphQL/SQL', 'statements/request GraphQL / SQL',
];

export function printTable(rows: Row[]): void {
  const body = [HEAD, ...lines(rows)];
  const widths = HEAD.map((_, i) => Math.max(...body.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${fmt(HEAD)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines(rows)) console.log(fmt(l));
  console.log('\nthroughput ratio = GraphQL req/s ÷ SQL req/s (1.00 = as fast as hand-written SQL; higher is better)');
  console.log('p50 ratio        = GraphQL p50 ÷ SQL p50 (1.00 = same median latency; lower is better)');
}

export function writeResults(file: string, rows: Row[], info: RunInfo): void {
  const cpu = os.cpus();
  const md = [
    '# Benchmark: GraphQL hub vs hand-written SQL',
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${info.command}\`.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, PostgreSQL ${info.postgres} (throwaway, loopback, fsync off).`,
    // Other processes on the machine skew absolute figures (ratios less so): say how busy it was.
    `Load average (1 min) at the end of the run: ${os.loadavg()[0]!.toFixed(2)} on ${cpu.length} cores.`,
    `Data: ${Object.entries(info.counts).map(([k, v]) => `${f0(v)} ${k}`).join(', ')}.`,
    `Load: autocannon, ${info.connections} keep-alive connections; per query and side ${info.warmupSeconds} s warm-up, then ${info.rounds} measured rounds of ${info.seconds} s alternating which side goes first (req/s over all rounds, p50/p99 averaged over rounds). Hub, SQL baseline and load generator are separate processes sharing the cores with PostgreSQL.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...lines(rows).map((l) => `| ${l.join(' | ')} |`),
    '',
    '- **throughput ratio** = GraphQL req/s ÷ SQL req/s (1.00 = as fast as hand-written SQL; higher is better).',
    '- **p50 ratio** = GraphQL median latency ÷ SQL median latency (lower is better).',
    '- Both sides authenticate the same insurer-scoped API key on every request and apply the same tenant filter.',
    '  The SQL side looks the key up on every request; the hub reuses the viewer it resolved for a key for up to 5 s',
    '  (server/auth/viewer-cache.ts: revocation and expiry still take effect at once), as it does in production.',
    '  The SQL side answers with one hand-written statement that builds the JSON in PostgreSQL',
    '  (`json_agg` over LATERAL-limited subqueries, `count(*) OVER ()` for totalCount).',
    `- Equality: ${rows.map((r) => `${r.query} ${r.verified} sampled requests`).join(', ')} returned identical \`data\` from both sides before the load.`,
    `- The hub also writes the read access log (issue 5) for every agreement and penalty it returns: ${rows
      .map((r) => `${r.query} ${f1(r.accessLogRowsPerRequest)} rows/request`)
      .join(', ')}. The SQL baseline writes none. The hub writes it after answering, batched across requests every 100 ms.`,
    '- What was changed for performance, and the figures before and after: bench/PERFORMANCE.md.',
    '',
  ];
  writeFileSync(file, md.join('\n'));
}
