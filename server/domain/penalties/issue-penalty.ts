import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, InputError, type FieldIssue } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { isoDate } from '../shared/dates.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { date, expectedVersion, optionalText, uuid, optionalLine } from '../shared/schemas.js';
import { agencyDay } from '../shared/local-date.js';
import { appealDeadline, canPenaltyStep, lastDayOfAppealPeriod } from './rules.js';
import { loadCalendarExceptions } from '../calendar/load-calendar.js';
import { loadPenalty, requireAgreementForMeasure, writePenaltyStep, type PenaltyResult } from './step.js';

export const issuePenaltyInput = z.object({
  id: uuid,
  expectedVersion,
  /** Replace the proposal's legal basis or clause; after this both must be present. */
  legalBasis: optionalText(2000),
  clauseRef: optionalLine(200),
  /** A rectification only: a new deadline, when the proposal's has passed before the issue. */
  rectificationDueOn: date.nullish(),
});

/**
 * Issues a proposed penalty to the party (下达处理决定): it must state its legal basis and the
 * agreement clause it applies (docs/domain/measures.md), and it opens the appeal window
 * (APPEAL_PERIOD_DAYS, ending on a working day of the insurer's calendar). The finding becomes
 * PENALISED.
 */
export async function issuePenalty(
  ctx: CommandContext,
  raw: z.input<typeof issuePenaltyInput>,
): Promise<PenaltyResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(issuePenaltyInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadPenalty(tx, ctx.actor, input.id);
    if (!canPenaltyStep('ISSUE', penalty.status))
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'ISSUE');
    requireAgreementForMeasure(penalty.measure, penalty.agreement);
    const legalBasis = input.legalBasis || penalty.legalBasis;
    const clauseRef = input.clauseRef || penalty.clauseRef;
    const issues: FieldIssue[] = [];
    if (!legalBasis?.trim())
      issues.push({ path: ['input', 'legalBasis'], message: 'an issued penalty states its legal basis' });
    if (!clauseRef?.trim())
      issues.push({
        path: ['input', 'clauseRef'],
        message: 'an issued penalty names the agreement clause it applies',
      });
    // 限期整改 is notified with its deadline: one that passed while the proposal waited would
    // order the provider to have rectified already. The issue may set a new one.
    const rectificationDueOn = input.rectificationDueOn ?? penalty.rectificationDueOn;
    if (penalty.measure !== 'RECTIFICATION' && input.rectificationDueOn)
      issues.push({ path: ['input', 'rectificationDueOn'], message: 'only a rectification has a due date', messageZh: '只有限期整改才有整改期限' });
    else if (penalty.measure === 'RECTIFICATION' && rectificationDueOn && rectificationDueOn <= agencyDay(now))
      issues.push({
        path: ['input', 'rectificationDueOn'],
        message: `the rectification deadline ${isoDate(rectificationDueOn)} must be after today`,
        messageZh: `整改期限（${isoDate(rectificationDueOn)}）须晚于今天，请重新填写`,
      });
    if (issues.length > 0) throw new InputError(issues);
    // The period's last day on the insurer's calendar: past its holidays and weekends.
    const lastDay = lastDayOfAppealPeriod(now);
    const deadline = appealDeadline(now, await loadCalendarExceptions(tx, penalty.agreement.insurerId, lastDay));
    const result = await writePenaltyStep(tx, {
      penalty,
      to: 'ISSUED',
      expectedVersion: input.expectedVersion,
      patch: { legalBasis, clauseRef, rectificationDueOn, issuedAt: now, appealDeadline: deadline },
      event: EVENT.penaltyIssued,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: {
        legalBasis,
        clauseRef,
        appealDeadline: deadline.toISOString(),
        ...(rectificationDueOn ? { rectificationDueOn: isoDate(rectificationDueOn) } : {}),
      },
    });
    await tx.finding.updateMany({
      where: { id: penalty.findingId, status: 'OPEN' },
      data: { status: 'PENALISED', version: { increment: 1 } },
    });
    return result;
  });
}
