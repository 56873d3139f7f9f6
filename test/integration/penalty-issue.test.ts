import { describe, expect, it } from 'vitest';
import { expectNoChange, eventBySeq, ok } from './mutation-helpers.js';
import { ISSUE, penaltyRow, propose, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/** Issuing a penalty: its appeal deadline, its legal basis and clause, and who may issue. */
usePenaltyWorld();

describe('issuePenalty', () => {
  it('issues with an appeal deadline 15 days out and marks the finding PENALISED', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id)).penalty;
    const before = Date.now();
    const r = ok(
      await w.hub.exec<{
        issuePenalty: {
          auditSeq: string;
          penalty: { status: string; appealDeadline: string; version: number };
        };
      }>(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin),
    ).issuePenalty;
    expect(r.penalty).toMatchObject({ status: 'ISSUED', version: 2 });
    const deadline = new Date(r.penalty.appealDeadline).getTime();
    expect(deadline).toBeGreaterThanOrEqual(before + 15 * 86_400_000);
    // 15 days to 24:00, moved past a weekend when the 15th day is one (no holidays listed here).
    expect(deadline).toBeLessThan(before + 18 * 86_400_000);
    expect(await eventBySeq(w.hub, r.auditSeq)).toMatchObject({
      type: 'penalty.issued',
      actorId: w.admin.actorId,
      entityId: raw(p.id),
      insurerId: w.insurer.id,
      providerId: w.provider.id,
    });
    expect((await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe(
      'PENALISED',
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 2 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ISSUED', action: 'ISSUE' });
  });

  it('refuses to issue without an agreement clause and an auditor issuing (FORBIDDEN)', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id, { clauseRef: null })).penalty;
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'clauseRef'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1, clauseRef: '第三十条' } }, w.auditor),
      'FORBIDDEN',
    );
  });
});
