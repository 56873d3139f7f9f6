import { z } from 'zod';
import type { Assessment } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { formatScore, parseScore } from '../shared/score.js';
import { fen, optionalText, uuid } from '../shared/schemas.js';
import { agreementTags, loadAgreementForWrite } from '../agreements/transition.js';
import { assessmentResult, isYearInTerm, isYearOver } from './rules.js';
import { lastBindingDay } from '../agreements/termination.js';
import { isoDate } from '../shared/dates.js';
import { fixedServiceFee } from '../credit/fee.js';
import { agencyDay } from '../shared/local-date.js';

export const publishAssessmentInput = z.object({
  agreementId: uuid,
  year: z.number().int().min(2000).max(2100),
  /** 0–100 with at most two decimals, e.g. "92.50". */
  score: z.string(),
  /** Settlement withheld on the result (考核结果与结算挂钩). */
  withheldAmountFen: fen.default(0n),
  comment: optionalText(5000),
});

export interface AssessmentResultPayload {
  assessment: Assessment;
  auditSeq: bigint;
}

/**
 * Publishes the annual assessment of an agreement holder (provider or partner). The result
 * follows from the score (assessments/rules.ts); a published assessment is final (CONFLICT on a
 * second publication for the same year), and a FAIL blocks the agreement's renewal. A partner
 * agreement with a fee formula gets its service fee fixed with the result (credit/fee.ts).
 */
export async function publishAssessment(
  ctx: CommandContext,
  raw: z.input<typeof publishAssessmentInput>,
): Promise<AssessmentResultPayload> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(publishAssessmentInput, raw);
  const score = parseScore(input.score);
  if (score === null)
    throw new InputError([
      { path: ['input', 'score'], message: 'a score from 0 to 100 with at most two decimals' },
    ]);
  const now = ctx.now ?? new Date();
  if (!isYearOver(input.year, agencyDay(now)))
    throw new InputError([
      {
        path: ['input', 'year'],
        message: `the ${input.year} assessment can be published once the year is over`,
        messageZh: `${input.year} 年度尚未结束，年度结束后方可公布考核结果`,
      },
    ]);
  return inTransaction(ctx, async (tx) => {
    // Locked: two publications of one year at once run in turn; the second finds the first's result.
    const agreement = await loadAgreementForWrite(tx, actor, input.agreementId, true);
    if (agreement.status === 'DRAFT') {
      throw new DomainError(
        'AGREEMENT_NOT_ACTIVE',
        {
          zh: `协议（${agreement.number}）尚为草稿，不能考核`,
          en: `Agreement ${agreement.number} is a DRAFT and cannot be assessed`,
        },
        { currentStatus: agreement.status },
      );
    }
    const coverEndsOn = await lastBindingDay(tx, agreement);
    if (!isYearInTerm(input.year, { startsOn: agreement.startsOn, coverEndsOn })) {
      const term = `${isoDate(agreement.startsOn)} – ${isoDate(coverEndsOn)}`;
      throw new InputError([
        {
          path: ['input', 'year'],
          message: `agreement ${agreement.number} did not cover ${input.year} (its term: ${term}); assess that year on the agreement in force then`,
          messageZh: `协议（${agreement.number}）的期限（${term}）不含 ${input.year} 年度，请在该年度有效的协议上考核`,
        },
      ]);
    }
    const existing = await tx.assessment.findUnique({
      where: { agreementId_year: { agreementId: agreement.id, year: input.year } },
    });
    if (existing?.status === 'PUBLISHED') {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `协议（${agreement.number}）${input.year} 年度考核结果已公布`,
          en: `The ${input.year} assessment of agreement ${agreement.number} is already published`,
        },
        { assessmentId: existing.id },
      );
    }
    const result = assessmentResult(score);
    // The fee is settled on the year-end result (S0 §6: 根据年终审计结果…确定服务费用): fixed now,
    // from the formula in force, so a later formula cannot rewrite what this year earned.
    const fee = fixedServiceFee(agreement, score);
    const data = {
      score: formatScore(score),
      result,
      withheldAmountFen: input.withheldAmountFen,
      serviceFeeBaseFen: fee?.baseFeeFen ?? null,
      serviceFeeFactorBasisPoints: fee?.factorBasisPoints ?? null,
      serviceFeeFen: fee?.feeFen ?? null,
      comment: input.comment ?? null,
      status: 'PUBLISHED' as const,
      publishedAt: now,
    };
    const assessment = existing
      ? await tx.assessment.update({ where: { id: existing.id }, data })
      : await tx.assessment.create({ data: { ...data, agreementId: agreement.id, year: input.year } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.assessmentPublished,
      entityType: ENTITY.assessment,
      entityId: assessment.id,
      actor,
      requestId: ctx.requestId,
      ...agreementTags(agreement),
      data: {
        agreementId: agreement.id,
        year: input.year,
        score: formatScore(score),
        result,
        withheldAmountFen: input.withheldAmountFen,
        ...(fee && { serviceFee: fee }),
      },
    });
    return { assessment, auditSeq: seq };
  });
}
