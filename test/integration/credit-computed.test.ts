import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor, insurerViewer } from '../factories/viewers.js';
import { createInsurer } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { ADJUST, COMPUTE, useCreditWorld, w, type Ev } from './credit-fixture.js';

/** A provider's credit grade computed by the published standard: its deductions, adjustment and who may grade. */
useCreditWorld();

describe('credit computed by the published standard', () => {
  it('lists the deductions: violations by category, a repeat, the penalty, the assessment', async () => {
    const r = ok(
      await w.hub.exec<{ computeCreditGrade: { auditSeq: string; evaluation: Ev } }>(
        COMPUTE,
        { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', w.provider.id), year: 2025 } },
        insurerAuditor(w.insurer.id),
      ),
    ).computeCreditGrade;
    // 100 − (10 + 10 billing) − 5 repeat − 6 liquidated damages − 10 conditional assessment = 59 → D.
    expect(r.evaluation.deductions.map((d) => [d.rule, d.points])).toEqual([
      ['VIOLATION', 10],
      ['VIOLATION', 10],
      ['REPEAT', 5],
      ['PENALTY', 6],
      ['ASSESSMENT', 10],
    ]);
    expect(r.evaluation).toMatchObject({ score: '59', grade: 'D', basis: 'COMPUTED', blacklisted: true });
    expect(await eventBySeq(w.hub, r.auditSeq)).toMatchObject({
      type: 'credit.graded',
      providerId: w.provider.id,
      data: expect.objectContaining({ basis: 'COMPUTED', grade: 'D' }),
    });
    const a = ok(
      await w.hub.exec<{ adjustCreditGrade: { auditSeq: string; evaluation: Record<string, unknown> } }>(
        ADJUST,
        { input: { id: r.evaluation.id, expectedVersion: 1, score: '61', reason: '整改到位，经复核' } },
        insurerAdmin(w.insurer.id),
      ),
    ).adjustCreditGrade;
    expect(a.evaluation).toMatchObject({
      score: '61',
      grade: 'C',
      basis: 'ADJUSTED',
      computedScore: '59',
      adjustmentReason: '整改到位，经复核',
    });
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'credit.adjusted',
      data: expect.objectContaining({ fromGrade: 'D', grade: 'C', reason: '整改到位，经复核' }),
    });
    const row = () => w.hub.prisma.creditEvaluation.findMany();
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 2, score: '99', reason: ' ' } },
          insurerAdmin(w.insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 1, score: '99', reason: 'x' } },
          insurerAdmin(w.insurer.id),
        ),
      'STALE_VERSION',
    );
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 2, score: '99', reason: 'x' } },
          insurerAuditor(w.insurer.id),
        ),
      'FORBIDDEN',
    );
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          COMPUTE,
          { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', w.provider.id), year: 2025 } },
          insurerViewer(w.insurer.id),
        ),
      'FORBIDDEN',
    );
    const stranger = await createInsurer(w.hub.prisma);
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          COMPUTE,
          { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', w.provider.id), year: 2025 } },
          insurerAdmin(stranger.id),
        ),
      'NOT_FOUND',
    );
  });
});
