import { describe, expect, it } from 'vitest';
import { eventBySeq, expectNoChange, gid, iso, ok, plusDays, agencyToday } from './mutation-helpers.js';
import { ISSUE, PROPOSE, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * 限期整改 (S2; docs/domain/measures.md): a provider is ordered to rectify by a deadline. The
 * deadline lies ahead of the day it is ordered; no other measure carries one. Dates are relative
 * to the agency's today (agencyToday(), read at each use so a run across Beijing midnight does
 * not flip), a day apart from it at least, so the calendar moving changes nothing.
 */
usePenaltyWorld();

const penalties = () => w.hub.prisma.penalty.count();

function rectification(findingId: string, dueOn: Date | null, measure = 'RECTIFICATION') {
  return w.hub.exec<{ proposePenalty: { penalty: { id: string; status: string } } }>(
    PROPOSE,
    {
      input: {
        findingId: gid('Finding', findingId),
        measure,
        legalBasis: '《定点医疗机构服务协议》第三十条',
        clauseRef: '第三十条',
        rectificationDueOn: dueOn ? iso(dueOn) : null,
      },
    },
    w.auditor,
  );
}

describe('限期整改: rectify by a deadline still ahead', () => {
  it.each([
    ['yesterday', -1],
    ['today', 0],
  ])('refuses a deadline of %s, naming the field in zh and en; nothing is written', async (_label, days) => {
    const { finding } = await setup();
    const ext = await expectNoChange(w.hub, penalties, () => rectification(finding.id, plusDays(agencyToday(), days)), 'BAD_USER_INPUT');
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'rectificationDueOn'],
        messageZh: '整改期限须晚于今天',
        messageEn: 'the rectification deadline must be after today',
      },
    ]);
  });

  it('takes tomorrow (the boundary) and 30 days on, and keeps the deadline on the penalty', async () => {
    const { finding } = await setup();
    for (const days of [1, 30]) {
      const p = ok(await rectification(finding.id, plusDays(agencyToday(), days))).proposePenalty.penalty;
      const row = await w.hub.prisma.penalty.findUniqueOrThrow({ where: { id: Buffer.from(p.id, 'base64').toString().split(':')[1]! } });
      expect(row.rectificationDueOn && iso(row.rectificationDueOn)).toBe(iso(plusDays(agencyToday(), days)));
      expect(p.status).toBe('PROPOSED');
    }
  });

  it('refuses a rectification without a deadline, and a deadline on a warning (a date nothing enforces)', async () => {
    const { finding } = await setup();
    const none = await expectNoChange(w.hub, penalties, () => rectification(finding.id, null), 'BAD_USER_INPUT');
    expect((none.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual(['input.rectificationDueOn']);
    const warning = await expectNoChange(
      w.hub,
      penalties,
      () => rectification(finding.id, plusDays(agencyToday(), 30), 'WARNING'),
      'BAD_USER_INPUT',
    );
    expect(warning.fields).toMatchObject([{ path: ['input', 'rectificationDueOn'], messageZh: '只有限期整改才有整改期限' }]);
    expect(ok(await rectification(finding.id, null, 'WARNING')).proposePenalty.penalty.status).toBe('PROPOSED');
  });

  it('a deadline that passed while the proposal waited is refused at issue; the issue sets a new one, in its event', async () => {
    const { finding } = await setup();
    const p = ok(await rectification(finding.id, plusDays(agencyToday(), 10))).proposePenalty.penalty;
    const id = Buffer.from(p.id, 'base64').toString().split(':')[1]!;
    // Ten days later, not issued yet: the deadline of the proposal is yesterday now.
    const yesterday = plusDays(agencyToday(), -1);
    await w.hub.prisma.penalty.update({ where: { id }, data: { rectificationDueOn: yesterday } });
    const row = () => w.hub.prisma.penalty.findUniqueOrThrow({ where: { id } });
    const ext = await expectNoChange(w.hub, row, () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin), 'BAD_USER_INPUT');
    expect(ext.fields).toMatchObject([{ path: ['input', 'rectificationDueOn'], messageZh: expect.stringContaining(iso(yesterday)) }]);
    const due = iso(plusDays(agencyToday(), 20));
    const issued = ok(
      await w.hub.exec<{ issuePenalty: { auditSeq: string; penalty: { status: string } } }>(
        ISSUE,
        { input: { id: p.id, expectedVersion: 1, rectificationDueOn: due } },
        w.admin,
      ),
    ).issuePenalty;
    expect(issued.penalty.status).toBe('ISSUED');
    expect(iso((await row()).rectificationDueOn!)).toBe(due);
    expect((await eventBySeq(w.hub, issued.auditSeq)).data).toMatchObject({ rectificationDueOn: due });
  });

  it('a new deadline at issue is refused on any other measure', async () => {
    const { finding } = await setup();
    const p = ok(await rectification(finding.id, null, 'WARNING')).proposePenalty.penalty;
    const ext = await expectNoChange(
      w.hub,
      penalties,
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1, rectificationDueOn: iso(plusDays(agencyToday(), 5)) } }, w.admin),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([{ path: ['input', 'rectificationDueOn'], messageZh: '只有限期整改才有整改期限' }]);
  });
});
