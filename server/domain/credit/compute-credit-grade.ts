import { z } from 'zod';
import { CreditSubjectType } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { formatScore } from '../shared/score.js';
import { uuid } from '../shared/schemas.js';
import { creditGrade } from './rules.js';
import { creditScore } from './standard.js';
import { loadYearRecord } from './load-year-record.js';
import { localDay } from '../shared/local-date.js';
import type { CreditResult } from './grade-credit.js';

export const computeCreditGradeInput = z.object({
  insurerId: uuid.nullish(),
  subjectType: z.enum(CreditSubjectType),
  subjectId: uuid,
  year: z.number().int().min(2000).max(2100),
});

/**
 * Grades a provider, physician or partner from the year's record by the published standard
 * (standard.ts), storing the deductions that explain the score. An agency may then adjust it
 * with a recorded reason (`adjustCreditGrade`).
 */
export async function computeCreditGrade(
  ctx: CommandContext,
  raw: z.input<typeof computeCreditGradeInput>,
): Promise<CreditResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(computeCreditGradeInput, raw);
  const insurerId = actor.role === 'PLATFORM_ADMIN' ? input.insurerId : actor.insurerId;
  if (!insurerId) throw invalidField(['insurerId'], 'name the grading insurer');
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  const now = ctx.now ?? new Date();
  // The year has begun on the agency's calendar: at 00:30 on 1 January in Beijing, not 08:00.
  if (input.year > Number(localDay(now).slice(0, 4))) throw invalidField(['year'], 'a year that has begun');
  return inTransaction(ctx, async (tx) => {
    const ids = {
      providerId: null as string | null,
      physicianId: null as string | null,
      partnerId: null as string | null,
    };
    let tagProviderId: string | null = null;
    if (input.subjectType === 'PROVIDER') {
      const p = await tx.provider.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.provider(actor)] },
      });
      if (!p) throw notFound('Provider', input.subjectId);
      ids.providerId = tagProviderId = p.id;
    } else if (input.subjectType === 'PHYSICIAN') {
      const p = await tx.physician.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.physician(actor)] },
      });
      if (!p) throw notFound('Physician', input.subjectId);
      ids.physicianId = p.id;
      tagProviderId = p.primaryProviderId;
    } else {
      const p = await tx.partner.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.partner(actor)] },
      });
      if (!p) throw notFound('Partner', input.subjectId);
      ids.partnerId = p.id;
    }
    const record = await loadYearRecord(tx, insurerId, input.subjectType, input.subjectId, input.year);
    const { deductions, scoreHundredths } = creditScore(record);
    const { grade, blacklisted } = creditGrade(scoreHundredths);
    const score = formatScore(scoreHundredths);
    const evaluation = await tx.creditEvaluation.create({
      data: {
        insurerId,
        subjectType: input.subjectType,
        ...ids,
        year: input.year,
        score,
        computedScore: score,
        grade,
        blacklisted,
        basis: 'COMPUTED',
        deductions: deductions as unknown as object[],
        evaluatedAt: now,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.creditGraded,
      entityType: ENTITY.creditEvaluation,
      entityId: evaluation.id,
      actor,
      requestId: ctx.requestId,
      insurerId,
      providerId: tagProviderId,
      partnerId: ids.partnerId,
      data: {
        basis: 'COMPUTED',
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        year: input.year,
        score,
        grade,
        blacklisted,
        // Every partner the insurer entrusts receives the event: another partner's record unnamed.
        deductions: deductions.map((d) => (d.partnerId ? { rule: d.rule, points: d.points } : { rule: d.rule, ref: d.ref, points: d.points })),
      },
    });
    return { evaluation, auditSeq: seq };
  });
}
