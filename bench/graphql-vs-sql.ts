/**
 * `npm run bench` (issue 3 §7): the hub's GraphQL against hand-written SQL on the same scale
 * database in the same run, over HTTP+JSON on both sides, at fixed concurrency.
 *   npm run bench [-- --connections 16 --seconds 10 --warmup 3 --only q1,q3]
 * Prints the table and writes bench/RESULTS.md. Exits non-zero when any request failed or the
 * two sides disagreed on a sampled answer (then the ratios would not mean anything).
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { setUpDatabase, type Workload } from './setup.js';
import { forkServer, type ForkedServer } from './servers.js';
import { measure, type LoadResult, type PreparedRequest } from './load.js';
import { GRAPHQL, type QueryName } from './queries.js';
import { printTable, writeResults, type Row, type Side } from './report.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string', default: 'q1,q2,q3' },
    providers: { type: 'string', default: '2000' },
    agreements: { type: 'string', default: '10000' },
    penalties: { type: 'string', default: '50000' },
    'no-results': { type: 'boolean', default: false },
    /** Reuse this (already seeded or to be seeded) database instead of a throwaway one. */
    url: { type: 'string' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
/** Measured rounds per query, alternating which side goes first, so background load drift hits both. */
const rounds = Number(values.rounds);
const queries = values.only.split(',').map((q) => q.trim()) as QueryName[];
/** Sampled requests compared field by field between the two sides, per query. */
const VERIFY_SAMPLES = 25;

const log = (line: string) => console.log(line);
const started = performance.now();
const db = await setUpDatabase({
  url: values.url,
  providers: Number(values.providers), agreements: Number(values.agreements), penalties: Number(values.penalties), log,
});
const servers: ForkedServer[] = [];
let failed = false;
try {
  const env = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10' };
  const hubEnv = {
    ...env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false',
    // The per-credential rate limit would otherwise answer 429 within the first second.
    RATE_LIMIT_PER_MINUTE: '100000000',
  };
  const hub = await forkServer('./hub-server.ts', hubEnv);
  servers.push(hub);
  const sql = await forkServer('./sql-server.ts', env);
  servers.push(sql);
  log(`hub at ${hub.url}, SQL baseline at ${sql.url} (${((performance.now() - started) / 1000).toFixed(1)} s since start)`);

  const rows: Row[] = [];
  for (const query of queries) {
    const workload = db.workloads[query];
    const graphqlRequests = workload.items.map((item) => prepared(item, JSON.stringify({ query: GRAPHQL[query], variables: item.variables })));
    const sqlRequests = workload.items.map((item) => prepared(item, JSON.stringify({ variables: item.variables })));
    const verified = await verify(query, workload, `${hub.url}/graphql`, `${sql.url}/${query}`, graphqlRequests, sqlRequests);

    const graphqlSide: Target = { server: hub, url: `${hub.url}/graphql`, requests: graphqlRequests, runs: [], statements: 0 };
    const sqlSide: Target = { server: sql, url: `${sql.url}/${query}`, requests: sqlRequests, runs: [], statements: 0 };
    await warmUp(graphqlSide);
    await warmUp(sqlSide);
    const logRowsBefore = await db.prisma.accessLogEntry.count();
    for (let round = 0; round < rounds; round++) {
      for (const target of round % 2 === 0 ? [graphqlSide, sqlSide] : [sqlSide, graphqlSide]) await measured(target);
    }
    const graphql = summary(graphqlSide);
    const baseline = summary(sqlSide);
    const logRows = (await db.prisma.accessLogEntry.count()) - logRowsBefore;
    rows.push({ query, graphql, sql: baseline, accessLogRowsPerRequest: logRows / Math.max(1, graphql.total), verified });
    log(`${query}: GraphQL ${Math.round(graphql.requestsPerSecond)} req/s, SQL ${Math.round(baseline.requestsPerSecond)} req/s`);
    if (graphql.failures > 0 || baseline.failures > 0) {
      failed = true;
      console.error(`${query}: failed requests under load: GraphQL ${graphql.failures}, SQL ${baseline.failures}`);
    }
  }
  printTable(rows);
  if (!values['no-results'] && !failed) {
    const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
    writeResults(file, rows, {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      connections, seconds, warmupSeconds, rounds, counts: db.counts, postgres: db.serverVersion,
    });
    log(`\nwritten to bench/RESULTS.md (total ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.prisma.$disconnect();
  db.stop();
}
process.exit(failed ? 1 : 0);

function prepared(item: Workload['items'][number], body: string): PreparedRequest {
  return { authorization: item.authorization, body };
}

interface Target {
  server: ForkedServer;
  url: string;
  requests: PreparedRequest[];
  runs: LoadResult[];
  statements: number;
}

async function warmUp(target: Target): Promise<void> {
  await measure({ url: target.url, requests: target.requests, connections, warmupSeconds: 0, seconds: warmupSeconds });
}

async function measured(target: Target): Promise<void> {
  const before = await target.server.statements();
  target.runs.push(await measure({ url: target.url, requests: target.requests, connections, warmupSeconds: 0, seconds }));
  target.statements += (await target.server.statements()) - before;
}


/** Throughput over all rounds; latency percentiles averaged over the rounds. */
function summary(target: Target): Side {
  const total = target.runs.reduce((n, r) => n + r.total, 0);
  const mean = (pick: (r: LoadResult) => number) => target.runs.reduce((n, r) => n + pick(r), 0) / target.runs.length;
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    total,
    failures: target.runs.reduce((n, r) => n + r.failures, 0),
    statementsPerRequest: target.statements / Math.max(1, total),
  };
}

/**
 * The comparison is only honest if both sides answer the same: sampled requests must return
 * deep-equal `data` (every id, value, count and cursor), and must not be empty.
 */
async function verify(
  query: QueryName, workload: Workload, graphqlUrl: string, sqlUrl: string,
  graphqlRequests: PreparedRequest[], sqlRequests: PreparedRequest[],
): Promise<number> {
  const step = Math.max(1, Math.floor(workload.items.length / VERIFY_SAMPLES));
  let compared = 0;
  for (let i = 0; i < workload.items.length && compared < VERIFY_SAMPLES; i += step, compared++) {
    const [g, s] = await Promise.all([post(graphqlUrl, graphqlRequests[i]!), post(sqlUrl, sqlRequests[i]!)]);
    if (g.errors) throw new Error(`${query}: GraphQL errors: ${JSON.stringify(g.errors).slice(0, 500)}`);
    if (!isDeepStrictEqual(g.data, s.data)) {
      throw new Error(`${query}: GraphQL and SQL disagree for ${JSON.stringify(workload.items[i]!.variables)}:\n` +
        `GraphQL ${JSON.stringify(g.data).slice(0, 800)}\nSQL     ${JSON.stringify(s.data).slice(0, 800)}`);
    }
    if (!JSON.stringify(g.data).includes('"id":')) throw new Error(`${query}: empty answer ${JSON.stringify(g.data)}`);
  }
  return compared;
}

async function post(url: string, request: PreparedRequest): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: request.authorization }, body: request.body,
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as { data?: unknown; errors?: unknown };
}
