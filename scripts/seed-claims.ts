// Generates settled claims with violations injected at a known rate and imports them:
//   npm run seed:claims -- --claims N [--rate 0.05] [--insurer SIM] [--providers 20] [--month 2026-03] [--truth FILE]
// The ground truth (which claim breaks which rule) is written apart, to FILE
// (default $DATA_DIR/seed-claims-truth.ndjson), never into the hub's tables.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { openDatabase } from '../server/db/open-database.js';
import { setDatabase } from '../server/db/database.js';
import { prepareSimInsurer, seedSimClaims } from '../server/domain/monitoring/simulation/seed-simulation.js';

const { values } = parseArgs({
  options: {
    claims: { type: 'string' }, rate: { type: 'string' }, insurer: { type: 'string' }, providers: { type: 'string' },
    month: { type: 'string' }, truth: { type: 'string' }, seed: { type: 'string' },
  },
});
const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
const database = await openDatabase(config, createLogger('warn'));
setDatabase(database.prisma);
try {
  const code = values.insurer ?? 'SIM';
  const claims = Number(values.claims ?? 10_000);
  const sim = await prepareSimInsurer(database.prisma, code, Number(values.providers ?? 20));
  const started = performance.now();
  const result = await seedSimClaims(database.prisma, sim.insurer.id, {
    claims,
    violationRate: Number(values.rate ?? 0.05),
    seed: Number(values.seed ?? 20_260_301),
    month: values.month ?? '2026-03',
    providerCodes: sim.providerCodes,
    physicianCode: sim.physicianCode,
    prefix: `${code}${Date.now().toString(36).toUpperCase()}`,
  }, (done) => process.stderr.write(`\r${done}/${claims} claims imported`));
  const seconds = (performance.now() - started) / 1000;
  const truthFile = values.truth ?? path.join(config.dataDir, 'seed-claims-truth.ndjson');
  mkdirSync(path.dirname(truthFile), { recursive: true });
  writeFileSync(truthFile, result.truth.map((t) => JSON.stringify(t)).join('\n') + '\n');
  process.stderr.write('\n');
  console.log(`${result.report.inserted} claims in ${seconds.toFixed(1)} s (${Math.round(result.report.inserted / seconds)} claims/s); ${result.truth.length} injected violations → ${truthFile}`);
} finally {
  await database.close();
}
