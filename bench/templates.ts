// Agreements-as-code benchmark (issue 11), on a throwaway PostgreSQL:
//   npm run bench:templates [-- --per-month 500,2000 --agreements 10000 --skip-campaign --skip-replay --url URL]
// 1. seeds the scale data (seed:scale: 10,000 agreements over 30 insurers), publishes one
//    template per insurer and agreement kind, and re-signs every agreement in force on it:
//    one campaign per template, each worked by two concurrent workers (as two hub processes
//    share a campaign with SKIP LOCKED) — agreements re-signed per second;
// 2. imports one year of simulated claims (seed:claims' generator, 12 months × N per month)
//    for a simulated insurer whose providers each hold an agreement with control indicators,
//    then replays a draft template with stricter indicators over the year (the what-if job's
//    own function) — time per size, for two sizes, and the ratio.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import type { AgreementKind } from '../server/db/generated/prisma/enums.js';
import { setDatabase } from '../server/db/database.js';
import { systemViewer } from '../server/auth/viewer.js';
import { seedScale } from '../prisma/seed-scale.js';
import { RESIGNABLE } from '../server/domain/templates/resign-agreement.js';
import { startResigningCampaign } from '../server/domain/templates/start-resigning-campaign.js';
import { runResigningCampaign } from '../server/domain/templates/run-resigning-campaign.js';
import { startWhatIfReplay } from '../server/domain/templates/start-what-if-replay.js';
import { runWhatIfReplay } from '../server/domain/templates/run-what-if-replay.js';
import { prepareSimInsurer, seedSimClaims } from '../server/domain/monitoring/simulation/seed-simulation.js';

const { values } = parseArgs({
  options: {
    'per-month': { type: 'string' },
    url: { type: 'string' },
    'skip-campaign': { type: 'boolean' },
    'skip-replay': { type: 'boolean' },
    agreements: { type: 'string' },
    providers: { type: 'string' },
  },
});
const sizes = (values['per-month'] ?? '500,2000').split(',').map(Number);
const log = (s: string) => console.log(s);
const pg = values.url ? null : await startPostgres();
const url = values.url ?? pg!.url;
await applyMigrations({ target: { url } });
const prisma = createPrismaClient(createPostgresAdapterFactory(url, { poolSize: 8 }));
setDatabase(prisma);
const version = (await prisma.$queryRawUnsafe<{ version: string }[]>(`select current_setting('server_version') as version`))[0]?.version;
const load = () => (loadavg()[0] ?? 0).toFixed(1);
log(`PostgreSQL ${version}; load average ${load()}`);
const ctx = { actor: systemViewer, requestId: null };
const clause = (no: string, metrics: string[] = []) => ({
  clauseNo: no,
  titleZh: `第${no}条`,
  titleEn: `Article ${no}`,
  bodyZh: '条款正文',
  bodyEn: 'Clause body',
  ruleCodes: [],
  indicatorMetrics: metrics,
});

try {
  if (!values['skip-campaign']) await campaignBench(prisma);
  if (!values['skip-replay']) {
    const results: { claims: number; seconds: number }[] = [];
    for (const perMonth of sizes) results.push(await replayBench(prisma, perMonth));
    if (results.length === 2) {
      const [a, b] = results as [(typeof results)[0], (typeof results)[0]];
      log(`replay growth: ${(b.claims / a.claims).toFixed(1)}× the claims took ${(b.seconds / a.seconds).toFixed(1)}× the time`);
    }
  }
} finally {
  await prisma.$disconnect();
  await pg?.stop();
}

async function campaignBench(db: PrismaClient) {
  let t = performance.now();
  const seeded = await seedScale(db, {
    agreements: Number(values.agreements ?? 10_000),
    providers: Number(values.providers ?? 2_000),
    penalties: 2_000,
    concurrency: 4,
  });
  log(`seed:scale: ${JSON.stringify(seeded.counts)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const groups = await db.agreement.groupBy({
    by: ['insurerId', 'kind'],
    where: { status: { in: [...RESIGNABLE] } },
    _count: { _all: true },
  });
  const templates: string[] = [];
  for (const g of groups) {
    const tpl = await db.agreementTemplate.create({
      data: {
        insurerId: g.insurerId,
        kind: g.kind as AgreementKind,
        code: `BENCH-${g.kind}`,
        versionNo: 1,
        titleZh: '2027 年版协议',
        titleEn: '2027 agreement',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        effectiveFrom: new Date('2027-01-01T00:00:00Z'),
        clauses: [clause('1'), clause('2', ['DRUG_SHARE'])],
        indicators: [{ metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT' }],
      },
    });
    templates.push(tpl.id);
  }
  const total = await db.agreement.count();
  log(`campaign: ${templates.length} templates (insurer × kind) over ${total} agreements, ${groups.reduce((s, g) => s + g._count._all, 0)} in force`);
  t = performance.now();
  const campaigns: string[] = [];
  for (const id of templates) campaigns.push((await startResigningCampaign(ctx, { templateId: id })).campaign.id);
  const startS = (performance.now() - t) / 1000;
  t = performance.now();
  for (const id of campaigns) await Promise.all([runResigningCampaign(id), runResigningCampaign(id)]);
  const runS = (performance.now() - t) / 1000;
  const counts = await db.resigningCampaignItem.groupBy({ by: ['status'], _count: { _all: true } });
  const by = Object.fromEntries(counts.map((c) => [c.status, c._count._all]));
  const done = (by.RESIGNED ?? 0) + (by.REFUSED ?? 0);
  const twice = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `select count(*) as n from (select "agreementId" from "ResigningCampaignItem" where status = 'RESIGNED' group by 1 having count(*) > 1) x`,
  );
  log(
    `campaign: started ${campaigns.length} campaigns (items listed) in ${startS.toFixed(1)} s; worked ${done} items (${JSON.stringify(by)}) in ${runS.toFixed(1)} s → ${(done / runS).toFixed(0)} agreements/s; re-signed twice: ${twice[0]!.n}; load average ${load()}`,
  );
}

async function replayBench(db: PrismaClient, perMonth: number) {
  const code = `RPL${perMonth}`;
  const sim = await prepareSimInsurer(db, code, 20);
  const providers = await db.provider.findMany({ where: { insurerId: sim.insurer.id } });
  for (const p of providers) {
    const a = await db.agreement.create({
      data: {
        number: `${code}-XY-${p.code}`,
        insurerId: sim.insurer.id,
        providerId: p.id,
        family: 'SERVICE',
        kind: 'MEDICAL_INSTITUTION_SERVICE',
        status: 'ACTIVE',
        startsOn: new Date('2026-01-01T00:00:00Z'),
        endsOn: new Date('2026-12-31T00:00:00Z'),
        signedAt: new Date('2025-12-20T00:00:00Z'),
      },
    });
    const v = await db.agreementVersion.create({
      data: { agreementId: a.id, versionNo: 1, templateCode: 'RPL', templateVersion: '1', effectiveFrom: new Date('2026-01-01T00:00:00Z') },
    });
    await db.controlIndicator.createMany({
      data: [
        { versionId: v.id, metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '60', unit: 'PERCENT' },
        { versionId: v.id, metric: 'AVERAGE_COST_PER_VISIT', comparator: 'LTE', threshold: '50000', unit: 'FEN' },
      ],
    });
  }
  let t = performance.now();
  let claims = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = `2026-${String(m).padStart(2, '0')}`;
    const r = await seedSimClaims(db, sim.insurer.id, {
      claims: perMonth,
      violationRate: 0.05,
      seed: 20_260_000 + m,
      month,
      providerCodes: sim.providerCodes,
      physicianCode: sim.physicianCode,
      prefix: `${code}M${m}`,
    });
    claims += r.report.inserted;
  }
  // The generator names no agreement: each claim belongs to its provider's one agreement.
  await db.$executeRawUnsafe(
    `update "Claim" c set "agreementId" = a.id from "Agreement" a where a."providerId" = c."providerId" and c."insurerId" = $1::uuid`,
    sim.insurer.id,
  );
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  const importS = (performance.now() - t) / 1000;
  const draft = await db.agreementTemplate.create({
    data: {
      insurerId: sim.insurer.id,
      kind: 'MEDICAL_INSTITUTION_SERVICE',
      code: 'RPL',
      versionNo: 2,
      titleZh: '收紧指标的草案',
      titleEn: 'Draft with stricter indicators',
      effectiveFrom: new Date('2027-01-01T00:00:00Z'),
      clauses: [clause('9', ['DRUG_SHARE', 'AVERAGE_COST_PER_VISIT'])],
      indicators: [
        { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '45', unit: 'PERCENT' },
        { metric: 'AVERAGE_COST_PER_VISIT', comparator: 'LTE', threshold: '30000', unit: 'FEN' },
      ],
    },
  });
  const { replay } = await startWhatIfReplay(ctx, {
    insurerId: sim.insurer.id,
    templateId: draft.id,
    periodFrom: new Date('2026-01-01T00:00:00Z'),
    periodTo: new Date('2026-12-01T00:00:00Z'),
  });
  t = performance.now();
  await runWhatIfReplay(replay.id);
  const seconds = (performance.now() - t) / 1000;
  const done = await db.whatIfReplay.findUniqueOrThrow({ where: { id: replay.id } });
  const totals = (done.result as { totals?: Record<string, { hits: number; breaches: number }> } | null)?.totals;
  log(
    `replay: 12 months × ${perMonth} = ${claims} claims (imported in ${importS.toFixed(1)} s) → ${done.status} in ${seconds.toFixed(1)} s (${Math.round(claims / seconds)} claims/s); baseline ${totals?.baseline?.hits} hits / ${totals?.baseline?.breaches} breaches, draft ${totals?.candidate?.hits} hits / ${totals?.candidate?.breaches} breaches; load average ${load()}`,
  );
  return { claims, seconds };
}
