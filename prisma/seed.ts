// Demo data drawn from the real cases of the source documents (docs/domain/sources.md): insurers from Ma'anshan to
// Pingnan, their providers, agreements of every kind and status, findings, penalties,
// appeals, published agreement templates, assessments, credit, smart-monitoring rules and hits, tip-offs, sanctions that ended,
// notices and referrals, designation applications, monthly reports, public disclosures, and demo logins.
//   npm run seed         seeds DATABASE_URL, else the embedded PGlite in $DATA_DIR/pglite
// Demo users all have the password `demo-password`; the demo API keys are public and listed
// in prisma/seed/identities.ts and the README. No audit events are written: this is the
// initial state, not something that happened through the hub.
import { pathToFileURL } from 'node:url';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { seedAgreements } from './seed/agreements.js';
import { seedAgreementTemplates } from './seed/agreement-templates.js';
import { seedEnforcement } from './seed/enforcement.js';
import { hashDemoPasswords, seedIdentities } from './seed/identities.js';
import { createIds } from './seed/ids.js';
import { seedOversight } from './seed/oversight.js';
import { seedParties } from './seed/parties.js';
import { seedSupervision } from './seed/supervision.js';
import { seedSettlementSuspensions } from './seed/settlement-suspensions.js';
import { seedDemoClaims } from './seed/claims.js';
import { setDatabase } from '../server/db/database.js';

export interface SeedDemoResult {
  seeded: boolean;
  ms: number;
}

/**
 * Seeds the demo, all or nothing; does nothing when any insurer already exists. `now` is the
 * day it is seeded on: in-force terms end after it (seed/agreements.ts, termEnd).
 */
export async function seedDemo(prisma: PrismaClient, now = new Date()): Promise<SeedDemoResult> {
  const started = performance.now();
  if ((await prisma.insurer.count()) > 0) return { seeded: false, ms: 0 };
  const hashes = await hashDemoPasswords();
  const ids = createIds();
  await prisma.$transaction(
    async (tx) => {
      // Re-checked inside the transaction so two starts racing on an empty database do not both seed.
      if ((await tx.insurer.count()) > 0) return;
      await seedParties(tx, ids);
      await seedAgreements(tx, ids, now);
      await seedAgreementTemplates(tx, ids);
      await seedEnforcement(tx, ids);
      await seedOversight(tx, ids);
      await seedIdentities(tx, ids, hashes);
      await seedSupervision(tx, ids);
      await seedSettlementSuspensions(tx, ids);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  // Claims go through the import command (its own batches and events), after the parties exist.
  // The import command reaches the database through db(): the seed's client is the process's.
  setDatabase(prisma);
  await seedDemoClaims(prisma);
  return { seeded: true, ms: Math.round(performance.now() - started) };
}

async function main(): Promise<void> {
  const { loadConfig } = await import('../server/config.js');
  const { createLogger } = await import('../server/logger.js');
  const { openDatabase } = await import('../server/db/open-database.js');
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    const result = await seedDemo(db.prisma);
    console.log(
      result.seeded
        ? `Seeded demo data into the ${db.kind} database in ${(result.ms / 1000).toFixed(1)} s. ` +
            'Demo logins use the password documented in prisma/seed/identities.ts; demo API keys are listed in the README.'
        : `The ${db.kind} database already has data: nothing seeded.`,
    );
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
