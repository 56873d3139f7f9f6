import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createInsurer, createPhysician, createProvider } from '../factories/records.js';
import { startOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { agencyToday, eventBySeq, expectNoChange, gid, lastEvents, ok } from './mutation-helpers.js';
import {
  APPEAL,
  CLOSE,
  execute,
  issued,
  penaltyRow,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/**
 * Executing a penalty on the day it is issued must not take the party's appeal period away
 * (docs/domain/workflows.md "Penalty and appeal"): an appeal does not suspend execution
 * (复议期间不停止执行), so the executed penalty may still be appealed within the period and the
 * decision adjusts or reverses what was done; a termination, which cannot be undone, waits
 * for the period to end.
 */
usePenaltyWorld();

const DECIDE = `mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { auditSeq penalty { status amountFen recoveredAmountFen version } } }`;

type Out = {
  auditSeq: string;
  penalty: { status: string; amountFen?: number; recoveredAmountFen?: number; version: number };
};
const appeal = (id: string, viewer = providerStaff(w.provider.id)) =>
  w.hub.exec<{ fileAppeal: Out }>(
    APPEAL,
    { input: { penaltyId: id, kind: 'APPEAL', grounds: '执行后申诉：金额有误' } },
    viewer,
  );
const decide = (id: string, version: number, decision: string, reducedAmountFen: number | null = null) =>
  w.hub.exec<{ decideAppeal: Out }>(
    DECIDE,
    { input: { penaltyId: id, expectedVersion: version, decision, reason: '复核结论', reducedAmountFen } },
    w.admin,
  );

describe('an executed penalty can still be appealed within its period (执行不剥夺申诉期)', () => {
  it('executed on the day of issue, appealed the next day, reduced from 72,860 to 36,430 yuan: 36,430 yuan refunded', async () => {
    const { finding } = await setup(3_643_000n);
    const p = await issued(finding.id, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' });
    ok(await execute(p.id, 2));
    const a = ok(await appeal(p.id)).fileAppeal;
    // Execution stands while the appeal is heard: the money stays recovered.
    expect(a.penalty.status).toBe('APPEALED');
    expect(await penaltyRow(raw(p.id))).toMatchObject({
      recoveredAmountFen: 7_286_000n,
      executedAt: expect.any(Date),
    });
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'penalty.appealed',
      data: expect.objectContaining({ fromStatus: 'EXECUTED', executed: true }),
    });
    // Not executed twice: the decision, not a second execution, settles it.
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => execute(p.id, 4),
      'ILLEGAL_TRANSITION',
    );
    const d = ok(await decide(p.id, 4, 'REDUCE', 3_643_000)).decideAppeal;
    expect(d.penalty).toMatchObject({
      status: 'EXECUTED',
      amountFen: 3_643_000,
      recoveredAmountFen: 3_643_000,
    });
    expect(await eventBySeq(w.hub, d.auditSeq)).toMatchObject({
      type: 'penalty.decided',
      data: expect.objectContaining({ decision: 'REDUCE', refundFen: '3643000', toStatus: 'EXECUTED' }),
    });
    // One appeal per penalty: a decided appeal is not filed again, even within the period.
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => appeal(p.id),
      'ILLEGAL_TRANSITION',
    );
    expect(
      ok(await w.hub.exec<{ closePenalty: Out }>(CLOSE, { input: { id: p.id, expectedVersion: 5 } }, w.admin))
        .closePenalty.penalty.status,
    ).toBe('CLOSED');
  });

  it('upheld: the execution stands as it was (EXECUTED, same recovered amount), nothing is applied twice', async () => {
    const { finding } = await setup(1_300_000n);
    const p = await issued(finding.id, { measure: 'RECOVERY', multiple: null });
    ok(await execute(p.id, 2));
    // Nor is the case closed under the party while it may still appeal.
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 3 } }, w.admin),
      'APPEAL_PERIOD_RUNNING',
    );
    expect(ext.appealDeadline).toBe((await penaltyRow(raw(p.id))).appealDeadline!.toISOString());
    ok(await appeal(p.id));
    const d = ok(await decide(p.id, 4, 'UPHOLD')).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'EXECUTED', recoveredAmountFen: 1_300_000 });
  });

  it('overturned: a suspended agreement resumes and a physician bills again, in the decision’s transaction', async () => {
    const { agreement, finding } = await setup();
    const s = await issued(finding.id, {
      measure: 'AGREEMENT_SUSPENSION',
      multiple: null,
      durationMonths: 3,
    });
    ok(await execute(s.id, 2));
    ok(await appeal(s.id));
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'SUSPENDED',
    );
    const d = ok(await decide(s.id, 4, 'OVERTURN')).decideAppeal;
    expect(d.penalty.status).toBe('OVERTURNED');
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'ACTIVE',
    );
    const [resumed, decided] = await lastEvents(w.hub, 2);
    expect(resumed).toMatchObject({
      type: 'agreement.resumed',
      data: expect.objectContaining({ penaltyId: raw(s.id) }),
    });
    expect(decided).toMatchObject({ type: 'penalty.decided', seq: BigInt(d.auditSeq) });

    const physician = await createPhysician(w.hub.prisma, { primaryProviderId: w.provider.id });
    const b = await issued(finding.id, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      physicianId: gid('Physician', physician.id),
      durationMonths: 12,
    });
    ok(await execute(b.id, 2));
    ok(await appeal(b.id));
    // While heard, the suspension stands: the health authority is still told of it.
    const notice = ok(
      await w.hub.exec<{ dispatchHealthAuthorityNotice: { auditSeq: string } }>(
        `mutation ($input: DispatchHealthAuthorityNoticeInput!) { dispatchHealthAuthorityNotice(input: $input) { auditSeq } }`,
        { input: { penaltyId: b.id, recipient: '市卫生健康委员会', documentRef: '医保函〔2026〕12号' } },
        w.admin,
      ),
    ).dispatchHealthAuthorityNotice;
    expect(await eventBySeq(w.hub, notice.auditSeq)).toMatchObject({ providerId: w.provider.id });
    ok(await decide(b.id, 4, 'OVERTURN'));
    expect(await w.hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } })).toMatchObject({
      status: 'ACTIVE',
      billingSuspendedUntil: null,
    });
    const [restored] = await lastEvents(w.hub, 2);
    expect(restored).toMatchObject({
      type: 'physician.billingRestored',
      data: expect.objectContaining({ penaltyId: raw(b.id) }),
    });
  });

  it('denied twins: after the last day, and by another provider’s staff', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    ok(await execute(p.id, 2));
    const other = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => appeal(p.id, providerStaff(other.id)),
      'NOT_FOUND',
    );
    const endOfYesterday = new Date(startOfAgencyDay(agencyToday()).getTime() - 1);
    await w.hub.prisma.penalty.update({ where: { id: raw(p.id) }, data: { appealDeadline: endOfYesterday } });
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => appeal(p.id),
      'APPEAL_DEADLINE_PASSED',
    );
  });
});

describe('who settles an appeal against an executed penalty', () => {
  it('the provider appeals, an auditor or the provider may not decide it; the agency admin does', async () => {
    const { finding } = await setup(1_000_000n);
    const p = await issued(finding.id, { measure: 'RECOVERY', multiple: null });
    ok(await execute(p.id, 2));
    ok(await appeal(p.id));
    for (const viewer of [insurerAuditor(w.insurer.id), providerStaff(w.provider.id)]) {
      await expectNoChange(
        w.hub,
        () => penaltyRow(raw(p.id)),
        () =>
          w.hub.exec(
            DECIDE,
            { input: { penaltyId: p.id, expectedVersion: 4, decision: 'OVERTURN', reason: '自行撤销' } },
            viewer,
          ),
        'FORBIDDEN',
      );
    }
    expect(ok(await decide(p.id, 4, 'UPHOLD')).decideAppeal.penalty.status).toBe('EXECUTED');
  });
});

describe('a termination (解除协议) cannot be undone, so it waits for the appeal period', () => {
  it('refuses to execute during the period, naming its last day; executes once it is over', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'AGREEMENT_TERMINATION', multiple: null });
    const ext = await expectNoChange(
      w.hub,
      async () => [
        await penaltyRow(raw(p.id)),
        await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } }),
      ],
      () => execute(p.id, 2),
      'APPEAL_PERIOD_RUNNING',
    );
    expect(ext.appealDeadline).toBe((await penaltyRow(raw(p.id))).appealDeadline!.toISOString());
    const endOfYesterday = new Date(startOfAgencyDay(agencyToday()).getTime() - 1);
    await w.hub.prisma.penalty.update({ where: { id: raw(p.id) }, data: { appealDeadline: endOfYesterday } });
    expect(ok(await execute(p.id, 2)).executePenalty.penalty.status).toBe('EXECUTED');
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'TERMINATED',
    );
  });
});

describe('a published typical case (曝光) follows the decision on appeal', () => {
  it('stays published while the executed penalty is heard; overturned, it is withdrawn and all 13,000 yuan refunded in the same transaction', async () => {
    const { finding } = await setup(1_300_000n);
    const p = await issued(finding.id, { measure: 'RECOVERY', multiple: null });
    ok(await execute(p.id, 2));
    const published = ok(
      await w.hub.exec<{ publishDisclosure: { disclosure: { id: string } } }>(
        `mutation ($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { disclosure { id } } }`,
        { input: { kind: 'TYPICAL_CASE', penaltyId: p.id } },
        w.admin,
      ),
    ).publishDisclosure.disclosure;
    const disclosure = () => w.hub.prisma.publicDisclosure.findUniqueOrThrow({ where: { id: raw(published.id) } });
    ok(await appeal(p.id));
    expect((await disclosure()).withdrawnAt).toBeNull();
    const d = ok(await decide(p.id, 4, 'OVERTURN')).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'OVERTURNED', recoveredAmountFen: 0 });
    expect((await disclosure()).withdrawnAt).not.toBeNull();
    const [withdrawn, decided] = await lastEvents(w.hub, 2);
    expect(withdrawn).toMatchObject({ type: 'publicDisclosure.withdrawn', entityId: raw(published.id) });
    expect(decided).toMatchObject({
      seq: BigInt(d.auditSeq),
      data: expect.objectContaining({ refundFen: '1300000', disclosuresWithdrawn: 1 }),
    });
  });
});

describe('a reversed payment refusal (拒付) leaves a refund record, not only an event', () => {
  const REFUNDS = `query ($id: ID!) { node(id: $id) { ... on Penalty { refunds {
    id amountFen decision reason refundedByType refundedById refundedAt finding { id } appeal { id decision } } } } }`;
  type Refund = {
    id: string;
    amountFen: number;
    decision: string;
    reason: string;
    refundedByType: string;
    refundedById: string;
    refundedAt: string;
    finding: { id: string } | null;
    appeal: { id: string; decision: string } | null;
  };

  it('overturned after execution: the refused 8,000 yuan is a queryable refund (amount in fen, reason, who, when) linked to finding and appeal; another insurer sees none', async () => {
    const { finding } = await setup(800_000n);
    const p = await issued(finding.id, { measure: 'PAYMENT_REFUSAL', multiple: null });
    ok(await execute(p.id, 2));
    ok(await appeal(p.id));
    const before = Date.now();
    const d = ok(await decide(p.id, 4, 'OVERTURN')).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'OVERTURNED', recoveredAmountFen: 0 });
    const read = (viewer: Parameters<typeof w.hub.exec>[2]) =>
      w.hub.exec<{ node: { refunds: Refund[] } | null }>(REFUNDS, { id: p.id }, viewer);
    const [refund] = ok(await read(w.admin)).node!.refunds;
    expect(refund).toMatchObject({
      amountFen: 800_000,
      decision: 'OVERTURN',
      reason: '复核结论',
      refundedByType: w.admin.actorType,
      refundedById: w.admin.actorId,
      finding: { id: gid('Finding', finding.id) },
      appeal: { decision: 'OVERTURN' },
    });
    expect(new Date(refund!.refundedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The provider concerned sees its refund; the decision's event names the record.
    expect(ok(await read(providerStaff(w.provider.id))).node!.refunds.map((r) => r.id)).toEqual([refund!.id]);
    const [decided] = await lastEvents(w.hub, 1);
    expect(decided).toMatchObject({
      seq: BigInt(d.auditSeq),
      data: expect.objectContaining({ refundFen: '800000', refundId: raw(refund!.id) }),
    });
    const other = await createInsurer(w.hub.prisma);
    expect((await read(insurerAdmin(other.id))).data?.node ?? null).toBeNull();
    const node = await w.hub.exec<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: refund!.id }, insurerAdmin(other.id));
    expect(node.data?.node ?? null).toBeNull();
  });

  it('upheld after execution: no refund is written', async () => {
    const { finding } = await setup(500_000n);
    const p = await issued(finding.id, { measure: 'PAYMENT_REFUSAL', multiple: null });
    ok(await execute(p.id, 2));
    ok(await appeal(p.id));
    ok(await decide(p.id, 4, 'UPHOLD'));
    expect(await w.hub.prisma.penaltyRefund.count({ where: { penaltyId: raw(p.id) } })).toBe(0);
  });
});
