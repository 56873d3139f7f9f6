// Volume for benchmarks: ≥ 2,000 providers with physicians, 10,000 agreements over 30
// synthetic insurers (every kind and status, each with versions, clauses, indicators and
// transitions), findings, and 50,000 penalties. Deterministic (seeded PRNG, fixed ids).
//   npm run seed:scale [-- --providers N --agreements N --penalties N]
// Targets DATABASE_URL, else the embedded PGlite in $DATA_DIR/pglite (migrations applied first).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { seedScaleAgreements } from './seed/scale-agreements.js';
import { seedScaleEnforcement } from './seed/scale-enforcement.js';
import { createScaleContext, seedScaleParties } from './seed/scale-parties.js';

export interface SeedScaleOptions {
  providers?: number;
  agreements?: number;
  penalties?: number;
  /** PRNG seed: the same seed gives the same rows. */
  seed?: number;
  /** Rows per INSERT. */
  batchSize?: number;
  /** Batches in flight at once (useful on PostgreSQL's pool; PGlite runs one at a time). */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SeedScaleResult {
  seeded: boolean;
  counts: Record<string, number>;
  ms: number;
}

export async function seedScale(prisma: PrismaClient, options: SeedScaleOptions = {}): Promise<SeedScaleResult> {
  const { providers = 2_000, agreements = 10_000, penalties = 50_000, seed = 20_190_508, batchSize = 5_000, concurrency = 1 } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const lap = (what: string) => log(`  ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  // Codes are fixed by the seed, so a second run would collide: it is a one-off per database.
  if ((await prisma.insurer.count({ where: { code: { startsWith: 'SCALE-' } } })) > 0) return { seeded: false, counts: {}, ms: 0 };
  const ctx = createScaleContext(prisma, seed, batchSize, concurrency);
  const parties = await seedScaleParties(prisma, ctx, providers);
  lap(`${providers} providers, physicians and practice sites`);
  const made = await seedScaleAgreements(ctx, parties, agreements);
  lap(`${made.length} agreements with versions, clauses, indicators and transitions`);
  const enforcement = await seedScaleEnforcement(ctx, parties, made, penalties);
  lap(`${enforcement.findings} findings and ${enforcement.penalties} penalties`);
  const counts = {
    providers, physicians: parties.providers.reduce((n, p) => n + p.physicianIds.length, 0), agreements: made.length, ...enforcement,
  };
  return { seeded: true, counts, ms: Math.round(performance.now() - started) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { providers: { type: 'string' }, agreements: { type: 'string' }, penalties: { type: 'string' }, 'batch-size': { type: 'string' } },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const { loadConfig } = await import('../server/config.js');
  const { createLogger } = await import('../server/logger.js');
  const { openDatabase } = await import('../server/db/open-database.js');
  const config = loadConfig();
  const opened = performance.now();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    console.log(`Generating scale data into the ${db.kind} database (opened in ${((performance.now() - opened) / 1000).toFixed(1)} s)`);
    const result = await seedScale(db.prisma, {
      providers: num(values.providers), agreements: num(values.agreements), penalties: num(values.penalties),
      batchSize: num(values['batch-size']), concurrency: db.kind === 'postgres' ? 4 : 1, log: console.log,
    });
    console.log(result.seeded
      ? `Done in ${(result.ms / 1000).toFixed(1)} s: ${JSON.stringify(result.counts)}`
      : 'Scale data is already present (insurers SCALE-*): nothing generated.');
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
