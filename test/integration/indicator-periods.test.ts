import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAgreement, createInsuredPerson, createInsurer, createProvider, day } from '../factories/records.js';
import { storeClaims } from '../../server/domain/monitoring/store-claims.js';
import { measureIndicators } from '../../server/domain/templates/measure-indicators.js';
import { systemViewer } from '../../server/auth/viewer.js';
import { claimIn, type ClaimWorld } from './indicator-measurement-fixture.js';

/**
 * S3 (Guiyang): "严格执行次均费用（按季度考核）和住院床日数（按月考核）控制制度". Average
 * cost per visit is judged on the quarter; average length of stay stays monthly.
 */
let hub: TestHub;
let w: ClaimWorld;

beforeAll(async () => {
  hub = await createTestHub();
  const insurer = await createInsurer(hub.prisma);
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id }, { indicators: 0 });
  const version = await hub.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id } });
  await hub.prisma.controlIndicator.createMany({
    data: [
      { versionId: version.id, metric: 'AVERAGE_COST_PER_VISIT', comparator: 'LTE', threshold: '10000', unit: 'FEN' },
      { versionId: version.id, metric: 'AVERAGE_LENGTH_OF_STAY', comparator: 'LTE', threshold: '7', unit: 'DAYS' },
    ],
  });
  const persons = [await createInsuredPerson(hub.prisma, { insurerId: insurer.id })];
  w = { insurer, provider, agreement, persons };
  const visit = (month: string, totalFen: bigint) => claimIn(w, { month, totalFen });
  await hub.prisma.$transaction((tx) =>
    storeClaims(tx, [
      // Q1: January dear (150 yuan a visit), February and March cheap: the quarter averages 93.33 yuan.
      visit('2026-01', 15000n),
      visit('2026-02', 5000n),
      visit('2026-03', 8000n),
      // January also has one 10-day stay: length of stay is judged on the month.
      claimIn(w, {
        month: '2026-01',
        visitType: 'INPATIENT',
        totalFen: 300000n,
        admittedOn: '2026-01-02',
        dischargedOn: '2026-01-12',
      }),
      // Q2: April within, May over, June has no visits at all: the quarter averages 110 yuan.
      visit('2026-04', 9000n),
      visit('2026-05', 13000n),
    ]),
  );
  await measureIndicators({
    insurerId: insurer.id,
    fromMonth: day('2026-01-01'),
    toMonth: day('2026-06-01'),
    actor: systemViewer,
    now: new Date('2026-07-15T08:00:00Z'),
  });
});
afterAll(() => hub.close());

const measured = (month: string, metric: 'AVERAGE_COST_PER_VISIT' | 'AVERAGE_LENGTH_OF_STAY') =>
  hub.prisma.indicatorMeasurement.findUnique({
    where: { agreementId_month_metric: { agreementId: w.agreement.id, month: day(month), metric } },
  });
const hits = () => hub.prisma.ruleHit.findMany({ where: { agreementId: w.agreement.id }, orderBy: { claimRef: 'asc' } });

describe('average cost per visit is judged by quarter', () => {
  it('does not breach on a dear month when the quarter keeps within the limit', async () => {
    const january = await measured('2026-01-01', 'AVERAGE_COST_PER_VISIT');
    expect(january).toMatchObject({ breached: false, partial: true });
    const march = await measured('2026-03-01', 'AVERAGE_COST_PER_VISIT');
    // (15,000 + 5,000 + 8,000) / 3 visits
    expect(march!.value!.toString()).toBe('9333');
    expect(march).toMatchObject({ breached: false, partial: false, numerator: '28000', denominator: '3' });
  });

  it("breaches once for a quarter over the limit, judged at its last month even without claims then", async () => {
    expect(await measured('2026-05-01', 'AVERAGE_COST_PER_VISIT')).toMatchObject({ breached: false, partial: true });
    const june = await measured('2026-06-01', 'AVERAGE_COST_PER_VISIT');
    expect(june).toMatchObject({ breached: true, partial: false, numerator: '22000', denominator: '2' });
    const cost = (await hits()).filter((h) => h.indicatorMetric === 'AVERAGE_COST_PER_VISIT');
    expect(cost).toHaveLength(1);
    expect(cost[0]).toMatchObject({
      claimRef: 'INDICATOR:AVERAGE_COST_PER_VISIT:2026-Q2',
      indicatorMonth: day('2026-04-01'),
      // 22,000 − 2 × 10,000 fen over the quarter's visits
      amountFen: 2000n,
    });
    expect(cost[0]!.detail).toContain('2026年第2季度');
    // June had no claims: nothing else is measured for it.
    expect(await measured('2026-06-01', 'AVERAGE_LENGTH_OF_STAY')).toBeNull();
  });

  it('keeps average length of stay monthly', async () => {
    expect(await measured('2026-01-01', 'AVERAGE_LENGTH_OF_STAY')).toMatchObject({ breached: true, partial: false });
    const stay = (await hits()).filter((h) => h.indicatorMetric === 'AVERAGE_LENGTH_OF_STAY');
    expect(stay.map((h) => h.claimRef)).toEqual(['INDICATOR:AVERAGE_LENGTH_OF_STAY:2026-01']);
  });
});
