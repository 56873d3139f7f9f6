/**
 * `npm run bench:floor` (issue 14, "what it would take"): how far the product's fixed stack
 * (Express 5 + Apollo Server 5 + graphql-js) can go at all, measured beside the hub,
 * PostGraphile 5 and the SQL limit on one scale database in one run, interleaved rounds:
 *   - apollo+SQL: bench/apollo-floor-server.ts, the hub's documents answered by the SQL limit's
 *     one prepared statement per request (no ORM, no Pothos, no policy layer, no access log);
 *   - apollo+jit+SQL: the same with graphql-jit executing instead of graphql-js;
 *   - apollo empty: the same server answering `{ __typename }` (HTTP + Apollo, no statement).
 * If apollo+SQL / PostGraphile stays under 2, no hub built on the fixed stack reaches the
 * issue's hub/PostGraphile ≥ 2, however its resolvers are written.
 *   npm run bench:floor [-- --only q1,q3 --seconds 6 --rounds 3 --url … --superuser-url …]
 */
import { loadavg } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { DATABASE_OPTIONS, databaseOptions, setUpDatabase, type Workload } from './setup.js';
import { forkHub, forkServer, type ForkedServer } from './servers.js';
import { measure, type PreparedRequest } from './load.js';
import { GRAPHQL, type QueryName } from './queries.js';
import { PEER_GRAPHQL, normalise, peerVariables } from './peer-queries.js';
import { preparePeer } from './peer-setup.js';
import { cpuMs, treeCpu, treeCpuDelta } from './proc-stats.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string', default: 'q1,q2,q3' },
    ...DATABASE_OPTIONS,
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const queries = values.only.split(',').map((q) => q.trim()) as QueryName[];
const log = (line: string) => console.log(line);

const db = await setUpDatabase({ ...databaseOptions(values), providers: 2000, agreements: 10000, penalties: 50000, log });
const servers: ForkedServer[] = [];
let failed = false;

interface Target { name: string; server: ForkedServer; url: string; requests: PreparedRequest[]; rps: number[]; cpu: number; db: number; total: number }

try {
  await preparePeer(db.superuserUrl, new URL(db.url).username);
  const env = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10' };
  const hub = await forkHub(db.url);
  const floor = await forkServer('./apollo-floor-server.ts', env);
  const floorJit = await forkServer('./apollo-floor-server.ts', { ...env, FLOOR_JIT: '1' });
  const peer = await forkServer('./postgraphile-server.ts', { ...env, NODE_ENV: 'production' });
  const sql = await forkServer('./sql-server.ts', env);
  servers.push(hub, floor, floorJit, peer, sql);

  const lines: string[] = [];
  for (const query of queries) {
    const items = db.workloads[query].items;
    const body = (doc: string, v: (i: Workload['items'][number]) => unknown) => items.map((i) => ({ authorization: i.authorization, body: JSON.stringify({ query: doc, variables: v(i) }) }));
    const targets: Target[] = [
      target('hub', hub, '/graphql', body(GRAPHQL[query], (i) => i.variables)),
      target('apollo+SQL', floor, '/graphql', body(GRAPHQL[query], (i) => i.variables)),
      target('apollo+jit+SQL', floorJit, '/graphql', body(GRAPHQL[query], (i) => i.variables)),
      target('apollo empty', floor, '/graphql', body('{ __typename }', () => ({}))),
      target('PostGraphile', peer, '/graphql', body(PEER_GRAPHQL[query], (i) => peerVariables(query, i.variables))),
      target('SQL limit', sql, `/${query}`, items.map((i) => ({ authorization: i.authorization, body: JSON.stringify({ variables: i.variables }) }))),
    ];
    await verify(query, targets);
    for (const t of targets) await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds: 2 });
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < targets.length; k++) await measured(targets[(round + k) % targets.length]!);
    }
    const mean = (t: Target) => t.rps.reduce((a, b) => a + b, 0) / t.rps.length;
    const peerRps = mean(targets.find((t) => t.name === 'PostGraphile')!);
    for (const t of targets) {
      const line = `${query}  ${t.name.padEnd(15)} ${String(Math.round(mean(t))).padStart(6)} req/s  ` +
        `${(mean(t) / peerRps).toFixed(2).padStart(5)} × PostGraphile  server CPU ${(t.cpu / t.total).toFixed(2)} ms/req  ` +
        `PostgreSQL CPU ${(t.db / t.total).toFixed(2)} ms/req  (rounds ${t.rps.map(Math.round).join(' / ')})`;
      lines.push(line);
      log(line);
    }
  }
  log(`\n${rounds} interleaved rounds of ${seconds} s, ${connections} connections, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  log(lines.join('\n'));
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
}
process.exit(failed ? 1 : 0);

function target(name: string, server: ForkedServer, path: string, requests: PreparedRequest[]): Target {
  return { name, server, url: `${server.url}${path}`, requests, rps: [], cpu: 0, db: 0, total: 0 };
}

async function measured(t: Target): Promise<void> {
  const cpu = cpuMs(t.server.pid);
  const dbCpu = db.postmasterPid ? treeCpu(db.postmasterPid) : null;
  const result = await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds });
  if (result.failures > 0) throw new Error(`${t.name}: ${result.failures} failed requests`);
  t.rps.push(result.requestsPerSecond);
  t.cpu += cpuMs(t.server.pid) - cpu;
  t.db += db.postmasterPid && dbCpu ? treeCpuDelta(dbCpu, treeCpu(db.postmasterPid)) : 0;
  t.total += result.total;
}

/** apollo+SQL must answer what the hub, PostGraphile and the SQL limit answer (normalised). */
async function verify(query: QueryName, targets: Target[]): Promise<void> {
  const compared = targets.filter((t) => t.name !== 'apollo empty');
  for (let i = 0; i < Math.min(10, targets[0]!.requests.length); i++) {
    const answers = await Promise.all(compared.map(async (t) => {
      const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: t.requests[i]!.authorization }, body: t.requests[i]!.body });
      const json = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!response.ok || json.errors) throw new Error(`${query} ${t.name}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
      return normalise(json.data);
    }));
    answers.slice(1).forEach((a, k) => {
      if (!isDeepStrictEqual(answers[0], a)) throw new Error(`${query}: hub and ${compared[k + 1]!.name} disagree:\n${JSON.stringify(answers[0]).slice(0, 500)}\n${JSON.stringify(a).slice(0, 500)}`);
    });
  }
}
