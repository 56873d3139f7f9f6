import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, InputError } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid, optionalLine } from '../shared/schemas.js';
import { appealDeadline, canPenaltyStep, lastDayOfAppealPeriod } from './rules.js';
import { loadCalendarExceptions } from '../calendar/load-calendar.js';
import { loadPenalty, requireAgreementForMeasure, writePenaltyStep, type PenaltyResult } from './step.js';

export const issuePenaltyInput = z.object({
  id: uuid,
  expectedVersion,
  /** Replace the proposal's legal basis or clause; after this both must be present. */
  legalBasis: optionalText(2000),
  clauseRef: optionalLine(200),
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
    const issues = [];
    if (!legalBasis?.trim())
      issues.push({ path: ['input', 'legalBasis'], message: 'an issued penalty states its legal basis' });
    if (!clauseRef?.trim())
      issues.push({
        path: ['input', 'clauseRef'],
        message: 'an issued penalty names the agreement clause it applies',
      });
    if (issues.length > 0) throw new InputError(issues);
    // The period's last day on the insurer's calendar: past its holidays and weekends.
    const lastDay = lastDayOfAppealPeriod(now);
    const deadline = appealDeadline(now, await loadCalendarExceptions(tx, penalty.agreement.insurerId, lastDay));
    const result = await writePenaltyStep(tx, {
      penalty,
      to: 'ISSUED',
      expectedVersion: input.expectedVersion,
      patch: { legalBasis, clauseRef, issuedAt: now, appealDeadline: deadline },
      event: EVENT.penaltyIssued,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { legalBasis, clauseRef, appealDeadline: deadline.toISOString() },
    });
    await tx.finding.updateMany({
      where: { id: penalty.findingId, status: 'OPEN' },
      data: { status: 'PENALISED', version: { increment: 1 } },
    });
    return result;
  });
}
