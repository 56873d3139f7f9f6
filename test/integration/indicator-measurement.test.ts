import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerViewer, providerStaff } from '../factories/viewers.js';
import { createInsurer, day } from '../factories/records.js';
import { measureIndicators } from '../../server/domain/templates/measure-indicators.js';
import { systemViewer } from '../../server/auth/viewer.js';
import { indicatorPeriod } from '../../server/domain/templates/indicator-periods.js';
import { eventBySeq, gid } from './mutation-helpers.js';
import {
  agreement,
  hub,
  insurer,
  now,
  provider,
  rows,
  useIndicatorWorld,
  valueOf,
} from './indicator-measurement-fixture.js';

useIndicatorWorld();

describe('measureIndicators', () => {
  it('measures a complete month within its thresholds, leaving unmeasurable metrics empty', async () => {
    const r = await measureIndicators({
      insurerId: insurer.id,
      fromMonth: day('2026-01-01'),
      toMonth: day('2026-04-01'),
      actor: systemViewer,
      now,
    });
    expect(await valueOf('2026-01-01', 'DRUG_SHARE')).toMatchObject({
      breached: false,
      partial: false,
      numerator: '8000',
      denominator: '20000',
    });
    expect((await valueOf('2026-01-01', 'DRUG_SHARE'))!.value!.toString()).toBe('40');
    expect((await valueOf('2026-01-01', 'AVERAGE_COST_PER_VISIT'))!.value!.toString()).toBe('10000');
    const stay = await valueOf('2026-01-01', 'AVERAGE_COST_PER_ADMISSION');
    expect(stay).toMatchObject({ value: null, breached: false, denominator: '0' });
    expect(await eventBySeq(hub, r.auditSeq.toString())).toMatchObject({
      type: 'indicators.measured',
      insurerId: insurer.id,
      data: { breaches: r.breaches.length },
    });
  });

  it('measures nothing for an empty month', async () => {
    expect(await rows('2026-02-01')).toEqual([]);
  });

  it('flags breaches of a complete month with the measured value and threshold', async () => {
    const march = await rows('2026-03-01');
    expect(march.find((m) => m.metric === 'DRUG_SHARE')).toMatchObject({ breached: true });
    expect(march.find((m) => m.metric === 'DRUG_SHARE')!.value!.toString()).toBe('41');
    // (980,000 + 980,002) / 2 = 980,001 fen: one fen over 9,800 yuan.
    expect(march.find((m) => m.metric === 'AVERAGE_COST_PER_ADMISSION')).toMatchObject({ breached: true });
    expect(march.find((m) => m.metric === 'AVERAGE_COST_PER_ADMISSION')!.value!.toString()).toBe('980001');
    expect(march.find((m) => m.metric === 'AVERAGE_LENGTH_OF_STAY')!.value!.toString()).toBe('7.5');
    expect(march.find((m) => m.metric === 'READMISSION_RATE')!.value!.toString()).toBe('50');
  });

  it('judges a partial month only on the year-to-date payment limit', async () => {
    const april = await rows('2026-04-01');
    expect(april.every((m) => m.partial)).toBe(true);
    expect(april.find((m) => m.metric === 'DRUG_SHARE')).toMatchObject({ breached: false });
    expect(april.find((m) => m.metric === 'DRUG_SHARE')!.value!.toString()).toBe('90');
    // Fund paid in 2026: 4,200 + 9,800 + 7,000 + 686,000 + 1,500,000 + 600,000 fen > 2,500,000
    // (March's 2,207,000 was within the limit).
    const limit = april.find((m) => m.metric === 'ANNUAL_PAYMENT_LIMIT')!;
    expect(limit.numerator).toBe('2807000');
    expect(limit.breached).toBe(true);
  });

  it('replaces a month on re-measuring instead of adding to it', async () => {
    const before = await hub.prisma.indicatorMeasurement.count({ where: { agreementId: agreement.id } });
    const again = await measureIndicators({
      insurerId: insurer.id,
      fromMonth: day('2026-03-01'),
      toMonth: day('2026-03-01'),
      actor: insurerAdmin(insurer.id),
      now,
    });
    expect(await hub.prisma.indicatorMeasurement.count({ where: { agreementId: agreement.id } })).toBe(
      before,
    );
    expect(again.breaches.map((b) => b.metric).sort()).toEqual(['AVERAGE_COST_PER_ADMISSION', 'DRUG_SHARE']);
  });
});

describe('breaches raised for review', () => {
  const hits = () =>
    hub.prisma.ruleHit.findMany({
      where: { agreementId: agreement.id },
      include: { rule: true },
    });

  it('raises each breach once as a hit awaiting initial review, naming clause, threshold, value and month', async () => {
    const raised = await hits();
    const keys = raised.map((h) => [h.indicatorMetric!, h.indicatorMonth!.toISOString().slice(0, 10)]);
    expect(keys.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([
      // Average cost is judged by quarter (S3): March ends Q1, kept under the quarter's first month.
      ['AVERAGE_COST_PER_ADMISSION', '2026-01-01'],
      ['DRUG_SHARE', '2026-03-01'],
      // The payment limit is one matter per year, whichever month first exceeded it.
      ['ANNUAL_PAYMENT_LIMIT', '2026-01-01'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    const drug = raised.find((h) => h.indicatorMetric === 'DRUG_SHARE')!;
    expect(drug).toMatchObject({
      status: 'OPEN',
      step: 'INITIAL_REVIEW',
      providerId: provider.id,
      stage: 'AFTER',
      claimRef: 'INDICATOR:DRUG_SHARE:2026-03',
      occurredAt: new Date('2026-03-31T00:00:00Z'),
      detailJson: {
        indicator: { metric: 'DRUG_SHARE', month: '2026-03-01', value: '41.00', comparator: 'LTE', threshold: '40' },
        clause: { templateCode: 'IND-T', clauseNo: '7', titleEn: 'Rational prescribing' },
      },
    });
    expect(drug.stepDueAt).not.toBeNull();
    expect(drug.detail).toContain('协议第 7 条');
    // Drug cost over 40 % of 19,700.02 yuan: 8,077.01 − 7,880.008 yuan, in whole fen.
    expect(drug.amountFen).toBe(19_700n);
    expect(drug.rule).toMatchObject({ insurerId: insurer.id, ruleKey: null, kind: 'VIOLATION', active: true });
    const stay = raised.find((h) => h.indicatorMetric === 'AVERAGE_COST_PER_ADMISSION')!;
    expect(stay.amountFen).toBe(2n);
    expect(stay.detailJson).toMatchObject({ clause: null });
    const limit = raised.find((h) => h.indicatorMetric === 'ANNUAL_PAYMENT_LIMIT')!;
    expect(limit).toMatchObject({ amountFen: 307_000n, claimRef: 'INDICATOR:ANNUAL_PAYMENT_LIMIT:2026-04' });
    // April is not over: the hit happened "now", not at the month's end.
    expect(limit.occurredAt).toEqual(now);
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { entityId: drug.id } });
    expect(event).toMatchObject({
      type: 'ruleHit.raised',
      insurerId: insurer.id,
      providerId: provider.id,
      data: expect.objectContaining({
        ruleCode: drug.rule.code,
        amountFen: '19700',
        indicator: expect.objectContaining({ value: '41.00', threshold: '40', month: '2026-03-01' }),
        clause: expect.objectContaining({ clauseNo: '7' }),
      }),
    });
  });

  it('shows the hit with its indicator to the insurer, and to no other insurer', async () => {
    const drug = (await hits()).find((h) => h.indicatorMetric === 'DRUG_SHARE')!;
    const HIT = `query ($id: ID!) { node(id: $id) { ... on RuleHit { indicatorMetric indicatorMonth step detail } } }`;
    const mine = await hub.exec<{ node: Record<string, unknown> | null }>(HIT, { id: gid('RuleHit', drug.id) }, insurerAdmin(insurer.id));
    expect(mine.data!.node).toMatchObject({ indicatorMetric: 'DRUG_SHARE', indicatorMonth: '2026-03-01', step: 'INITIAL_REVIEW' });
    const other = await createInsurer(hub.prisma);
    const theirs = await hub.exec<{ node: unknown }>(HIT, { id: gid('RuleHit', drug.id) }, insurerAdmin(other.id));
    expect(theirs.data?.node ?? null).toBeNull();
  });

  it('never raises the same month twice on re-measuring', async () => {
    const before = (await hits()).map((h) => h.id).sort();
    const events = () => hub.prisma.auditEvent.count({ where: { type: 'ruleHit.raised', providerId: provider.id } });
    const eventsBefore = await events();
    const again = await measureIndicators({
      insurerId: insurer.id,
      fromMonth: day('2026-01-01'),
      toMonth: day('2026-04-01'),
      actor: systemViewer,
      now: new Date('2026-04-20T08:00:00Z'),
    });
    expect(again.breaches.length).toBe(3);
    expect(again.hitsRaised).toBe(0);
    expect((await hits()).map((h) => h.id).sort()).toEqual(before);
    expect(await events()).toBe(eventsBefore);
  });
});

describe('measureIndicators over GraphQL', () => {
  const MEASURE = `mutation ($input: MeasureIndicatorsInput!) { measureIndicators(input: $input) { measurements breaches auditSeq } }`;
  const LIST = `query ($filter: IndicatorMeasurementFilter) { indicatorMeasurements(first: 50, filter: $filter) {
    totalCount edges { node { month metric value threshold breached partial } } } }`;

  it('lets agency staff measure and every viewer of the agreement read the figures; refuses others', async () => {
    const r = await hub.exec<{ measureIndicators: { measurements: number; breaches: number } }>(
      MEASURE,
      { input: { fromMonth: '2026-03-01', toMonth: '2026-03-01' } },
      insurerAdmin(insurer.id),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.measureIndicators.breaches).toBe(2);
    const list = await hub.exec<{
      indicatorMeasurements: { totalCount: number; edges: { node: { metric: string; breached: boolean } }[] };
    }>(
      LIST,
      { filter: { breached: true, monthFrom: '2026-03-01', monthTo: '2026-03-01' } },
      providerStaff(provider.id),
    );
    expect(list.data!.indicatorMeasurements.edges.map((e) => e.node.metric).sort()).toEqual([
      'AVERAGE_COST_PER_ADMISSION',
      'DRUG_SHARE',
    ]);
    const other = await createInsurer(hub.prisma);
    const none = await hub.exec<{ indicatorMeasurements: { totalCount: number } }>(
      LIST,
      {},
      insurerAdmin(other.id),
    );
    expect(none.data!.indicatorMeasurements.totalCount).toBe(0);
    const denied = await hub.exec(
      MEASURE,
      { input: { fromMonth: '2026-03-01', toMonth: '2026-03-01' } },
      insurerViewer(insurer.id),
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await hub.exec(
      MEASURE,
      { input: { fromMonth: '2026-03-15', toMonth: '2026-03-01' } },
      insurerAdmin(insurer.id),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a month's completeness on the agency's calendar", () => {
  it('judges April as complete from 00:30 on 1 May in Beijing, while UTC is still in April', async () => {
    const measureAt = (at: string) =>
      measureIndicators({
        insurerId: insurer.id,
        fromMonth: day('2026-04-01'),
        toMonth: day('2026-04-01'),
        actor: systemViewer,
        now: new Date(at),
      });
    // 23:30 on 30 April in Beijing: April is still running.
    await measureAt('2026-04-30T15:30:00Z');
    expect((await rows('2026-04-01')).every((m) => m.partial)).toBe(true);
    const r = await measureAt('2026-04-30T16:30:00Z');
    const april = await rows('2026-04-01');
    expect(april.length).toBeGreaterThan(0);
    // April's monthly indicators are complete; its average costs are the quarter so far.
    expect(april.filter((m) => indicatorPeriod(m.metric) === 'MONTH').some((m) => m.partial)).toBe(false);
    expect(april.filter((m) => indicatorPeriod(m.metric) === 'QUARTER').every((m) => m.partial)).toBe(true);
    // A complete month is judged on every metric: April's 90 % drug share now breaches.
    expect(april.find((m) => m.metric === 'DRUG_SHARE')).toMatchObject({ breached: true });
    expect(await eventBySeq(hub, r.auditSeq.toString())).toMatchObject({ type: 'indicators.measured' });
  });
});
