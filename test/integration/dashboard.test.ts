import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  createAgreement,
  createFinding,
  createInsurer,
  createAppeal,
  createPenalty,
  createProvider,
  createViolationType,
  day,
} from '../factories/records.js';
import { anonymous, insurerAdmin, platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';

const Dashboard = graphql(`
  query QDashboard($from: Date, $to: Date) {
    dashboard(from: $from, to: $to) {
      penaltiesByMonth {
        month
        penalisedFen
        recoveredFen
        count
      }
      penaltiesByViolation {
        code
        penalisedFen
        recoveredFen
        count
      }
      agreementsByStatus {
        status
        count
      }
    }
  }
`);

describe('dashboard', () => {
  let hub: TestHub;
  let insurerA: string;

  beforeAll(async () => {
    hub = await createTestHub();
    const db = hub.prisma;
    const a = await createInsurer(db);
    const b = await createInsurer(db);
    insurerA = a.id;
    const vt = await createViolationType(db, { code: 'DASH-SPLIT', category: 'HOSPITALISATION' });
    for (const [insurer, amount] of [
      [a, 3_643_000n],
      [b, 99_900_000n],
    ] as const) {
      const provider = await createProvider(db, { insurerId: insurer.id });
      const agreement = await createAgreement(db, { insurerId: insurer.id, providerId: provider.id });
      await createAgreement(db, { insurerId: insurer.id, providerId: provider.id, status: 'SUSPENDED' });
      const finding = await createFinding(db, {
        agreementId: agreement.id,
        violationTypeId: vt.id,
        violatingAmountFen: amount,
        foundOn: day('2019-03-05'),
      });
      await createPenalty(db, {
        findingId: finding.id,
        amountFen: amount * 2n,
        recoveredAmountFen: amount,
        status: 'EXECUTED',
        proposedAt: new Date('2019-03-08T02:00:00Z'),
      });
      await createPenalty(db, {
        findingId: finding.id,
        amountFen: 5n,
        status: 'OVERTURNED',
        proposedAt: new Date('2019-03-09T02:00:00Z'),
      });
      // Overturned on appeal and then closed: its status no longer says so, its appeal does.
      const closed = await createPenalty(db, {
        findingId: finding.id,
        amountFen: 7n,
        recoveredAmountFen: 7n,
        status: 'CLOSED',
        proposedAt: new Date('2019-03-10T02:00:00Z'),
      });
      await createAppeal(db, { penaltyId: closed.id, decision: 'OVERTURN' });
    }
  });
  afterAll(() => hub?.close());

  it('shows an insurer only its own figures, overturned penalties excluded', async () => {
    const result = await hub.exec(Dashboard, {}, insurerAdmin(insurerA));
    expect(result.errors).toBeUndefined();
    const d = result.data!.dashboard;
    expect(d.penaltiesByMonth).toEqual([
      { month: '2019-03', penalisedFen: 7_286_000, recoveredFen: 3_643_000, count: 1 },
    ]);
    expect(d.penaltiesByViolation).toEqual([
      { code: 'DASH-SPLIT', penalisedFen: 7_286_000, recoveredFen: 3_643_000, count: 1 },
    ]);
    expect(d.agreementsByStatus).toEqual([
      { status: 'ACTIVE', count: 1 },
      { status: 'SUSPENDED', count: 1 },
    ]);
  });

  it('adds up every tenant for the platform admin and honours the date range', async () => {
    const all = await hub.exec(Dashboard, {}, platformAdmin());
    expect(all.data!.dashboard.penaltiesByMonth[0]).toMatchObject({
      penalisedFen: 7_286_000 + 199_800_000,
      count: 2,
    });
    const none = await hub.exec(Dashboard, { from: '2020-01-01' }, platformAdmin());
    expect(none.data!.dashboard.penaltiesByMonth).toEqual([]);
  });

  it("cuts the date range on the agency's calendar days, as its months", async () => {
    const db = hub.prisma;
    const insurer = await createInsurer(db);
    const provider = await createProvider(db, { insurerId: insurer.id });
    const agreement = await createAgreement(db, { insurerId: insurer.id, providerId: provider.id });
    const vt = await createViolationType(db);
    const finding = await createFinding(db, { agreementId: agreement.id, violationTypeId: vt.id, foundOn: day('2019-05-20') });
    // 00:30 on 1 June and 00:30 on 1 July in Beijing (UTC: 31 May and 30 June).
    for (const at of ['2019-05-31T16:30:00Z', '2019-06-30T16:30:00Z'])
      await createPenalty(db, { findingId: finding.id, amountFen: 100n, status: 'EXECUTED', proposedAt: new Date(at) });
    const june = await hub.exec(Dashboard, { from: '2019-06-01', to: '2019-06-30' }, insurerAdmin(insurer.id));
    expect(june.errors).toBeUndefined();
    expect(june.data!.dashboard.penaltiesByMonth).toEqual([{ month: '2019-06', penalisedFen: 100, recoveredFen: 0, count: 1 }]);
  });

  it('answers a total beyond the exact Fen range with AMOUNT_OUT_OF_RANGE, not an internal error', async () => {
    // Each amount is a valid input (the largest safe integer); their sum in one month is not.
    const db = hub.prisma;
    const insurer = await createInsurer(db);
    const provider = await createProvider(db, { insurerId: insurer.id });
    const agreement = await createAgreement(db, { insurerId: insurer.id, providerId: provider.id });
    const largest = BigInt(Number.MAX_SAFE_INTEGER);
    const finding = await createFinding(db, { agreementId: agreement.id, violatingAmountFen: largest, foundOn: day('2019-05-05') });
    for (const measure of ['RECOVERY', 'PAYMENT_REFUSAL'] as const) {
      await createPenalty(db, { findingId: finding.id, measure, amountFen: largest, status: 'PROPOSED', proposedAt: new Date('2019-05-08T02:00:00Z') });
    }
    const result = await hub.exec(Dashboard, {}, insurerAdmin(insurer.id));
    expect(result.errors?.map((e) => e.extensions?.code)).toContain('AMOUNT_OUT_OF_RANGE');
    expect(result.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.extensions?.messageZh).toMatch(/金额超出/);
  });

  it('is refused to an anonymous caller', async () => {
    const result = await hub.exec(Dashboard, {}, anonymous());
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
