import { describe, expect, it } from 'vitest';
import { providerStaff } from '../factories/viewers.js';
import { createPenalty, createProvider } from '../factories/records.js';
import { expectNoChange, eventBySeq, gid, ok, plusDays } from './mutation-helpers.js';
import {
  APPEAL,
  CLOSE,
  DECIDE,
  decide,
  EXECUTE,
  issued,
  penaltyRow,
  propose,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/** After issue: the provider's appeal, the agency's decision, execution and close. */
usePenaltyWorld();

describe('appeal, decide, execute, close', () => {
  it('the provider appeals in time; the agency reduces; execution records the recovery; close', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    const staff = providerStaff(w.provider.id);
    const a = ok(
      await w.hub.exec<{ fileAppeal: { auditSeq: string; penalty: { status: string; version: number } } }>(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '部分费用属合理诊疗' } },
        staff,
      ),
    ).fileAppeal;
    expect(a.penalty.status).toBe('APPEALED');
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'penalty.appealed',
      actorId: staff.actorId,
      entityId: raw(p.id),
      providerId: w.provider.id,
    });
    const appeal = await w.hub.prisma.appeal.findFirstOrThrow({ where: { penaltyId: raw(p.id) } });
    expect(appeal).toMatchObject({ kind: 'APPEAL', filedById: staff.actorId, decision: null });

    // REDUCE must lower the amount.
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => decide(p.id, 3, { decision: 'REDUCE', reason: 'x', reducedAmountFen: 7_286_000 }),
      'BAD_USER_INPUT',
    );
    const d = ok(
      await decide(p.id, 3, { decision: 'REDUCE', reason: '部分采纳', reducedAmountFen: 5_000_000 }),
    ).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'REDUCED', amountFen: 5_000_000 });
    const tags = {
      actorId: w.admin.actorId,
      entityType: 'Penalty',
      entityId: raw(p.id),
      insurerId: w.insurer.id,
      providerId: w.provider.id,
    };
    expect(await eventBySeq(w.hub, d.auditSeq)).toMatchObject({
      type: 'penalty.decided',
      ...tags,
      data: expect.objectContaining({ decision: 'REDUCE', previousAmountFen: '7286000' }),
    });
    expect(await w.hub.prisma.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      decision: 'REDUCE',
      reducedAmountFen: 5_000_000n,
      decidedById: w.admin.actorId,
    });

    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          EXECUTE,
          { input: { id: p.id, expectedVersion: 4, recoveredAmountFen: 5_000_001 } },
          w.admin,
        ),
      'BAD_USER_INPUT',
    );
    const e = ok(
      await w.hub.exec<{
        executePenalty: { auditSeq: string; penalty: { status: string; recoveredAmountFen: number } };
      }>(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, w.admin),
    ).executePenalty;
    expect(e.penalty).toMatchObject({ status: 'EXECUTED', recoveredAmountFen: 5_000_000 });
    expect(await eventBySeq(w.hub, e.auditSeq)).toMatchObject({
      type: 'penalty.executed',
      ...tags,
      data: expect.objectContaining({ recoveredAmountFen: '5000000' }),
    });

    const c = ok(
      await w.hub.exec<{ closePenalty: { auditSeq: string; penalty: { status: string } } }>(
        CLOSE,
        { input: { id: p.id, expectedVersion: 5 } },
        w.admin,
      ),
    ).closePenalty;
    expect(c.penalty.status).toBe('CLOSED');
    expect(await eventBySeq(w.hub, c.auditSeq)).toMatchObject({ type: 'penalty.closed', ...tags });
    expect((await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe(
      'CLOSED',
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 6 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('CLOSED');
  });

  it('refuses an appeal after the deadline, from another provider, and on a proposal', async () => {
    const { finding } = await setup();
    const late = await createPenalty(w.hub.prisma, {
      findingId: finding.id,
      status: 'ISSUED',
      issuedAt: plusDays(new Date(), -20),
      appealDeadline: plusDays(new Date(), -5),
      clauseRef: '30',
    });
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(late.id),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: gid('Penalty', late.id), kind: 'APPEAL', grounds: 'late' } },
          providerStaff(w.provider.id),
        ),
      'APPEAL_DEADLINE_PASSED',
    );
    expect(ext.appealDeadline).toBe(late.appealDeadline!.toISOString());
    expect(await w.hub.prisma.appeal.count({ where: { penaltyId: late.id } })).toBe(0);

    const p = await issued(finding.id);
    const stranger = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: p.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(stranger.id),
        ),
      'NOT_FOUND',
    );

    const proposed = (await propose(finding.id)).penalty;
    const ext2 = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(proposed.id)),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: proposed.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(w.provider.id),
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('PROPOSED');
  });

  it('overturn leads to close without execution; executing an overturned penalty is refused', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    ok(
      await w.hub.exec(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'RECONSIDERATION', grounds: '证据不足' } },
        w.admin,
      ),
    );
    ok(
      await w.hub.exec(
        DECIDE,
        { input: { penaltyId: p.id, expectedVersion: 3, decision: 'OVERTURN', reason: '证据不足' } },
        w.admin,
      ),
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('OVERTURNED');
    ok(await w.hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 4 } }, w.admin));
  });
});
