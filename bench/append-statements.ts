// npx tsx bench/append-statements.ts — what one receiveTipOff costs PostgreSQL in statements.
//
// Starts a private PostgreSQL and a hub (as bench/events.ts does), turns on the server's
// statement log (log_statement = all, log_min_duration_statement off) after the warm-up, sends
// N sequential mutations over HTTP and counts the logged statements per mutation, by text.
// Round trips per mutation = statements logged (each extended-protocol statement is one Sync).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { closeHttp, createBenchTenant, postGraphql, startHub } from './events-support.js';

const N = Number(process.env.BENCH_STATEMENT_MUTATIONS ?? 50);
const RECEIVE = 'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq } }';

async function main(): Promise<void> {
  const server = await startPostgres();
  try {
    await applyMigrations({ target: { url: server.url } });
    const prisma = createPrismaClient(createPostgresAdapterFactory(server.url, { poolSize: 2 }));
    const { insurerId: insurerRaw, key } = await createBenchTenant(prisma);
    await prisma.$disconnect();
    const hub = await startHub(server.url);
    const insurerId = encodeGlobalID('Insurer', insurerRaw);
    const receive = async (i: number) => {
      const res = await postGraphql(hub.port, key, RECEIVE, {
        input: { insurerId, channel: 'PHONE', summary: `举报：冒名就医、串换药品，第 ${i} 件` },
      });
      if (res.status !== 200 || !res.body.data) throw new Error(JSON.stringify(res.body));
    };
    for (let i = 0; i < 20; i += 1) await receive(i);
    const admin = new pg.Client({ connectionString: server.superuserUrl });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query('SELECT pg_reload_conf()');
    await new Promise((r) => setTimeout(r, 500));
    const logFile = path.join(server.dataDir, 'server.log');
    const before = readFileSync(logFile, 'utf8').length;
    const started = Date.now();
    for (let i = 0; i < N; i += 1) await receive(100 + i);
    const elapsed = Date.now() - started;
    await new Promise((r) => setTimeout(r, 300)); // the last mutation's follow-up reads
    await admin.query(`ALTER SYSTEM RESET log_statement`);
    await admin.query('SELECT pg_reload_conf()');
    await admin.end();
    // A logged statement may span lines: continuation lines do not start with a timestamp.
    const lines = readFileSync(logFile, 'utf8').slice(before).split(/\n(?=\d{4}-\d\d-\d\d )/);
    const counts = new Map<string, number>();
    for (const line of lines) {
      const m = line.match(/LOG:\s+(?:statement|execute [^:]*):\s*([\s\S]*)$/);
      if (!m) continue;
      const text = m[1]!.replace(/\s+/g, ' ').slice(0, 110);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    let total = 0;
    for (const [text, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      total += count;
      console.log(`${(count / N).toFixed(2).padStart(6)} per mutation  ${text}`);
    }
    // Timers (the webhook dispatcher's idle check, pg-boss's polls) add a few per second
    // whatever the rate: they show up here as fractions.
    console.log(`${(total / N).toFixed(2)} statements per mutation (${N} sequential mutations in ${elapsed} ms, + 300 ms)`);
    await hub.stop();
  } finally {
    closeHttp();
    server.stop();
  }
}

await main();
