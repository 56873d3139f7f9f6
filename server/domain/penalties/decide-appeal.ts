import { z } from 'zod';
import { AppealDecision } from '../../db/generated/prisma/enums.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, InputError } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { yuanWords } from '../words.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, fen, text, uuid } from '../shared/schemas.js';
import { canPenaltyStep, decisionStatus, isValidReduction } from './rules.js';
import { reverseExecution } from './reverse-execution.js';
import { withdrawPenaltyDisclosures } from '../disclosure/withdraw-for-changed-decision.js';
import { loadPenalty, writePenaltyStep, type PenaltyResult } from './step.js';
import { checkVersion } from '../shared/versioning.js';

export const decideAppealInput = z
  .object({
    penaltyId: uuid,
    expectedVersion,
    decision: z.enum(AppealDecision),
    reason: text(5000),
    /** REDUCE only: the new, lower amount. */
    reducedAmountFen: fen.nullish(),
  })
  .refine((i) => (i.decision === 'REDUCE') === (i.reducedAmountFen != null), {
    path: ['reducedAmountFen'],
    message: 'REDUCE needs the reduced amount; UPHOLD and OVERTURN take none',
  });

/**
 * Decides the open appeal: uphold, reduce (a lower amount) or overturn the penalty. If the
 * penalty was executed before the appeal (rules.ts), the decision settles the execution in the
 * same transaction: upheld it stays EXECUTED; reduced it stays EXECUTED and what was recovered
 * above the new amount is refunded; overturned, recovered money is refunded and suspensions
 * still in force are lifted (`reverse-execution.ts`). Money refunded is kept as a
 * PenaltyRefund (amount, reason, decider, time) linked to the penalty, finding and appeal.
 */
export async function decideAppeal(
  ctx: CommandContext,
  raw: z.input<typeof decideAppealInput>,
): Promise<PenaltyResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(decideAppealInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadPenalty(tx, ctx.actor, input.penaltyId);
    if (!canPenaltyStep('DECIDE', penalty.status))
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'DECIDE');
    if (input.decision === 'REDUCE' && !isValidReduction(penalty.amountFen, input.reducedAmountFen!)) {
      const current = penalty.amountFen === null ? null : yuanWords(penalty.amountFen);
      throw new InputError([
        {
          path: ['input', 'reducedAmountFen'],
          message: current
            ? `must be lower than the current amount ${current.en}`
            : 'this penalty has no amount to reduce',
          messageZh: current ? `须低于当前金额 ${current.zh}` : '该处理没有可减轻的金额',
        },
      ]);
    }
    const appeal = await tx.appeal.findFirstOrThrow({
      where: { penaltyId: penalty.id, decision: null },
      orderBy: { filedAt: 'desc' },
    });
    await tx.appeal.update({
      where: { id: appeal.id },
      data: {
        decision: input.decision,
        decisionReason: input.reason,
        reducedAmountFen: input.reducedAmountFen ?? null,
        decidedByType: ctx.actor.actorType,
        decidedById: ctx.actor.actorId,
        decidedAt: now,
      },
    });
    const executed = penalty.executedAt !== null;
    let recovered = penalty.recoveredAmountFen;
    if (executed && input.decision === 'OVERTURN') {
      checkVersion('Penalty', penalty, input.expectedVersion);
      recovered =
        penalty.recoveredAmountFen -
        (await reverseExecution(tx, penalty, {
          now,
          actor: ctx.actor,
          requestId: ctx.requestId,
          reason: input.reason,
        }));
    } else if (executed && input.decision === 'REDUCE' && recovered > input.reducedAmountFen!) {
      recovered = input.reducedAmountFen!;
    }
    // Money going back is a record of its own (amount, reason, who, when), beside the event.
    const refundFen = penalty.recoveredAmountFen - recovered;
    const refund =
      refundFen > 0n
        ? await tx.penaltyRefund.create({
            data: {
              penaltyId: penalty.id,
              findingId: penalty.findingId,
              appealId: appeal.id,
              insurerId: penalty.insurerId,
              providerId: penalty.providerId,
              amountFen: refundFen,
              decision: input.decision,
              reason: input.reason,
              refundedByType: ctx.actor.actorType,
              refundedById: ctx.actor.actorId,
              refundedAt: now,
            },
          })
        : null;
    // A decision published as a typical case no longer stands as published.
    const withdrawn =
      executed && input.decision !== 'UPHOLD'
        ? await withdrawPenaltyDisclosures(tx, {
            penaltyId: penalty.id,
            now,
            actor: ctx.actor,
            requestId: ctx.requestId,
            reason: `penalty ${penalty.number} ${input.decision === 'OVERTURN' ? 'overturned' : 'reduced'} on appeal`,
          })
        : 0;
    return writePenaltyStep(tx, {
      penalty,
      to: decisionStatus(input.decision, executed),
      expectedVersion: input.expectedVersion,
      patch: {
        decidedAt: now,
        recoveredAmountFen: recovered,
        ...(input.decision === 'REDUCE' ? { amountFen: input.reducedAmountFen! } : {}),
      },
      event: EVENT.penaltyDecided,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: {
        appealId: appeal.id,
        decision: input.decision,
        previousAmountFen: penalty.amountFen,
        reason: input.reason,
        executed,
        refundFen,
        refundId: refund?.id ?? null,
        disclosuresWithdrawn: withdrawn,
      },
    });
  });
}
