// Where one claims-import batch spends its time (issue 10, ingestion), on a throwaway PostgreSQL:
//   npx tsx bench/import-profile.ts [-- --batches 10 --batch 1000]
// Times each phase of importClaims' batch separately (generation and insured persons are the
// simulation's, not the import's): zod validation, code resolution, each store statement, the
// audit append and COMMIT. Totals over the batches, as shares of the batch.
import { parseArgs } from 'node:util';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { setDatabase, type Tx } from '../server/db/database.js';
import { systemViewer } from '../server/auth/viewer.js';
import { inTransaction } from '../server/domain/transaction.js';
import { appendAuditEvent } from '../server/audit/append-event.js';
import { claimInput } from '../server/domain/monitoring/claim-input.js';
import { resolveClaims } from '../server/domain/monitoring/claim-record.js';
import { storeClaims } from '../server/domain/monitoring/store-claims.js';
import { insertSimPersons, prepareSimInsurer } from '../server/domain/monitoring/simulation/seed-simulation.js';
import { generateClaims } from '../server/domain/monitoring/simulation/generate-claims.js';

const { values } = parseArgs({ options: { batches: { type: 'string' }, batch: { type: 'string' }, url: { type: 'string' } } });
const batches = Number(values.batches ?? 10);
const size = Number(values.batch ?? 1000);
const pg = values.url ? null : await startPostgres();
const url = values.url ?? pg!.url;
await applyMigrations({ target: { url } });
const prisma = createPrismaClient(createPostgresAdapterFactory(url, { poolSize: 4 }));
setDatabase(prisma);
const totals = new Map<string, number>();
const add = (k: string, ms: number) => totals.set(k, (totals.get(k) ?? 0) + ms);
async function timed<T>(k: string, f: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  try {
    return await f();
  } finally {
    add(k, performance.now() - t);
  }
}
/** The transaction with every raw statement timed under its first words. */
function timedTx(tx: Tx): Tx {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if ((prop === '$queryRawUnsafe' || prop === '$executeRawUnsafe') && typeof v === 'function')
        return (sql: string, ...args: unknown[]) =>
          timed(`  sql: ${sql.replace(/\s+/g, ' ').slice(0, 40)}`, () => (v as (...a: unknown[]) => Promise<unknown>).apply(target, [sql, ...args]));
      return v;
    },
  });
}
try {
  const sim = await prepareSimInsurer(prisma, 'PROF', 50);
  const insurerId = sim.insurer.id;
  let claims = 0;
  let lines = 0;
  const all = performance.now();
  const gen = generateClaims({ claims: batches * size, violationRate: 0.05, providerCodes: sim.providerCodes, physicianCode: sim.physicianCode, prefix: 'P' });
  let pending: unknown[] = [];
  const runBatch = async (values: unknown[]) => {
    const parsed = await timed('validate (zod)', () => values.map((v) => claimInput.parse(v)));
    const t = performance.now();
    await inTransaction({ actor: systemViewer, requestId: null }, async (raw) => {
      const tx = timedTx(raw);
      const resolved = await timed('resolve codes (4 queries)', () => resolveClaims(tx, insurerId, parsed));
      const records = resolved.flatMap((r) => (r.ok ? [r.record] : []));
      const stored = await timed('store (total)', () => storeClaims(tx, records));
      lines += stored.reduce((s, r) => s + r.lines.length, 0);
      await timed('audit append', () =>
        appendAuditEvent(tx, { type: 'claims.imported', entityType: 'ClaimImport', entityId: crypto.randomUUID(), actor: systemViewer, insurerId, data: { n: stored.length } }),
      );
      add('transaction body', performance.now() - t);
    });
    add('transaction incl. begin/commit', performance.now() - t);
    claims += values.length;
  };
  for (const b of gen) {
    await timed('simulation: create insured persons', () => insertSimPersons(prisma, insurerId, b.persons));
    pending.push(...b.claims);
    while (pending.length >= size) {
      await runBatch(pending.slice(0, size));
      pending = pending.slice(size);
    }
  }
  if (pending.length > 0) await runBatch(pending);
  const wall = performance.now() - all;
  console.log(`${claims} claims, ${lines} lines in ${(wall / 1000).toFixed(1)} s (${Math.round(claims / (wall / 1000))} claims/s incl. simulation)`);
  for (const [k, ms] of totals) console.log(`${k.padEnd(60)} ${(ms / claims * 1000).toFixed(0).padStart(7)} ms per 1,000 claims  ${((ms / wall) * 100).toFixed(1).padStart(5)} %`);
} finally {
  await prisma.$disconnect();
  pg?.stop();
}
