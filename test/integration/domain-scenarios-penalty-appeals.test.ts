import { describe, expect, it } from 'vitest';
import { providerStaff } from '../factories/viewers.js';
import { addDays, isoDate } from '../../server/domain/shared/dates.js';
import { startOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { onWorkingDay } from '../../server/domain/calendar/rules.js';
import { agencyToday, eventBySeq, expectNoChange, ok, plusDays } from './mutation-helpers.js';
import { APPEAL, decide, execute, ISSUE, issued, penaltyRow, propose, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * The appeal of a penalty, driven through GraphQL as an agency clerk and the provider would,
 * checked against docs/domain/workflows.md: the appeal period's last day (15 agency days, to
 * 24:00) and a reduction on appeal, executed at the reduced amount.
 */
usePenaltyWorld();

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
    // The 15th day, or the Monday after when it is a weekend (this insurer lists no holidays).
    const lastDay = onWorkingDay(addDays(agencyToday(), 15), new Map());
    const endOfLastDay = new Date(startOfAgencyDay(addDays(lastDay, 1)).getTime() - 1);
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
      () => decide(p.id, 3, { decision: 'REDUCE', reason: '同额', reducedAmountFen: 7_286_000 }),
      'BAD_USER_INPUT',
    );
    const d = ok(await decide(p.id, 3, { decision: 'REDUCE', reason: '首次违规，按 1 倍', reducedAmountFen: 3_643_000 })).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'REDUCED', amountFen: 3_643_000 });
    expect(await eventBySeq(w.hub, d.auditSeq)).toMatchObject({ type: 'penalty.decided' });
    expect(ok(await execute(p.id, 4)).executePenalty.penalty).toMatchObject({
      status: 'EXECUTED',
      recoveredAmountFen: 3_643_000,
    });
  });
});
