import { describe, expect, it } from 'vitest';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createFinding, createPenalty, createProvider, createViolationType, day } from '../factories/records.js';
import { eventBySeq } from './mutation-helpers.js';
import { computeCreditGrade } from '../../server/domain/credit/compute-credit-grade.js';
import { useCreditWorld, w } from './credit-fixture.js';

/** A credit year is the agency's calendar year (Asia/Shanghai), for the penalties counted and for when it may be graded. */
useCreditWorld();

describe('credit years on the agency calendar', () => {
  it("counts a penalty in the agency's calendar year it was issued in, and grades a year once it has begun there", async () => {
    const other = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: other.id });
    const violation = await createViolationType(w.hub.prisma);
    const finding = await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: violation.id,
      status: 'PENALISED',
      foundOn: day('2031-06-01'),
    });
    // 00:30 on 1 January 2031 in Beijing (UTC: 31 December 2030) and 00:30 on 1 January 2032.
    const early = await createPenalty(w.hub.prisma, {
      findingId: finding.id,
      measure: 'WARNING',
      status: 'EXECUTED',
      issuedAt: new Date('2030-12-31T16:30:00Z'),
    });
    const late = await createPenalty(w.hub.prisma, {
      findingId: finding.id,
      measure: 'WARNING',
      status: 'EXECUTED',
      issuedAt: new Date('2031-12-31T16:30:00Z'),
    });
    const grade = (year: number, now: string) =>
      computeCreditGrade(
        { actor: insurerAuditor(w.insurer.id), requestId: null, now: new Date(now) },
        { subjectType: 'PROVIDER', subjectId: other.id, year },
      );
    const penaltiesOf = (r: Awaited<ReturnType<typeof grade>>) =>
      (r.evaluation.deductions as { rule: string; ref: string }[])
        .filter((d) => d.rule === 'PENALTY')
        .map((d) => d.ref);
    const y2031 = await grade(2031, '2032-03-01T00:00:00Z');
    expect(penaltiesOf(y2031)).toEqual([early.number]);
    expect(await eventBySeq(w.hub, y2031.auditSeq.toString())).toMatchObject({
      type: 'credit.graded',
      providerId: other.id,
    });
    // 23:30 on 31 December 2031 in Beijing: 2032 has not begun.
    await expect(grade(2032, '2031-12-31T15:30:00Z')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: ['input', 'year'] })],
    });
    // 00:30 on 1 January 2032 in Beijing, still 2031 in UTC: 2032 has begun.
    const y2032 = await grade(2032, '2031-12-31T16:30:00Z');
    expect(penaltiesOf(y2032)).toEqual([late.number]);
  });
});
