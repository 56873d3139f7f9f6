import { describe, expect, it } from 'vitest';
import { eventBySeq, expectNoChange, gid, ok, refused } from './mutation-helpers.js';
import { CONFIRM, hitAwaiting, hitRow, raise, stepOk, useReviewWorld, w } from './rule-hit-review-fixture.js';
import { createAuditRule } from '../factories/records.js';

useReviewWorld();

type Confirmed = {
  confirmRuleHits: {
    confirmed: {
      auditSeq: string;
      ruleHit: { id: string; status: string; step: string };
      finding: { id: string; source: string; violatingAmountFen: number; description: string };
    }[];
  };
};

const confirm = (
  items: { ruleHitId: string; violatingAmountFen?: number }[],
  extra: Record<string, unknown> = {},
) =>
  w.hub.exec<Confirmed>(
    CONFIRM,
    {
      input: {
        items: items.map((i) => ({ ...i, ruleHitId: gid('RuleHit', i.ruleHitId) })),
        note: '确认违规：超限用药',
        ...extra,
      },
    },
    w.auditor,
  );

const state = (ids: string[]) => async () => ({
  hits: await Promise.all(ids.map(hitRow)),
  findings: await w.hub.prisma.finding.count(),
  history: await w.hub.prisma.ruleHitTransition.count({ where: { ruleHitId: { in: ids } } }),
});

describe('confirmRuleHits', () => {
  it('confirms one hit into a finding with the amount the investigation established', async () => {
    const hit = await hitAwaiting('INVESTIGATION');
    await stepOk('INVESTIGATE', hit.id, w.auditor, { violatingAmountFen: 12_345 });
    const [done] = ok(await confirm([{ ruleHitId: hit.id }])).confirmRuleHits.confirmed;
    expect(done!.ruleHit).toMatchObject({ status: 'CONFIRMED', step: 'CLOSED' });
    expect(done!.finding).toMatchObject({
      source: 'SMART_MONITORING',
      violatingAmountFen: 12345,
      description: '确认违规：超限用药',
    });
    const row = await hitRow(hit.id);
    const finding = await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: row.findingId! } });
    expect(finding).toMatchObject({
      agreementId: w.agreement.id,
      providerId: w.provider.id,
      violationTypeId: w.violationType.id,
      evidence: [expect.objectContaining({ kind: 'SETTLEMENT_RECORD', ref: hit.claimRef })],
    });
    const confirmed = await eventBySeq(w.hub, done!.auditSeq);
    expect(confirmed).toMatchObject({
      type: 'ruleHit.confirmed',
      entityId: hit.id,
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      data: expect.objectContaining({ findingId: finding.id, amountFen: '12345', toStep: 'CLOSED' }),
    });
    // The finding's own event, from the findings area's rules, in the same transaction.
    const recorded = await w.hub.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'finding.recorded', entityId: finding.id },
    });
    expect(recorded.seq).toBe(confirmed.seq - 1n);
  });

  it('confirms several hits at once, one finding each, amounts defaulting to the flagged amount', async () => {
    const a = await hitAwaiting('HANDLING', { amountFen: 7_000n });
    const b = await hitAwaiting('HANDLING', { neighbour: true, amountFen: 9_000n });
    const out = ok(await confirm([{ ruleHitId: a.id, violatingAmountFen: 6_000 }, { ruleHitId: b.id }]))
      .confirmRuleHits.confirmed;
    expect(out.map((c) => c.finding.violatingAmountFen)).toEqual([6000, 9000]);
    expect(new Set(out.map((c) => c.finding.id)).size).toBe(2);
    for (const c of out) expect((await eventBySeq(w.hub, c.auditSeq)).type).toBe('ruleHit.confirmed');
  });

  it('is all or nothing: one hit not awaiting handling refuses the list, naming its position', async () => {
    const ready = await hitAwaiting('HANDLING');
    const early = await hitAwaiting('INVESTIGATION');
    const ext = await expectNoChange(
      w.hub,
      state([ready.id, early.id]),
      () => confirm([{ ruleHitId: ready.id }, { ruleHitId: early.id }]),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ itemIndex: 1, currentStep: 'INVESTIGATION' });
    const amount = await expectNoChange(
      w.hub,
      state([ready.id]),
      () => confirm([{ ruleHitId: ready.id, violatingAmountFen: 50_001 }]),
      'BAD_USER_INPUT',
    );
    expect(amount.fields).toMatchObject([
      { path: ['input', 'items', 0, 'violatingAmountFen'], message: expect.any(String) },
    ]);
    const twice = await expectNoChange(
      w.hub,
      state([ready.id]),
      () => confirm([{ ruleHitId: ready.id }, { ruleHitId: ready.id }]),
      'BAD_USER_INPUT',
    );
    expect(twice.fields).toMatchObject([{ path: ['input', 'items'], message: 'each hit at most once' }]);
    await expectNoChange(w.hub, state([ready.id]), () => confirm([]), 'BAD_USER_INPUT');
  });

  it('needs a violation type when the rule names none, and refuses other insurers and viewers', async () => {
    const bare = await createAuditRule(w.hub.prisma, { insurerId: w.insurer.id });
    const hit = await hitAwaiting('HANDLING');
    await w.hub.prisma.ruleHit.update({ where: { id: hit.id }, data: { ruleId: bare.id } });
    const ext = await expectNoChange(
      w.hub,
      state([hit.id]),
      () => confirm([{ ruleHitId: hit.id }]),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([{ path: ['input', 'violationTypeId'], message: expect.any(String) }]);
    const withType = ok(
      await confirm([{ ruleHitId: hit.id }], { violationTypeId: gid('ViolationType', w.violationType.id) }),
    );
    expect(withType.confirmRuleHits.confirmed).toHaveLength(1);

    const other = await raise();
    const asOther = await w.hub.exec(
      CONFIRM,
      { input: { items: [{ ruleHitId: gid('RuleHit', other.id) }], note: '确认' } },
      { ...w.auditor, insurerId: w.other.id },
    );
    refused(asOther, 'NOT_FOUND');
    refused(
      await w.hub.exec(
        CONFIRM,
        { input: { items: [{ ruleHitId: gid('RuleHit', other.id) }], note: '确认' } },
        w.staff,
      ),
      'FORBIDDEN',
    );
  });
});
