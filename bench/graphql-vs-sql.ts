/**
 * `npm run bench` (issue 14): the hub, its peer PostGraphile 5 and the hand-written SQL limit
 * on one scale database in one run, over HTTP+JSON, at fixed concurrency, in interleaved
 * rounds (the order rotates every round so background load drift hits all three).
 *   npm run bench [-- --connections 10 --seconds 8 --rounds 3 --only q1,q3]
 *   npm run bench -- --url <db> --superuser-url <db as superuser> --pg-dir <scripts/postgres.mjs dir>
 * Prints the table and writes bench/RESULTS.md. Exits non-zero when any request failed, the
 * three disagreed on a sampled answer, or a SQL plan is not the intended one.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DATABASE_OPTIONS, databaseOptions, setUpDatabase, type Workload } from './setup.js';
import { forkHub, forkServer, type ForkedServer } from './servers.js';
import { measure, type PreparedRequest } from './load.js';
import { GRAPHQL, sqlParams, type QueryName } from './queries.js';
import { PEER_GRAPHQL, normalise, peerVariables } from './peer-queries.js';
import { preparePeer } from './peer-setup.js';
import { checkPlans } from './plans.js';
import { cpuMs, sampleRss, treeCpu, treeCpuDelta } from './proc-stats.js';
import { printTable, writeResults, type Row, type Side, type TargetName, TARGETS } from './report.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string', default: 'q1,q2,q3' },
    providers: { type: 'string', default: '2000' },
    agreements: { type: 'string', default: '10000' },
    penalties: { type: 'string', default: '50000' },
    'no-results': { type: 'boolean', default: false },
    ...DATABASE_OPTIONS,
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const rounds = Number(values.rounds);
const queries = values.only.split(',').map((q) => q.trim()) as QueryName[];
/** Sampled requests compared field by field between the three, per query. */
const VERIFY_SAMPLES = 25;

const log = (line: string) => console.log(line);
const started = performance.now();
const db = await setUpDatabase({
  ...databaseOptions(values),
  providers: Number(values.providers), agreements: Number(values.agreements), penalties: Number(values.penalties), log,
});
const servers: ForkedServer[] = [];
let failed = false;
try {
  await preparePeer(db.superuserUrl, new URL(db.url).username);
  const env = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10' };
  const forked: Record<TargetName, ForkedServer> = {
    hub: await forkHub(db.url),
    postgraphile: await forkServer('./postgraphile-server.ts', { ...env, NODE_ENV: 'production' }),
    sql: await forkServer('./sql-server.ts', env),
  };
  servers.push(...Object.values(forked));
  log(`hub ${forked.hub.url}, PostGraphile ${forked.postgraphile.url}, SQL ${forked.sql.url} (${((performance.now() - started) / 1000).toFixed(1)} s since start)`);

  const planPool = new pg.Pool({ connectionString: db.url, max: 1 });
  const firstParams = Object.fromEntries(queries.map((q) => {
    const item = db.workloads[q].items[0]!;
    return [q, [item.insurerId, ...sqlParams(q, item.variables)]];
  })) as Record<QueryName, unknown[]>;
  const plans = await checkPlans(planPool, firstParams, queries);
  await planPool.end();
  for (const line of plans) log(`plan ${line}`);

  const rows: Row[] = [];
  for (const query of queries) {
    const items = db.workloads[query].items;
    const targets: Record<TargetName, Target> = {
      hub: target(forked.hub, '/graphql', items.map((i) => prepared(i, { query: GRAPHQL[query], variables: i.variables }))),
      postgraphile: target(forked.postgraphile, '/graphql', items.map((i) => prepared(i, { query: PEER_GRAPHQL[query], variables: peerVariables(query, i.variables) }))),
      sql: target(forked.sql, `/${query}`, items.map((i) => prepared(i, { variables: i.variables }))),
    };
    const verified = await verify(query, items, targets);
    for (const name of TARGETS) await warmUp(targets[name]);
    const logRowsBefore = await db.accessLogRows();
    for (let round = 0; round < rounds; round++) {
      // Rotate the order: hub, peer, SQL; peer, SQL, hub; SQL, hub, peer; …
      for (let k = 0; k < TARGETS.length; k++) await measured(db.postmasterPid, targets[TARGETS[(round + k) % TARGETS.length]!]);
    }
    const sides = Object.fromEntries(TARGETS.map((name) => [name, summary(targets[name])])) as Record<TargetName, Side>;
    const logRows = (await db.accessLogRows()) - logRowsBefore;
    rows.push({ query, sides, accessLogRowsPerRequest: logRows / Math.max(1, sides.hub.total), verified });
    log(`${query}: ${TARGETS.map((n) => `${n} ${Math.round(sides[n].requestsPerSecond)} req/s`).join(', ')}`);
    for (const name of TARGETS) {
      if (sides[name].failures > 0) {
        failed = true;
        console.error(`${query}: ${sides[name].failures} failed requests under load on ${name}`);
      }
    }
  }
  printTable(rows);
  if (!values['no-results'] && !failed) {
    const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
    writeResults(file, rows, {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).filter((a) => !a.includes('://')).join(' ')}` : ''}`,
      connections, seconds, warmupSeconds, rounds, counts: db.counts, postgres: db.serverVersion, plans,
    });
    log(`\nwritten to bench/RESULTS.md (total ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
}
process.exit(failed ? 1 : 0);

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
  serverCpuMs: number;
  databaseCpuMs: number;
  statements: number;
  rssMean: number;
  rssPeak: number;
}

interface Target {
  server: ForkedServer;
  url: string;
  requests: PreparedRequest[];
  runs: Run[];
}

function target(server: ForkedServer, path: string, requests: PreparedRequest[]): Target {
  return { server, url: `${server.url}${path}`, requests, runs: [] };
}

function prepared(item: Workload['items'][number], body: unknown): PreparedRequest {
  return { authorization: item.authorization, body: JSON.stringify(body) };
}

async function warmUp(t: Target): Promise<void> {
  await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds: warmupSeconds });
}

async function measured(postmasterPid: number | null, t: Target): Promise<void> {
  const statements = await t.server.statements();
  const cpu = cpuMs(t.server.pid);
  const dbCpu = postmasterPid ? treeCpu(postmasterPid) : null;
  const stopRss = sampleRss(t.server.pid);
  const result = await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds });
  const rss = stopRss();
  t.runs.push({
    ...result,
    serverCpuMs: cpuMs(t.server.pid) - cpu,
    databaseCpuMs: postmasterPid && dbCpu ? treeCpuDelta(dbCpu, treeCpu(postmasterPid)) : Number.NaN,
    statements: (await t.server.statements()) - statements,
    rssMean: rss.mean,
    rssPeak: rss.peak,
  });
}

/** Throughput and latency averaged over the rounds; CPU and statements per request over all of them. */
function summary(t: Target): Side {
  const total = t.runs.reduce((n, r) => n + r.total, 0);
  const sum = (pick: (r: Run) => number) => t.runs.reduce((n, r) => n + pick(r), 0);
  const mean = (pick: (r: Run) => number) => sum(pick) / t.runs.length;
  const perRequest = (pick: (r: Run) => number) => sum(pick) / Math.max(1, total);
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    total,
    failures: sum((r) => r.failures),
    statementsPerRequest: perRequest((r) => r.statements),
    serverCpuMsPerRequest: perRequest((r) => r.serverCpuMs),
    databaseCpuMsPerRequest: perRequest((r) => r.databaseCpuMs),
    rssMeanMb: mean((r) => r.rssMean),
    rssPeakMb: Math.max(...t.runs.map((r) => r.rssPeak)),
  };
}

/**
 * The comparison is only honest if all three answer the same: sampled requests must return
 * deep-equal normalised `data` (every id, value, count, order and hasNextPage; see
 * peer-queries.ts for what normalising removes), and must not be empty.
 */
async function verify(query: QueryName, items: Workload['items'], targets: Record<TargetName, Target>): Promise<number> {
  const step = Math.max(1, Math.floor(items.length / VERIFY_SAMPLES));
  let compared = 0;
  for (let i = 0; i < items.length && compared < VERIFY_SAMPLES; i += step, compared++) {
    const answers = await Promise.all(TARGETS.map((name) => post(targets[name].url, targets[name].requests[i]!)));
    const [hub, ...others] = answers.map((a, k) => {
      if (a.errors) throw new Error(`${query}: ${TARGETS[k]} errors: ${JSON.stringify(a.errors).slice(0, 500)}`);
      return normalise(a.data);
    });
    others.forEach((other, k) => {
      if (!isDeepStrictEqual(hub, other)) {
        throw new Error(`${query}: hub and ${TARGETS[k + 1]} disagree for ${JSON.stringify(items[i]!.variables)}:\n` +
          `hub ${JSON.stringify(hub).slice(0, 800)}\n${TARGETS[k + 1]} ${JSON.stringify(other).slice(0, 800)}`);
      }
    });
    if (!JSON.stringify(hub).includes('"id":')) throw new Error(`${query}: empty answer ${JSON.stringify(hub)}`);
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
