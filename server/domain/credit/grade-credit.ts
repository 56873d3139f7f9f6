import { z } from 'zod';
import type { CreditEvaluation } from '../../db/generated/prisma/client.js';
import { CreditSubjectType } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { formatScore, parseScore } from '../shared/score.js';
import { uuid } from '../shared/schemas.js';
import { creditGrade } from './rules.js';

export const gradeCreditInput = z.object({
  /** Required for the platform admin; agency staff grade for their own insurer. */
  insurerId: uuid.nullish(),
  subjectType: z.enum(CreditSubjectType),
  subjectId: uuid,
  year: z.number().int().min(2000).max(2100),
  score: z.string(),
});

export interface CreditResult {
  evaluation: CreditEvaluation;
  auditSeq: bigint;
}

/** Records a credit evaluation; grade D puts the subject on the blacklist (credit/rules.ts). */
export async function gradeCredit(
  ctx: CommandContext,
  raw: z.input<typeof gradeCreditInput>,
): Promise<CreditResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(gradeCreditInput, raw);
  const score = parseScore(input.score);
  if (score === null)
    throw new InputError([
      { path: ['input', 'score'], message: 'a score from 0 to 100 with at most two decimals' },
    ]);
  const insurerId = actor.role === 'PLATFORM_ADMIN' ? input.insurerId : actor.insurerId;
  if (!insurerId)
    throw new InputError([{ path: ['input', 'insurerId'], message: 'name the grading insurer' }]);
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    let providerId: string | null = null;
    let physicianId: string | null = null;
    let partnerId: string | null = null;
    let tagProviderId: string | null = null;
    if (input.subjectType === 'PROVIDER') {
      const p = await tx.provider.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.provider(actor)] },
      });
      if (!p) throw notFound('Provider', input.subjectId);
      providerId = tagProviderId = p.id;
    } else if (input.subjectType === 'PHYSICIAN') {
      const p = await tx.physician.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.physician(actor)] },
      });
      if (!p) throw notFound('Physician', input.subjectId);
      physicianId = p.id;
      tagProviderId = p.primaryProviderId;
    } else {
      const p = await tx.partner.findFirst({
        where: { AND: [{ id: input.subjectId }, visible.partner(actor)] },
      });
      if (!p) throw notFound('Partner', input.subjectId);
      partnerId = p.id;
    }
    const { grade, blacklisted } = creditGrade(score);
    const evaluation = await tx.creditEvaluation.create({
      data: {
        insurerId,
        subjectType: input.subjectType,
        providerId,
        physicianId,
        partnerId,
        year: input.year,
        score: formatScore(score),
        grade,
        blacklisted,
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
      partnerId,
      data: {
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        year: input.year,
        score: formatScore(score),
        grade,
        blacklisted,
      },
    });
    return { evaluation, auditSeq: seq };
  });
}
