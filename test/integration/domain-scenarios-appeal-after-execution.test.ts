import { describe, expect, it } from 'vitest';
import { insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createPhysician, createProvider } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, lastEvents, ok } from './mutation-helpers.js';
import {
  appealExecuted as appeal,
  appealPeriodOver,
  CLOSE,
  DECIDE,
  decideOnReview as decide,
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
 * for the period to end. What a reversed payment refusal refunds: domain-scenarios-penalty-refunds.
 */
usePenaltyWorld();

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
      ok(await w.hub.exec<{ closePenalty: { penalty: { status: string } } }>(CLOSE, { input: { id: p.id, expectedVersion: 5 } }, w.admin))
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
    await appealPeriodOver(p.id);
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
    await appealPeriodOver(p.id);
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
