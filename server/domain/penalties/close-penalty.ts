import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { canPenaltyStep } from './rules.js';
import { loadPenalty, writePenaltyStep, type PenaltyResult } from './step.js';

export const closePenaltyInput = z.object({ id: uuid, expectedVersion, reason: optionalText(2000) });

/**
 * Closes an executed or overturned penalty, or withdraws a proposal. When every penalty of the
 * finding is closed, the finding is closed too.
 */
export async function closePenalty(
  ctx: CommandContext,
  raw: z.input<typeof closePenaltyInput>,
): Promise<PenaltyResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(closePenaltyInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadPenalty(tx, ctx.actor, input.id);
    if (!canPenaltyStep('CLOSE', penalty.status))
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'CLOSE');
    const result = await writePenaltyStep(tx, {
      penalty,
      to: 'CLOSED',
      expectedVersion: input.expectedVersion,
      patch: { closedAt: now },
      event: EVENT.penaltyClosed,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { reason: input.reason ?? null, withdrawn: penalty.status === 'PROPOSED' },
    });
    const open = await tx.penalty.count({
      where: { findingId: penalty.findingId, status: { not: 'CLOSED' } },
    });
    if (open === 0) {
      await tx.finding.updateMany({
        where: { id: penalty.findingId, status: 'PENALISED' },
        data: { status: 'CLOSED', version: { increment: 1 } },
      });
    }
    return result;
  });
}
