import { describe, expect, it } from 'vitest';
import { insurerAuditor, insurerViewer, integrator } from '../factories/viewers.js';
import { eventBySeq, expectNoChange, gid, ok, refused } from './mutation-helpers.js';
import { hitAwaiting, hitRow, raise, step, stepOk, useReviewWorld, w } from './rule-hit-review-fixture.js';

useReviewWorld();

const snapshot = (id: string) => async () => ({
  hit: await hitRow(id),
  history: await w.hub.prisma.ruleHitTransition.count({ where: { ruleHitId: id } }),
});

describe('the handling procedure, step by step', () => {
  it('initial review → re-examination → statement → investigation → handling, each an audit event', async () => {
    const hit = await raise();
    const raised = await hitRow(hit.id);
    expect(raised.step).toBe('INITIAL_REVIEW');
    // The due date is filled from the defaults on insert (10 days for initial review).
    expect(raised.stepDueAt!.getTime() - raised.stepEnteredAt.getTime()).toBe(10 * 86_400_000);

    const reviewed = await stepOk('REVIEW', hit.id, w.auditor);
    expect(reviewed.ruleHit).toMatchObject({ step: 'REEXAMINATION', status: 'OPEN', overdue: false });
    expect(await eventBySeq(w.hub, reviewed.auditSeq)).toMatchObject({
      type: 'ruleHit.reviewed',
      entityType: 'RuleHit',
      entityId: hit.id,
      actorId: w.auditor.actorId,
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      data: expect.objectContaining({
        action: 'REVIEW',
        fromStep: 'INITIAL_REVIEW',
        toStep: 'REEXAMINATION',
        late: false,
      }),
    });

    const reexamined = await stepOk('REEXAMINE', hit.id, w.admin);
    expect(reexamined.ruleHit.step).toBe('STATEMENT');
    expect((await eventBySeq(w.hub, reexamined.auditSeq)).type).toBe('ruleHit.reexamined');

    const answered = await stepOk('ANSWER', hit.id, w.staff, { note: '该收费有医嘱，属合理用药' });
    expect(answered.ruleHit.step).toBe('INVESTIGATION');
    expect(await eventBySeq(w.hub, answered.auditSeq)).toMatchObject({
      type: 'ruleHit.answered',
      actorId: w.staff.actorId,
      providerId: w.provider.id,
      data: expect.objectContaining({ note: '该收费有医嘱，属合理用药' }),
    });

    const investigated = await stepOk('INVESTIGATE', hit.id, w.auditor, { violatingAmountFen: 30_000 });
    expect(investigated.ruleHit).toMatchObject({ step: 'HANDLING', allowedActions: ['DISMISS', 'CONFIRM'] });
    expect(await eventBySeq(w.hub, investigated.auditSeq)).toMatchObject({
      type: 'ruleHit.investigated',
      data: expect.objectContaining({ amountFen: '30000' }),
    });
    expect(investigated.ruleHit.history.map((h) => h.action)).toEqual([
      'REVIEW',
      'REEXAMINE',
      'ANSWER',
      'INVESTIGATE',
    ]);
  });

  it('dismisses with a reason from any open step, closing the hit', async () => {
    const hit = await hitAwaiting('STATEMENT');
    const out = await stepOk('DISMISS', hit.id, w.auditor, { note: '经核实为系统编码错误' });
    expect(out.ruleHit).toMatchObject({
      status: 'DISMISSED',
      step: 'CLOSED',
      dueAt: null,
      allowedActions: [],
    });
    expect(await eventBySeq(w.hub, out.auditSeq)).toMatchObject({
      type: 'ruleHit.dismissed',
      data: expect.objectContaining({
        fromStep: 'STATEMENT',
        toStep: 'CLOSED',
        note: '经核实为系统编码错误',
      }),
    });
  });

  it('refuses a move from the wrong step, naming the step in zh and en', async () => {
    const hit = await raise();
    const ext = await expectNoChange(
      w.hub,
      snapshot(hit.id),
      () => step('ANSWER', hit.id, w.staff),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStep: 'INITIAL_REVIEW', action: 'ANSWER' });
    const result = await step('REEXAMINE', hit.id, w.auditor);
    refused(result, 'ILLEGAL_TRANSITION');
    expect(result.errors![0]!.message).toContain('awaiting initial review');
    expect(result.errors![0]!.extensions!.messageZh).toContain('待初审');
    const closed = await hitAwaiting('REEXAMINATION');
    await stepOk('DISMISS', closed.id, w.auditor);
    await expectNoChange(
      w.hub,
      snapshot(closed.id),
      () => step('DISMISS', closed.id, w.auditor),
      'ILLEGAL_TRANSITION',
    );
  });

  it('skips the statement only once its period has run out', async () => {
    const hit = await hitAwaiting('STATEMENT');
    const ext = await expectNoChange(
      w.hub,
      snapshot(hit.id),
      () => step('INVESTIGATE', hit.id, w.auditor),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.dueAt).toBeTruthy();
    await w.hub.prisma.ruleHit.update({
      where: { id: hit.id },
      data: { stepDueAt: new Date(Date.now() - 60_000) },
    });
    const out = await stepOk('INVESTIGATE', hit.id, w.auditor, { note: '逾期未陈述申辩，视为放弃' });
    expect(out.ruleHit.step).toBe('HANDLING');
    expect(out.ruleHit.history.at(-1)).toMatchObject({ fromStep: 'STATEMENT', late: true });
  });

  it('refuses roles that may not take the step, and amounts above the flagged amount', async () => {
    const hit = await hitAwaiting('INVESTIGATION');
    for (const viewer of [insurerViewer(w.insurer.id), integrator({ insurerId: w.insurer.id }), w.staff]) {
      await expectNoChange(w.hub, snapshot(hit.id), () => step('INVESTIGATE', hit.id, viewer), 'FORBIDDEN');
    }
    const fresh = await raise();
    await expectNoChange(w.hub, snapshot(fresh.id), () => step('REVIEW', fresh.id, w.staff), 'FORBIDDEN');
    await expectNoChange(
      w.hub,
      snapshot(fresh.id),
      () => step('REVIEW', fresh.id, insurerAuditor(w.other.id)),
      'NOT_FOUND',
    );
    const ext = await expectNoChange(
      w.hub,
      snapshot(hit.id),
      () => step('INVESTIGATE', hit.id, w.auditor, { violatingAmountFen: 50_001 }),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([{ path: ['input', 'violatingAmountFen'], message: expect.any(String) }]);
    const nul = await step('REVIEW', fresh.id, w.auditor, { note: '意见\u0000' });
    expect(refused(nul, 'BAD_USER_INPUT').fields).toMatchObject([
      { path: ['input', 'note'], message: expect.any(String) },
    ]);
    refused(await step('REVIEW', fresh.id, w.auditor, { note: 'x'.repeat(5001) }), 'BAD_USER_INPUT');
    refused(
      await w.hub.exec(
        `mutation ($input: RuleHitStepInput!) { reviewRuleHit(input: $input) { auditSeq } }`,
        { input: { ruleHitId: 'bm90LWFuLWlk', note: '意见' } },
        w.auditor,
      ),
      'BAD_USER_INPUT',
    );
  });
});

describe('providers see and answer only their own hits', () => {
  it("lists only its own hits and answering another provider's hit is NOT_FOUND", async () => {
    const own = await hitAwaiting('STATEMENT');
    const theirs = await hitAwaiting('STATEMENT', { neighbour: true });
    const list = ok(
      await w.hub.exec<{ ruleHits: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ ruleHits(first: 100) { totalCount edges { node { id } } } }`,
        {},
        w.staff,
      ),
    ).ruleHits;
    const ids = list.edges.map((e) => e.node.id);
    expect(ids).toContain(gid('RuleHit', own.id));
    expect(ids).not.toContain(gid('RuleHit', theirs.id));
    expect(list.totalCount).toBe(ids.length);
    const node = ok(
      await w.hub.exec<{ node: unknown }>(
        `query ($id: ID!) { node(id: $id) { id } }`,
        { id: gid('RuleHit', theirs.id) },
        w.staff,
      ),
    );
    expect(node.node).toBeNull();
    await expectNoChange(w.hub, snapshot(theirs.id), () => step('ANSWER', theirs.id, w.staff), 'NOT_FOUND');
    await stepOk('ANSWER', theirs.id, w.neighbourStaff);
  });
});

describe('partners entrusted with smart monitoring', () => {
  it('review and re-examine the entrusting insurer’s hits, tagged with the partner', async () => {
    const hit = await raise();
    const reviewed = await stepOk('REVIEW', hit.id, w.monitor);
    expect(await eventBySeq(w.hub, reviewed.auditSeq)).toMatchObject({
      type: 'ruleHit.reviewed',
      partnerId: w.monitor.partnerId,
      insurerId: w.insurer.id,
    });
    const reexamined = await stepOk('REEXAMINE', hit.id, w.monitor);
    expect(reexamined.ruleHit.step).toBe('STATEMENT');
  });

  it('cannot decide: investigating, dismissing or confirming is FORBIDDEN', async () => {
    const hit = await hitAwaiting('HANDLING');
    await expectNoChange(w.hub, snapshot(hit.id), () => step('DISMISS', hit.id, w.monitor), 'FORBIDDEN');
    await expectNoChange(
      w.hub,
      snapshot(hit.id),
      () =>
        w.hub.exec(
          `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) { confirmed { auditSeq } } }`,
          { input: { items: [{ ruleHitId: gid('RuleHit', hit.id) }], note: '确认' } },
          w.monitor,
        ),
      'FORBIDDEN',
    );
  });

  it('a partner entrusted with other work may read but not review; one not entrusted sees nothing', async () => {
    const hit = await raise();
    await expectNoChange(w.hub, snapshot(hit.id), () => step('REVIEW', hit.id, w.patroller), 'FORBIDDEN');
    const seen = ok(
      await w.hub.exec<{ ruleHits: { totalCount: number } }>(
        `{ ruleHits(first: 1) { totalCount } }`,
        {},
        w.stranger,
      ),
    );
    expect(seen.ruleHits.totalCount).toBe(0);
    await expectNoChange(w.hub, snapshot(hit.id), () => step('REVIEW', hit.id, w.stranger), 'NOT_FOUND');
  });
});
