import { describe, expect, it } from 'vitest';
import { providerStaff } from '../factories/viewers.js';
import { createPhysician } from '../factories/records.js';
import { addDays, addYears, isoDate } from '../../server/domain/shared/dates.js';
import { startOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { agencyToday, eventBySeq, expectNoChange, gid, ok, plusDays } from './mutation-helpers.js';
import {
  APPEAL,
  appealPeriodOver,
  DECIDE,
  EXECUTE,
  ISSUE,
  issued,
  penaltyRow,
  propose,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';
import { APPLY, pharmacy } from './admission-fixture.js';

/**
 * Domain scenarios with numbers, driven through GraphQL as an agency clerk would, checked against
 * docs/domain/measures.md and workflows.md: liquidated damages at a multiple (the Ma'anshan
 * maternity case), the multiple's bounds, the physician's 1–5 years, the appeal period's last
 * day, a reduction on appeal, and termination with its 3-year re-application ban.
 */
usePenaltyWorld();

type Executed = {
  executePenalty: {
    auditSeq: string;
    penalty: { status: string; recoveredAmountFen: number; effectiveUntil: string | null };
  };
};
const execute = (id: string, version: number) =>
  w.hub.exec<Executed>(EXECUTE, { input: { id, expectedVersion: version } }, w.admin);

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

describe('the appeal period: 15 days from the day after issue, to 24:00 of the last day', () => {
  it('sets the deadline at the end of the 15th agency day and takes an appeal on that day, later than the issuing hour', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id)).penalty;
    const r = ok(
      await w.hub.exec<{ issuePenalty: { penalty: { appealDeadline: string } } }>(
        ISSUE,
        { input: { id: p.id, expectedVersion: 1 } },
        w.admin,
      ),
    ).issuePenalty;
    const endOfLastDay = new Date(startOfAgencyDay(addDays(agencyToday(), 16)).getTime() - 1);
    expect(r.penalty.appealDeadline).toBe(endOfLastDay.toISOString());
    // The last day: the stored deadline is the end of today, as for a penalty issued 15 days ago
    // in the morning, appealed now (whatever the hour).
    const endOfToday = new Date(startOfAgencyDay(addDays(agencyToday(), 1)).getTime() - 1);
    await w.hub.prisma.penalty.update({ where: { id: raw(p.id) }, data: { appealDeadline: endOfToday } });
    const a = ok(
      await w.hub.exec<{ fileAppeal: { auditSeq: string; penalty: { status: string } } }>(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '违规金额计算有误' } },
        providerStaff(w.provider.id),
      ),
    ).fileAppeal;
    expect(a.penalty.status).toBe('APPEALED');
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'penalty.appealed',
      providerId: w.provider.id,
    });
  });

  it('refuses an appeal once the last day is over, naming that day', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    const endOfYesterday = new Date(startOfAgencyDay(agencyToday()).getTime() - 1);
    await w.hub.prisma.penalty.update({ where: { id: raw(p.id) }, data: { appealDeadline: endOfYesterday } });
    const result = await w.hub.exec(
      APPEAL,
      { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '逾期申诉' } },
      providerStaff(w.provider.id),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('APPEAL_DEADLINE_PASSED');
    expect(result.errors?.[0]?.message).toContain(isoDate(plusDays(agencyToday(), -1)));
    expect((await penaltyRow(raw(p.id))).status).toBe('ISSUED');
  });
});

describe('a reduction on appeal, then execution of the reduced amount', () => {
  it('refuses a "reduction" to the same amount, waits for the decision before executing, executes the lower amount', async () => {
    const { finding } = await setup(3_643_000n);
    const p = await issued(finding.id, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' });
    ok(
      await w.hub.exec(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'RECONSIDERATION', grounds: '首次违规' } },
        providerStaff(w.provider.id),
      ),
    );
    // Once appealed, the hub waits for the decision (no execution to reverse later).
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => execute(p.id, 3),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          DECIDE,
          {
            input: {
              penaltyId: p.id,
              expectedVersion: 3,
              decision: 'REDUCE',
              reason: '同额',
              reducedAmountFen: 7_286_000,
            },
          },
          w.admin,
        ),
      'BAD_USER_INPUT',
    );
    const d = ok(
      await w.hub.exec<{
        decideAppeal: { auditSeq: string; penalty: { status: string; amountFen: number } };
      }>(
        DECIDE,
        {
          input: {
            penaltyId: p.id,
            expectedVersion: 3,
            decision: 'REDUCE',
            reason: '首次违规，按 1 倍',
            reducedAmountFen: 3_643_000,
          },
        },
        w.admin,
      ),
    ).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'REDUCED', amountFen: 3_643_000 });
    expect(await eventBySeq(w.hub, d.auditSeq)).toMatchObject({ type: 'penalty.decided' });
    expect(ok(await execute(p.id, 4)).executePenalty.penalty).toMatchObject({
      status: 'EXECUTED',
      recoveredAmountFen: 3_643_000,
    });
  });
});

describe('termination (解除协议) and the 3-year re-application ban (S2: 3年内不得申请医保定点)', () => {
  it('terminates on execution, bans until the same day three years on; refused on the last banned day, accepted on the day it ends', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'AGREEMENT_TERMINATION', multiple: null });
    // A termination cannot be undone: it executes once the appeal period is over.
    await appealPeriodOver(p.id);
    const r = ok(await execute(p.id, 2)).executePenalty;
    expect(r.penalty.status).toBe('EXECUTED');
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'TERMINATED',
    );
    const bannedUntil = addYears(agencyToday(), 3);
    const provider = await w.hub.prisma.provider.findUniqueOrThrow({ where: { id: w.provider.id } });
    expect(provider).toMatchObject({ status: 'TERMINATED', reapplicationBannedUntil: bannedUntil });
    const input = {
      ...pharmacy,
      kind: provider.kind,
      pharmacyClass: null,
      hospitalGrade: provider.hospitalGrade,
      providerId: gid('Provider', w.provider.id),
    };
    const apps = () => w.hub.prisma.designationApplication.count();
    const ext = await expectNoChange(
      w.hub,
      apps,
      () => w.hub.exec(APPLY, { input }, w.admin),
      'REAPPLICATION_BANNED',
    );
    expect(ext.bannedUntil).toBe(isoDate(bannedUntil));
    // The ban's last day: it ends tomorrow.
    await w.hub.prisma.provider.update({
      where: { id: w.provider.id },
      data: { reapplicationBannedUntil: plusDays(agencyToday(), 1) },
    });
    await expectNoChange(w.hub, apps, () => w.hub.exec(APPLY, { input }, w.admin), 'REAPPLICATION_BANNED');
    // The day it ends: the provider may apply again.
    await w.hub.prisma.provider.update({
      where: { id: w.provider.id },
      data: { reapplicationBannedUntil: agencyToday() },
    });
    const a = ok(
      await w.hub.exec<{ applyForDesignation: { auditSeq: string; application: { status: string } } }>(
        APPLY,
        { input },
        w.admin,
      ),
    ).applyForDesignation;
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'designationApplication.submitted',
      providerId: w.provider.id,
    });
  });
});
