/**
 * Before/after of a change to the hub, in one run: two hubs (this tree's and another tree's,
 * e.g. `git archive <commit>` unpacked with this tree's node_modules and generated clients
 * beside it) and PostGraphile 5 on one scale database, in alternated rounds, so both hubs
 * meet the same machine load. Prints per hub and query: req/s, the ratio to PostGraphile in
 * the same rounds, server and PostgreSQL CPU per request (the steadier figures on a shared box).
 *   npx tsx bench/hub-ab.ts --before <dir> [--after <dir>] [--only q1 --seconds 6 --rounds 4] --url … --superuser-url … --pg-dir …
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_OPTIONS, databaseOptions, setUpDatabase } from './setup.js';
import { forkHub, forkServer, type ForkedServer } from './servers.js';
import { measure, type PreparedRequest } from './load.js';
import { GRAPHQL, type QueryName } from './queries.js';
import { PEER_GRAPHQL, peerVariables } from './peer-queries.js';
import { preparePeer } from './peer-setup.js';
import { cpuMs, treeCpu, treeCpuDelta } from './proc-stats.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    /** Default: this tree. */
    after: { type: 'string' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '4' },
    only: { type: 'string', default: 'q1' },
    ...DATABASE_OPTIONS,
  },
});
if (!values.before) throw new Error('--before <dir of the other tree> is required');
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const queries = values.only.split(',').map((q) => q.trim()) as QueryName[];
const log = (line: string) => console.log(line);

interface Target { name: string; server: ForkedServer; url: string; requests: PreparedRequest[]; rps: number[]; cpuPerRequest: number[]; cpu: number; db: number; total: number; failures: number }

const db = await setUpDatabase({ ...databaseOptions(values), providers: 2000, agreements: 10000, penalties: 50000, log });
const servers: ForkedServer[] = [];
let failed = false;
try {
  await preparePeer(db.superuserUrl, new URL(db.url).username);
  const before = await forkHub(db.url, path.resolve(values.before, 'bench/hub-server.ts'));
  const after = await forkHub(db.url, values.after ? path.resolve(values.after, 'bench/hub-server.ts') : undefined);
  const peer = await forkServer('./postgraphile-server.ts', { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10', NODE_ENV: 'production' });
  servers.push(before, after, peer);
  log(`load average at start ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
  for (const query of queries) {
    const items = db.workloads[query].items;
    const body = (doc: string, v: (i: (typeof items)[number]) => unknown) => items.map((i) => ({ authorization: i.authorization, body: JSON.stringify({ query: doc, variables: v(i) }) }));
    const targets: Target[] = [
      target('before', before, body(GRAPHQL[query], (i) => i.variables)),
      target('after', after, body(GRAPHQL[query], (i) => i.variables)),
      target('PostGraphile', peer, body(PEER_GRAPHQL[query], (i) => peerVariables(query, i.variables))),
    ];
    for (const t of targets) await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds: 3 });
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < targets.length; k++) await measured(targets[(round + k) % targets.length]!);
    }
    const mean = (t: Target) => t.rps.reduce((a, b) => a + b, 0) / t.rps.length;
    const peerRps = mean(targets[2]!);
    for (const t of targets) {
      if (t.failures > 0) failed = true;
      log(`${query}  ${t.name.padEnd(13)} ${String(Math.round(mean(t))).padStart(6)} req/s  ${(mean(t) / peerRps).toFixed(2)} × PostGraphile  ` +
        `server CPU ${(t.cpu / t.total).toFixed(2)} ms/req  PostgreSQL CPU ${(t.db / t.total).toFixed(2)} ms/req  ` +
        `(rounds ${t.rps.map(Math.round).join(' / ')} req/s, ${t.cpuPerRequest.map((c) => c.toFixed(2)).join(' / ')} ms/req${t.failures ? `; ${t.failures} FAILED` : ''})`);
    }
  }
  log(`load average at end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
}
process.exit(failed ? 1 : 0);

function target(name: string, server: ForkedServer, requests: PreparedRequest[]): Target {
  return { name, server, url: `${server.url}/graphql`, requests, rps: [], cpuPerRequest: [], cpu: 0, db: 0, total: 0, failures: 0 };
}

async function measured(t: Target): Promise<void> {
  const cpu = cpuMs(t.server.pid);
  const dbCpu = db.postmasterPid ? treeCpu(db.postmasterPid) : null;
  const result = await measure({ url: t.url, requests: t.requests, connections, warmupSeconds: 0, seconds });
  const used = cpuMs(t.server.pid) - cpu;
  t.cpu += used;
  t.cpuPerRequest.push(used / Math.max(1, result.total));
  if (db.postmasterPid && dbCpu) t.db += treeCpuDelta(dbCpu, treeCpu(db.postmasterPid));
  t.total += result.total;
  t.failures += result.failures;
  t.rps.push(result.requestsPerSecond);
}
