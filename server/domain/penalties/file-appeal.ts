import { z } from 'zod';
import { AppealKind } from '../../db/generated/prisma/enums.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, illegalTransition } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { actsForInsurer, requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { localDay } from '../shared/local-date.js';
import { expectedVersion, text, uuid } from '../shared/schemas.js';
import { notFound } from '../errors.js';
import { canPenaltyStep, isAppealInTime } from './rules.js';
import { loadPenalty, writePenaltyStep, type PenaltyResult } from './step.js';

export const fileAppealInput = z.object({
  penaltyId: uuid,
  /** APPEAL (申诉, to the agency) or RECONSIDERATION (复议). */
  kind: z.enum(AppealKind),
  grounds: text(10_000),
  /** Optional for appellants, who may not hold the latest version; the status check guards the race. */
  expectedVersion: expectedVersion.nullish(),
});

/**
 * Files an appeal against an ISSUED or EXECUTED penalty before its deadline: executing early does
 * not shorten the party's period (rules.ts). The penalised provider's staff file for their own
 * provider; agency staff may file on its behalf (e.g. a paper appeal).
 */
export async function fileAppeal(
  ctx: CommandContext,
  raw: z.input<typeof fileAppealInput>,
): Promise<PenaltyResult> {
  const { actor } = ctx;
  requireCapability(actor, 'fileAppeals');
  const input = parseInput(fileAppealInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadPenalty(tx, actor, input.penaltyId, false);
    const allowed =
      actor.role === 'PROVIDER_STAFF'
        ? actor.providerId === penalty.providerId
        : actsForInsurer(actor, penalty.agreement.insurerId);
    if (!allowed) throw notFound('Penalty', penalty.id);
    if (!canPenaltyStep('APPEAL', penalty.status))
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'APPEAL');
    // One appeal per penalty: an executed penalty whose appeal was decided is not appealed again.
    if (penalty.status === 'EXECUTED' && (await tx.appeal.count({ where: { penaltyId: penalty.id } })) > 0)
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'APPEAL');
    if (!isAppealInTime(penalty.appealDeadline, now)) {
      const deadline = penalty.appealDeadline!.toISOString();
      // People read the last day of the period on the agency's calendar; programs get the instant.
      const lastDay = localDay(penalty.appealDeadline!);
      throw new DomainError(
        'APPEAL_DEADLINE_PASSED',
        {
          zh: `处理决定（${penalty.number}）的申诉期限已于 ${lastDay} 24 时届满`,
          en: `The appeal period of penalty ${penalty.number} ended at the end of ${lastDay}`,
        },
        { appealDeadline: deadline },
      );
    }
    const appeal = await tx.appeal.create({
      data: {
        penaltyId: penalty.id,
        kind: input.kind,
        grounds: input.grounds,
        filedByType: actor.actorType,
        filedById: actor.actorId,
        filedAt: now,
      },
    });
    return writePenaltyStep(tx, {
      penalty,
      to: 'APPEALED',
      expectedVersion: input.expectedVersion ?? penalty.version,
      event: EVENT.penaltyAppealed,
      actor,
      requestId: ctx.requestId,
      data: {
        appealId: appeal.id,
        kind: appeal.kind,
        appealDeadline: penalty.appealDeadline!.toISOString(),
        // Executed already: the execution stands while the appeal is heard (复议期间不停止执行).
        executed: penalty.executedAt !== null,
      },
    });
  });
}
