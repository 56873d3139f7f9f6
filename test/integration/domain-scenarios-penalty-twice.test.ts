import { describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { providerStaff } from '../factories/viewers.js';
import { createProvider } from '../factories/records.js';
import { auditCount, expectNoChange, ok } from './mutation-helpers.js';
import { APPEAL, appealPeriodOver, CLOSE, decide, execute, issued, penaltyRow, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * A penalty decided or executed twice — two clerks pressing the button at once, or one
 * pressing it again — changes its state once and records one event; the other request is
 * refused in words that name the penalty and its state (zh and en), and writes nothing.
 */
usePenaltyWorld();

const codeOf = (r: FormattedExecutionResult<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';
const eventsOf = (entityId: string, type: string) =>
  w.hub.prisma.auditEvent.count({ where: { entityId, type } });

describe('executed twice', () => {
  it('at once: one execution, one event, one recovery; the other refused naming the penalty', async () => {
    const { finding } = await setup(3_643_000n);
    const p = await issued(finding.id, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' });
    const before = await auditCount(w.hub);
    const results = await Promise.all([execute(p.id, 2), execute(p.id, 2)]);
    expect(results.map(codeOf).sort()).toEqual(['ILLEGAL_TRANSITION', 'OK']);
    const refusal = results.find((r) => r.errors)!.errors![0]!;
    expect(refusal.extensions).toMatchObject({ entity: 'Penalty', currentStatus: 'EXECUTED', action: 'EXECUTE' });
    expect(await auditCount(w.hub)).toBe(before + 1);
    expect(await eventsOf(raw(p.id), 'penalty.executed')).toBe(1);
    expect(await penaltyRow(raw(p.id))).toMatchObject({ status: 'EXECUTED', version: 3, recoveredAmountFen: 7_286_000n });
  });

  it('at once, an agreement suspension: the agreement is suspended once, the refusal names the penalty, not the agreement', async () => {
    const own = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    const { agreement, finding } = await setup(1_000_000n, own.id);
    const p = await issued(finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 3 });
    const before = await auditCount(w.hub);
    const results = await Promise.all([execute(p.id, 2), execute(p.id, 2)]);
    expect(results.map(codeOf).sort()).toEqual(['ILLEGAL_TRANSITION', 'OK']);
    const refusal = results.find((r) => r.errors)!.errors![0]!;
    expect(refusal.extensions).toMatchObject({ entity: 'Penalty', currentStatus: 'EXECUTED' });
    expect(refusal.message).toBe('This penalty is executed; it cannot execute from that state');
    // The penalty's event and the agreement's: two, once.
    expect(await auditCount(w.hub)).toBe(before + 2);
    expect(await eventsOf(agreement.id, 'agreement.suspended')).toBe(1);
    expect(await w.hub.prisma.agreementTransition.count({ where: { agreementId: agreement.id, action: 'SUSPEND' } })).toBe(1);
    expect(await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: 'SUSPENDED',
      version: 2,
    });
  });

  it('one after the other: the second is refused as ILLEGAL_TRANSITION in zh and en, nothing written', async () => {
    const { finding } = await setup(1_300_000n);
    const p = await issued(finding.id, { measure: 'RECOVERY', multiple: null });
    ok(await execute(p.id, 2));
    for (const version of [2, 3]) {
      const ext = await expectNoChange(w.hub, () => penaltyRow(raw(p.id)), () => execute(p.id, version), 'ILLEGAL_TRANSITION');
      expect(ext).toMatchObject({ entity: 'Penalty', currentStatus: 'EXECUTED', action: 'EXECUTE' });
    }
    const again = await execute(p.id, 3);
    expect(again.errors?.[0]?.message).toBe('This penalty is executed; it cannot execute from that state');
    expect(again.errors?.[0]?.extensions?.messageZh).toMatch(/处理决定.*已执行.*不能执行/);
    expect(await eventsOf(raw(p.id), 'penalty.executed')).toBe(1);
  });
});

describe('an appeal decided (confirmed) twice', () => {
  async function appealed() {
    const { finding } = await setup(1_300_000n);
    const p = await issued(finding.id, { measure: 'RECOVERY', multiple: null });
    ok(await w.hub.exec(APPEAL, { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '金额有误，请复核' } }, providerStaff(w.provider.id)));
    return p;
  }

  it('at once: one decision, one event, one decided appeal; the other refused', async () => {
    const p = await appealed();
    const before = await auditCount(w.hub);
    const results = await Promise.all([
      decide(p.id, 3, { decision: 'UPHOLD', reason: '维持原决定' }),
      decide(p.id, 3, { decision: 'REDUCE', reason: '减轻', reducedAmountFen: 650_000 }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['ILLEGAL_TRANSITION', 'OK']);
    const refusal = results.find((r) => r.errors)!.errors![0]!;
    expect(refusal.extensions).toMatchObject({ entity: 'Penalty', action: 'DECIDE' });
    expect(await auditCount(w.hub)).toBe(before + 1);
    expect(await eventsOf(raw(p.id), 'penalty.decided')).toBe(1);
    const appeals = await w.hub.prisma.appeal.findMany({ where: { penaltyId: raw(p.id) } });
    expect(appeals).toHaveLength(1);
    // The appeal row says what the penalty says: the winner's decision, not the loser's.
    const row = await penaltyRow(raw(p.id));
    expect(appeals[0]!.decision).toBe(row.status === 'UPHELD' ? 'UPHOLD' : 'REDUCE');
  });

  it('one after the other: ILLEGAL_TRANSITION naming the decided state, the appeal untouched', async () => {
    const p = await appealed();
    ok(await decide(p.id, 3, { decision: 'UPHOLD', reason: '维持原决定' }));
    const appeal = () => w.hub.prisma.appeal.findMany({ where: { penaltyId: raw(p.id) } });
    const before = await appeal();
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => decide(p.id, 4, { decision: 'OVERTURN', reason: '撤销' }),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'UPHELD', action: 'DECIDE' });
    expect(await appeal()).toEqual(before);
  });
});

describe("a finding's last two penalties closed at once", () => {
  it('both close, and the finding closes with them; the closing event says so', async () => {
    const { finding } = await setup(1_000_000n);
    const ids: string[] = [];
    for (const measure of ['WARNING', 'FORMAL_TALK'] as const) {
      const p = await issued(finding.id, { measure, multiple: null });
      ok(await execute(p.id, 2));
      await appealPeriodOver(p.id);
      ids.push(p.id);
    }
    const results = await Promise.all(ids.map((id) => w.hub.exec(CLOSE, { input: { id, expectedVersion: 3 } }, w.admin)));
    expect(results.map(codeOf)).toEqual(['OK', 'OK']);
    expect((await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe('CLOSED');
    const closings = await w.hub.prisma.auditEvent.findMany({ where: { type: 'penalty.closed', entityId: { in: ids.map(raw) } } });
    expect(closings.map((e) => (e.data as { findingClosed: boolean }).findingClosed).sort()).toEqual([false, true]);
  });
});
