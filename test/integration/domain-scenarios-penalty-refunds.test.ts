import { describe, expect, it } from 'vitest';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import { createInsurer } from '../factories/records.js';
import { gid, lastEvents, ok } from './mutation-helpers.js';
import {
  appealExecuted as appeal,
  decideOnReview as decide,
  execute,
  issued,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/**
 * A payment refusal (拒付) overturned on appeal after it was executed gives the money back: the
 * refund is a record of its own (amount, reason, who, when, linked to finding and appeal), read
 * by the insurer and the provider concerned only — not merely a figure in the decision's event.
 */
usePenaltyWorld();

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
