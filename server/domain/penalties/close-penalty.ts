import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, illegalTransition } from '../errors.js';
import { localDay } from '../shared/local-date.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { canPenaltyStep, isAppealInTime } from './rules.js';
import { loadPenalty, writePenaltyStep, type PenaltyResult } from './step.js';

export const closePenaltyInput = z.object({ id: uuid, expectedVersion, reason: optionalText(2000) });

/**
 * Closes an executed or overturned penalty, or withdraws a proposal. An executed penalty that
 * was never appealed is closed only once its appeal period is over (APPEAL_PERIOD_RUNNING).
 * When every penalty of the finding is closed, the finding is closed too.
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
    // Closing an executed penalty ends the case: while its appeal period runs and no appeal was
    // filed, that would take the period away as surely as refusing the appeal (rules.ts).
    if (
      penalty.status === 'EXECUTED' &&
      isAppealInTime(penalty.appealDeadline, now) &&
      (await tx.appeal.count({ where: { penaltyId: penalty.id } })) === 0
    ) {
      const lastDay = localDay(penalty.appealDeadline!);
      throw new DomainError(
        'APPEAL_PERIOD_RUNNING',
        {
          zh: `处理决定（${penalty.number}）的申诉期限至 ${lastDay} 24 时，期满前不能结案`,
          en: `Penalty ${penalty.number} may still be appealed until the end of ${lastDay}; it is closed after that`,
        },
        { appealDeadline: penalty.appealDeadline!.toISOString() },
      );
    }
    // The finding closes with its last open penalty. Its row is locked first: two of its
    // penalties closed at once each counted the other as still open, and the finding stayed
    // PENALISED with every penalty closed. Locked, the second waits and counts the first closed.
    await tx.$queryRaw`SELECT 1 FROM "Finding" WHERE "id" = ${penalty.findingId}::uuid FOR UPDATE`;
    const othersOpen = await tx.penalty.count({
      where: { findingId: penalty.findingId, status: { not: 'CLOSED' }, id: { not: penalty.id } },
    });
    const { count: findingClosed } =
      othersOpen === 0
        ? await tx.finding.updateMany({
            where: { id: penalty.findingId, status: 'PENALISED' },
            data: { status: 'CLOSED', version: { increment: 1 } },
          })
        : { count: 0 };
    const result = await writePenaltyStep(tx, {
      penalty,
      to: 'CLOSED',
      expectedVersion: input.expectedVersion,
      patch: { closedAt: now },
      event: EVENT.penaltyClosed,
      actor: ctx.actor,
      requestId: ctx.requestId,
      // Whether the finding closed with it: the finding's own step, which has no event of its own.
      data: { reason: input.reason ?? null, withdrawn: penalty.status === 'PROPOSED', findingClosed: findingClosed > 0 },
    });
    return result;
  });
}
