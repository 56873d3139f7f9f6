import { setUpDatabase } from './setup.js';
import { forkServer } from './servers.js';
import { GRAPHQL } from './queries.js';
const db = await setUpDatabase({ url: process.env.DATABASE_URL, providers: 2000, agreements: 10000, penalties: 50000, log: console.log });
const hub = await forkServer('./hub-server.ts', { DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '100000000' });
const q = (process.argv[2] ?? 'q1') as 'q1';
for (let i = 0; i < 20; i++) {
  const item = db.workloads[q].items[i % db.workloads[q].items.length]!;
  const s0 = await hub.statements();
  const t = performance.now();
  const r = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: item.authorization }, body: JSON.stringify({ query: GRAPHQL[q], variables: item.variables }) });
  const text = await r.text();
  console.log(r.status, (performance.now() - t).toFixed(1), 'ms', (await hub.statements()) - s0, 'stmts', text.length, text.slice(0, 120));
}
await hub.stop(); await db.prisma.$disconnect(); process.exit(0);
