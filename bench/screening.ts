// Smart-monitoring benchmark (issue 10), on a throwaway PostgreSQL:
//   npm run bench:screening [-- --claims 1000000 --providers 50 --sample 20000 --checks 2000 --concurrency 8 --import-only]
// 1. imports N simulated claims (about 2.5 lines each) through the import command: claims/s;
// 2. screens them with every after-settlement rule, set-based, as pg-boss jobs: claims/s;
// 3. evaluates comparable rules claim by claim with json-rules-engine on a sample, data
//    loaded from the same database (its per-claim rate is extrapolated to N): the ratio;
// 4. checkClaim (before settlement) in-process at fixed concurrency: p50/p99 and req/s.
import { parseArgs } from 'node:util';
import { Engine } from 'json-rules-engine';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { setDatabase } from '../server/db/database.js';
import { createLogger } from '../server/logger.js';
import { startJobQueue } from '../server/jobs/queue.js';
import { workScreeningChunks } from '../server/jobs/monitoring-jobs.js';
import { systemViewer } from '../server/auth/viewer.js';
import { startScreeningRun } from '../server/domain/monitoring/start-screening-run.js';
import { checkClaim } from '../server/domain/monitoring/check-claim.js';
import { prepareSimInsurer, seedSimClaims } from '../server/domain/monitoring/simulation/seed-simulation.js';
import { generateClaims } from '../server/domain/monitoring/simulation/generate-claims.js';
import { RULES } from '../server/domain/monitoring/rules/index.js';

const { values } = parseArgs({
  options: { claims: { type: 'string' }, providers: { type: 'string' }, sample: { type: 'string' }, checks: { type: 'string' }, concurrency: { type: 'string' }, url: { type: 'string' }, 'import-only': { type: 'boolean' } },
});
const N = Number(values.claims ?? 1_000_000);
const log = (s: string) => console.log(s);
const pg = values.url ? null : await startPostgres();
const url = values.url ?? pg!.url;
await applyMigrations({ target: { url } });
const prisma = createPrismaClient(createPostgresAdapterFactory(url, { poolSize: 8 }));
setDatabase(prisma);
const version = (await prisma.$queryRawUnsafe<{ version: string }[]>(`select current_setting('server_version') as version`))[0]?.version;
const [{ load }] = [{ load: (await import('node:os')).loadavg()[0]!.toFixed(1) }];
log(`PostgreSQL ${version}; ${N} claims; load average ${load}`);
try {
  const sim = await prepareSimInsurer(prisma, 'BENCH', Number(values.providers ?? 50));
  let t = performance.now();
  const seeded = await seedSimClaims(prisma, sim.insurer.id, { claims: N, violationRate: 0.05, providerCodes: sim.providerCodes, physicianCode: sim.physicianCode, prefix: 'B' }, (done) => process.stderr.write(`\r  imported ${done}`));
  const importS = (performance.now() - t) / 1000;
  const lines = await prisma.claimLine.count({ where: { insurerId: sim.insurer.id } });
  process.stderr.write('\n');
  log(`import: ${seeded.report.inserted} claims, ${lines} lines in ${importS.toFixed(1)} s → ${Math.round(seeded.report.inserted / importS)} claims/s, ${Math.round(lines / importS)} lines/s (persons created in the same loop)`);
  // --import-only: the import's rate at a volume whose screening would take too long here.
  if (!values['import-only']) {
    await prisma.$executeRawUnsafe('VACUUM ANALYZE');

    const queue = await startJobQueue({ kind: 'postgres', url }, createLogger('warn'));
    await workScreeningChunks(queue.boss, createLogger('warn'));
    await workScreeningChunks(queue.boss, createLogger('warn'));
    t = performance.now();
    const { run } = await startScreeningRun({ actor: systemViewer, requestId: null }, { insurerId: sim.insurer.id, fromMonth: '2026-03', toMonth: '2026-03' });
    let done = run;
    while (done.status !== 'COMPLETED' && done.status !== 'FAILED') {
      await new Promise((r) => setTimeout(r, 250));
      done = await prisma.screeningRun.findUniqueOrThrow({ where: { id: run.id } });
    }
    const screenS = (performance.now() - t) / 1000;
    const screenRate = done.claimsScreened / screenS;
    const truth = new Set(seeded.truth.map((x) => `${x.settlementId}|${x.ruleKey}`));
    const hits = await prisma.ruleHit.findMany({ where: { screeningRunId: run.id }, select: { claimRef: true, rule: { select: { ruleKey: true } } } });
    const tp = hits.filter((h) => truth.has(`${h.claimRef}|${h.rule.ruleKey}`)).length;
    log(`screening (${RULES.filter((r) => r.moments.includes('AFTER')).length} rules, ${done.chunksTotal} chunks, 2 workers): ${done.claimsScreened} claims in ${screenS.toFixed(1)} s → ${Math.round(screenRate)} claims/s; ${done.hitsFound} hits, precision ${(tp / Math.max(1, hits.length)).toFixed(3)}, recall ${(tp / Math.max(1, truth.size)).toFixed(3)}`);
    await queue.stop();

    const sample = Math.min(N, Number(values.sample ?? 20_000));
    t = performance.now();
    const engine = await jsonRulesEngineOver(sim.insurer.id, sample);
    const engineS = (performance.now() - t) / 1000;
    const engineRate = sample / engineS;
    log(`json-rules-engine (11 claim-local rules, claim by claim, sample of ${sample}, data loaded from the database in pages of 2,000): ${engineS.toFixed(1)} s → ${Math.round(engineRate)} claims/s (${engine.hits} hits; loading ${engine.loadS.toFixed(1)} s, facts and engine ${(engineS - engine.loadS).toFixed(1)} s → ${Math.round(sample / (engineS - engine.loadS))} claims/s without loading); extrapolated to ${N}: ${(N / engineRate).toFixed(0)} s`);
    log(`ratio set-based / claim-by-claim: ${(screenRate / engineRate).toFixed(1)}× with loading, ${(screenRate / (sample / (engineS - engine.loadS))).toFixed(1)}× against the engine alone (the set-based run also evaluates the history rules the engine side lacks)`);

    const checks = Number(values.checks ?? 2000);
    const concurrency = Number(values.concurrency ?? 8);
    const persons = await prisma.insuredPerson.findMany({ where: { insurerId: sim.insurer.id }, select: { idNumber: true }, take: checks });
    const inputs = [...generateClaims({ claims: checks, providerCodes: sim.providerCodes, prefix: 'CHK', seed: 99, violationRate: 0.05 })]
      .flatMap((b) => b.claims)
      .slice(0, checks)
      .map((c, i) => ({ ...c, insuredIdNumber: persons[i % persons.length]!.idNumber }));
    const latencies: number[] = [];
    let next = 0;
    t = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        const s = performance.now();
        await checkClaim({ actor: systemViewer, requestId: null }, { ...input, insurerCode: 'BENCH' });
        latencies.push(performance.now() - s);
      }
    }));
    const checkS = (performance.now() - t) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
    log(`checkClaim (in-process, concurrency ${concurrency}, ${checks} calls, ${RULES.filter((r) => r.moments.includes('BEFORE')).length} rules incl. history): p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, ${Math.round(checks / checkS)} req/s`);
  }
} finally {
  await prisma.$disconnect();
  pg?.stop();
}

/** The claim-local rules as json-rules-engine rules over facts computed per claim from its rows and the knowledge base. */
async function jsonRulesEngineOver(insurerId: string, sample: number): Promise<{ hits: number; loadS: number }> {
  const knowledge = await prisma.knowledgeEntry.findMany({ where: { insurerId, active: true } });
  const kb = new Map(knowledge.map((k) => [`${k.kind}|${k.catalogueCode}`, k]));
  const engine = new Engine([], { allowUndefinedFacts: true });
  const rule = (name: string, fact: string) => engine.addRule({ name, conditions: { all: [{ fact, operator: 'greaterThan', value: 0 }] }, event: { type: name } });
  for (const name of ['sex', 'child', 'insuranceType', 'quantity', 'duplicate', 'indication', 'notCovered', 'price', 'category', 'nonMedical', 'suspended']) rule(name, name);
  let hits = 0;
  let loadS = 0;
  const page = 2000;
  let cursor: string | undefined;
  for (let seen = 0; seen < sample; ) {
    // Keyset paging (id > last): Prisma's `cursor` option re-finds the cursor row in a subquery,
    // which on a million claims made loading, not the engine, the measured cost.
    const loadStart = performance.now();
    const claims = await prisma.claim.findMany({ where: { insurerId, ...(cursor ? { id: { gt: cursor } } : {}) }, take: Math.min(page, sample - seen), orderBy: { id: 'asc' } });
    if (claims.length === 0) break;
    cursor = claims.at(-1)!.id;
    seen += claims.length;
    const lines = await prisma.claimLine.findMany({ where: { claimId: { in: claims.map((c) => c.id) } } });
    const persons = new Map((await prisma.insuredPerson.findMany({ where: { id: { in: claims.map((c) => c.insuredPersonId) } } })).map((p) => [p.id, p]));
    loadS += (performance.now() - loadStart) / 1000;
    const byClaim = new Map<string, typeof lines>();
    for (const l of lines) byClaim.set(l.claimId, [...(byClaim.get(l.claimId) ?? []), l]);
    for (const c of claims) {
      const ls = byClaim.get(c.id) ?? [];
      const p = persons.get(c.insuredPersonId)!;
      const age = (d: Date) => (p.birthDate ? Math.floor((d.getTime() - p.birthDate.getTime()) / (365.25 * 86_400_000)) : 0);
      const k = (kind: string, code: string) => kb.get(`${kind}|${code}`);
      const matches = (prefixes: string[]) => c.diagnoses.some((d) => prefixes.some((x) => d.startsWith(x)));
      const dupKeys = ls.filter((l) => l.category === 'SERVICE_ITEM' || l.category === 'MATERIAL').map((l) => `${l.catalogueCode}|${l.servedOn.toISOString()}`);
      const facts = {
        sex: ls.filter((l) => { const e = k('SEX_RESTRICTION', l.catalogueCode); return e?.sex && p.sex && e.sex !== p.sex; }).length,
        child: ls.filter((l) => { const e = k('CHILD_ONLY', l.catalogueCode); return e?.maxAgeYears != null && age(l.servedOn) > e.maxAgeYears; }).length,
        insuranceType: ls.filter((l) => { const e = k('INSURANCE_TYPE_RESTRICTION', l.catalogueCode); return e && e.insuranceTypes.length > 0 && !e.insuranceTypes.includes(c.insuranceType); }).length,
        quantity: ls.filter((l) => { const e = k('QUANTITY_LIMIT', l.catalogueCode); return e && ((e.maxQuantity && l.quantity.gt(e.maxQuantity)) || (e.maxDaysSupply && (l.daysSupply ?? 0) > e.maxDaysSupply)); }).length,
        duplicate: dupKeys.length - new Set(dupKeys).size,
        indication: ls.filter((l) => { const e = k('INDICATION', l.catalogueCode); return e && e.icd10Prefixes.length > 0 && !matches(e.icd10Prefixes); }).length,
        notCovered: c.fundFen > 0n ? ls.filter((l) => k('NOT_COVERED', l.catalogueCode)).length : 0,
        price: ls.filter((l) => { const e = k('PAYMENT_STANDARD', l.catalogueCode); return e?.priceFen != null && l.unitPriceFen > e.priceFen; }).length,
        category: (() => { const e = k('CATEGORY_DIAGNOSIS', c.settlementCategory); return e && e.icd10Prefixes.length > 0 && !matches(e.icd10Prefixes) ? 1 : 0; })(),
        nonMedical: c.accountFen > 0n ? ls.filter((l) => l.category === 'NON_MEDICAL').length : 0,
        suspended: p.settlementSuspendedUntil && p.settlementSuspendedUntil >= new Date(c.settledAt.toISOString().slice(0, 10)) ? 1 : 0,
      };
      const { events } = await engine.run(facts);
      hits += events.length;
    }
  }
  return { hits, loadS };
}
