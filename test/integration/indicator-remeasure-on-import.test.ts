import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createAgreement, day } from '../factories/records.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { readClaimFile } from '../../server/domain/monitoring/claim-file.js';
import { startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { workRemeasuring } from '../../server/jobs/template-jobs.js';
import { createLogger } from '../../server/logger.js';
import type { MonitoringWorld } from './rules/world.js';

/**
 * A claims import enqueues, in its own transactions, the re-measuring of the imported years'
 * indicators on the job queue; a hub process working the queue replaces the measurements and
 * raises the breaches as review hits.
 */
let hub: TestHub;
let w: MonitoringWorld;
let queue: JobQueue;
let agreement: { id: string; number: string };

beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  agreement = await createAgreement(
    hub.prisma,
    { insurerId: w.insurer.id, providerId: w.providers[0]!.id },
    { indicators: 0 },
  );
  const version = await hub.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id } });
  await hub.prisma.controlIndicator.create({
    data: { versionId: version.id, metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT' },
  });
  queue = await startJobQueue(hub.db.jobTarget, createLogger('silent'));
}, 120_000);
afterAll(async () => {
  await queue?.stop();
  await hub.close();
});

const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });

/** February claims of the agreement: `drug` fen of drugs and `service` fen of services each. */
async function claims(n: number, drug: string, service: string) {
  const p = await w.person();
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify(
      w.claim({
        insuredIdNumber: p.idNumber,
        agreementNumber: agreement.number,
        settledAt: `2026-02-${String(10 + i).padStart(2, '0')}T02:00:00Z`,
        lines: [
          w.line({ unitPriceFen: drug, servedOn: '2026-02-05' }),
          w.line({ category: 'SERVICE_ITEM', catalogueCode: 'S-1', name: '诊查', unitPriceFen: service, servedOn: '2026-02-05' }),
        ],
      }),
    ),
  );
}

const ndjson = (lines: string[]) => readClaimFile(Readable.from([lines.join('\n')]), 'ndjson');

const drugShare = () =>
  hub.prisma.indicatorMeasurement.findUnique({
    where: { agreementId_month_metric: { agreementId: agreement.id, month: day('2026-02-01'), metric: 'DRUG_SHARE' } },
  });

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the job did not finish');
}

describe('indicators re-measured after a claims import', () => {
  it('enqueues the year in the import transaction, so nothing is measured before a process works the queue', async () => {
    const report = await importClaims(ctx(), w.insurer.id, ndjson(await claims(3, '600', '400')), { batchSize: 2 });
    expect(report).toMatchObject({ inserted: 3, batchesCommitted: 2, remeasureYears: [2026] });
    const jobs = await hub.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `select count(*) as n from pgboss.job where name = 'indicator-remeasure' and data->>'insurerId' = $1`,
      w.insurer.id,
    );
    // Two batches, one waiting job: the queue keeps one per insurer and year.
    expect(Number(jobs[0]!.n)).toBe(1);
    expect(await drugShare()).toBeNull();
  });

  it('measures the imported month once the queue is worked, raising the breach for review', async () => {
    await workRemeasuring(queue.boss, createLogger('silent'));
    const m = await until(drugShare, (v) => v !== null);
    // 3 × 600 of 3 × 1,000 fen.
    expect(m).toMatchObject({ numerator: '1800', denominator: '3000', breached: true });
    expect(m!.value!.toString()).toBe('60');
    const hits = await hub.prisma.ruleHit.findMany({ where: { agreementId: agreement.id, indicatorMetric: 'DRUG_SHARE' } });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ step: 'INITIAL_REVIEW', status: 'OPEN' });
  });

  it('re-measures the month when more of its claims arrive, without a second hit', async () => {
    await importClaims(ctx(), w.insurer.id, ndjson(await claims(3, '100', '900')));
    // 1,800 + 300 of 6,000 fen: 35 %, within the threshold now.
    const m = await until(drugShare, (v) => v?.denominator === '6000');
    expect(m).toMatchObject({ numerator: '2100', breached: false });
    expect(m!.value!.toString()).toBe('35');
    expect(await hub.prisma.ruleHit.count({ where: { agreementId: agreement.id, indicatorMetric: 'DRUG_SHARE' } })).toBe(1);
    const measured = await hub.prisma.auditEvent.findMany({
      where: { type: 'indicators.measured', insurerId: w.insurer.id },
      orderBy: { seq: 'asc' },
    });
    expect(measured.map((e) => e.actorType)).toEqual(['SYSTEM', 'SYSTEM']);
    expect(measured[0]!.data).toMatchObject({ fromMonth: '2026-01-01', toMonth: '2026-12-01', hitsRaised: 1 });
  });

  it('enqueues nothing when an import brings no new claim', async () => {
    const count = () =>
      hub.prisma.$queryRawUnsafe<{ n: bigint }[]>(`select count(*) as n from pgboss.job where name = 'indicator-remeasure'`);
    const before = Number((await count())[0]!.n);
    const report = await importClaims(ctx(), w.insurer.id, ndjson([]));
    expect(report.remeasureYears).toEqual([]);
    expect(Number((await count())[0]!.n)).toBe(before);
  });
});
