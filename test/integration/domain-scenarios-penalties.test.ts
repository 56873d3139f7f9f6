import { describe, expect, it } from 'vitest';
import { createPhysician } from '../factories/records.js';
import { addYears, isoDate } from '../../server/domain/shared/dates.js';
import { agencyToday, eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { execute, issued, propose, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * Domain scenarios with numbers, driven through GraphQL as an agency clerk would, checked against
 * docs/domain/measures.md: liquidated damages at a multiple (the Ma'anshan maternity case), the
 * multiple's bounds, and the physician's 1–5 years without settlement.
 */
usePenaltyWorld();

describe('liquidated damages and deductions at a multiple of the violating amount', () => {
  it('36,430 yuan at 2× is 72,860 yuan, issued and executed in full (S2 maternity case)', async () => {
    const { finding } = await setup(3_643_000n);
    for (const measure of ['LIQUIDATED_DAMAGES', 'DEDUCTION']) {
      const p = await issued(finding.id, { measure, multiple: '2' });
      expect(p).toMatchObject({ amountFen: 7_286_000, baseAmountFen: 3_643_000, multiple: '2' });
      const r = ok(await execute(p.id, 2)).executePenalty;
      expect(r.penalty).toMatchObject({ status: 'EXECUTED', recoveredAmountFen: 7_286_000 });
      expect(await eventBySeq(w.hub, r.auditSeq)).toMatchObject({
        type: 'penalty.executed',
        entityId: raw(p.id),
      });
    }
  });

  it('takes exactly 1× and 5× (the bounds), refuses 0.99× and 5.01×; an administrative fine referral starts at 2×', async () => {
    const { finding } = await setup(1_000_001n);
    expect((await propose(finding.id, { measure: 'DEDUCTION', multiple: '1' })).penalty.amountFen).toBe(
      1_000_001,
    );
    expect(
      (await propose(finding.id, { measure: 'LIQUIDATED_DAMAGES', multiple: '5.00' })).penalty.amountFen,
    ).toBe(5_000_005);
    // 1.55 × 10,000.01 yuan = 15,500.0155 yuan: half up to the fen.
    expect((await propose(finding.id, { measure: 'DEDUCTION', multiple: '1.55' })).penalty.amountFen).toBe(
      1_550_002,
    );
    const count = () => w.hub.prisma.penalty.count({ where: { findingId: finding.id } });
    for (const [measure, multiple] of [
      ['LIQUIDATED_DAMAGES', '5.01'],
      ['DEDUCTION', '0.99'],
      ['ADMINISTRATIVE_FINE_REFERRAL', '1.99'],
      ['ADMINISTRATIVE_FINE_REFERRAL', '5.01'],
    ]) {
      const ext = await expectNoChange(
        w.hub,
        count,
        () =>
          w.hub.exec(
            `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq } }`,
            {
              input: {
                findingId: gid('Finding', finding.id),
                measure,
                multiple,
                legalBasis: '协议',
                clauseRef: '第三十条',
              },
            },
            w.auditor,
          ),
        'BAD_USER_INPUT',
      );
      expect(ext.fields).toMatchObject([{ path: ['input', 'multiple'] }]);
    }
    expect(
      (await propose(finding.id, { measure: 'ADMINISTRATIVE_FINE_REFERRAL', multiple: '2' })).penalty
        .amountFen,
    ).toBe(2_000_002);
  });
});

describe("a physician's billing suspension lasts 1–5 years (S2: 停止1-5年医保结算资格)", () => {
  it('takes 12 and 60 months, refuses 11 and 61; executing 60 months suspends until the same day five years on', async () => {
    const { finding } = await setup();
    const physician = await createPhysician(w.hub.prisma, { primaryProviderId: w.provider.id });
    const base = {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      physicianId: gid('Physician', physician.id),
    };
    expect((await propose(finding.id, { ...base, durationMonths: 12 })).penalty).toMatchObject({
      durationMonths: 12,
      target: 'PHYSICIAN',
    });
    for (const durationMonths of [11, 61]) {
      const ext = await expectNoChange(
        w.hub,
        () => w.hub.prisma.penalty.count(),
        () =>
          w.hub.exec(
            `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq } }`,
            {
              input: {
                findingId: gid('Finding', finding.id),
                ...base,
                durationMonths,
                legalBasis: '协议',
                clauseRef: '第三十条',
              },
            },
            w.auditor,
          ),
        'BAD_USER_INPUT',
      );
      expect(ext.fields).toMatchObject([{ path: ['input', 'durationMonths'] }]);
    }
    const p = await issued(finding.id, { ...base, durationMonths: 60 });
    const r = ok(await execute(p.id, 2)).executePenalty;
    const until = addYears(agencyToday(), 5);
    expect(r.penalty.effectiveUntil).toBe(isoDate(until));
    expect(await w.hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } })).toMatchObject({
      status: 'BILLING_SUSPENDED',
      billingSuspendedUntil: until,
    });
  });
});
