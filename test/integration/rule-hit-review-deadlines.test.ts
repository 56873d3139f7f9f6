import { describe, expect, it } from 'vitest';
import { insurerAdmin } from '../factories/viewers.js';
import { DEFAULT_REVIEW_DEADLINES } from '../../server/domain/monitoring/review-rules.js';
import { addDays } from '../../server/domain/shared/dates.js';
import { agencyDay, endOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { hitAwaiting, hitRow, raise, useReviewWorld, w } from './rule-hit-review-fixture.js';

useReviewWorld();

const UPDATE = `mutation ($input: UpdateReviewDeadlinesInput!) { updateReviewDeadlines(input: $input) { auditSeq reviewDeadlines { initialReviewDays statementDays investigationDays } } }`;
const DAY = 86_400_000;
const days = {
  initialReviewDays: 3,
  reexaminationDays: 5,
  statementDays: 7,
  investigationDays: 20,
  handlingDays: 9,
};
const setting = () => w.hub.prisma.reviewDeadlineSetting.findUnique({ where: { insurerId: w.insurer.id } });

describe('review deadlines', () => {
  it('reads the defaults until the insurer sets its own', async () => {
    const r = ok(
      await w.hub.exec<{ reviewDeadlines: Record<string, number> }>(
        `{ reviewDeadlines { initialReviewDays reexaminationDays statementDays investigationDays handlingDays } }`,
        {},
        w.auditor,
      ),
    );
    expect(r.reviewDeadlines).toEqual(DEFAULT_REVIEW_DEADLINES);
  });

  it('hits inserted without a due date get the default days of their step (the trigger agrees with the code)', async () => {
    const other = await w.hub.prisma.auditRule.create({
      data: {
        code: `R-${Date.now()}`,
        insurerId: w.other.id,
        nameZh: '规则',
        nameEn: 'Rule',
        kind: 'SUSPICIOUS',
        stages: ['AFTER'],
      },
    });
    for (const step of ['INITIAL_REVIEW', 'INVESTIGATION', 'HANDLING'] as const) {
      const row = await w.hub.prisma.ruleHit.create({
        data: {
          ruleId: other.id,
          providerId: w.provider.id,
          stage: 'AFTER',
          claimRef: `T-${step}`,
          amountFen: 1n,
          occurredAt: new Date(),
          step,
        },
      });
      const field = {
        INITIAL_REVIEW: 'initialReviewDays',
        INVESTIGATION: 'investigationDays',
        HANDLING: 'handlingDays',
      } as const;
      expect(row.stepDueAt!.getTime() - row.stepEnteredAt.getTime()).toBe(
        DEFAULT_REVIEW_DEADLINES[field[step]] * DAY,
      );
    }
  });

  it("an insurer admin sets them, with an audit event; open steps' due dates follow", async () => {
    const open = await hitAwaiting('STATEMENT');
    const r = ok(
      await w.hub.exec<{ updateReviewDeadlines: { auditSeq: string } }>(UPDATE, { input: days }, w.admin),
    );
    expect(await eventBySeq(w.hub, r.updateReviewDeadlines.auditSeq)).toMatchObject({
      type: 'reviewDeadlines.updated',
      entityType: 'ReviewDeadlineSetting',
      insurerId: w.insurer.id,
      actorId: w.admin.actorId,
      data: { before: DEFAULT_REVIEW_DEADLINES, after: days, version: 1 },
    });
    const moved = await hitRow(open.id);
    // The statement period is the provider's: 7 days from the day after it began, to 24:00 of
    // the last agency day.
    expect(moved.stepDueAt).toEqual(endOfAgencyDay(addDays(agencyDay(moved.stepEnteredAt), 7)));
    const fresh = await raise();
    const row = await hitRow(fresh.id);
    expect(row.stepDueAt!.getTime() - row.stepEnteredAt.getTime()).toBe(3 * DAY);
  });

  it('refuses an auditor, another insurer, and days outside 1–365', async () => {
    const before = setting;
    await expectNoChange(w.hub, before, () => w.hub.exec(UPDATE, { input: days }, w.auditor), 'FORBIDDEN');
    await expectNoChange(w.hub, before, () => w.hub.exec(UPDATE, { input: days }, w.staff), 'FORBIDDEN');
    await expectNoChange(
      w.hub,
      before,
      () =>
        w.hub.exec(
          UPDATE,
          { input: { ...days, insurerId: gid('Insurer', w.insurer.id) } },
          insurerAdmin(w.other.id),
        ),
      'NOT_FOUND',
    );
    const ext = await expectNoChange(
      w.hub,
      before,
      () => w.hub.exec(UPDATE, { input: { ...days, statementDays: 0, handlingDays: 366 } }, w.admin),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      { path: ['input', 'statementDays'], message: expect.any(String) },
      { path: ['input', 'handlingDays'], message: expect.any(String) },
    ]);
  });
});

describe('overdue steps', () => {
  it('are listed with overdue: true and marked overdue; others with overdue: false', async () => {
    const late = await hitAwaiting('REEXAMINATION');
    const inTime = await hitAwaiting('REEXAMINATION');
    await w.hub.prisma.ruleHit.update({
      where: { id: late.id },
      data: { stepDueAt: new Date(Date.now() - 1000) },
    });
    const list = (overdue: boolean) =>
      w.hub.exec<{
        ruleHits: { totalCount: number; edges: { node: { id: string; overdue: boolean; dueAt: string } }[] };
      }>(
        `query ($f: RuleHitFilter) { ruleHits(first: 100, filter: $f, orderBy: { field: DUE_AT, direction: ASC }) { totalCount edges { node { id overdue dueAt } } } }`,
        { f: { overdue, step: ['REEXAMINATION'] } },
        w.auditor,
      );
    const overdue = ok(await list(true)).ruleHits;
    expect(overdue.edges.map((e) => e.node.id)).toContain(gid('RuleHit', late.id));
    expect(overdue.edges.map((e) => e.node.id)).not.toContain(gid('RuleHit', inTime.id));
    expect(overdue.edges.every((e) => e.node.overdue)).toBe(true);
    expect(overdue.totalCount).toBe(overdue.edges.length);
    const onTime = ok(await list(false)).ruleHits;
    expect(onTime.edges.map((e) => e.node.id)).toContain(gid('RuleHit', inTime.id));
    expect(onTime.edges.some((e) => e.node.overdue)).toBe(false);
  });
});
