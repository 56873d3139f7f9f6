import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { expectedVersion, text, uuid } from '../shared/schemas.js';
import { applyTransition, loadAgreementForWrite, type AgreementResult } from './transition.js';

export const resumeAgreementInput = z.object({ id: uuid, expectedVersion, reason: text(2000) });

/** Lifts a suspension of either scope; the scope is cleared. */
export async function resumeAgreement(
  ctx: CommandContext,
  raw: z.input<typeof resumeAgreementInput>,
): Promise<AgreementResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(resumeAgreementInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, ctx.actor, input.id);
    return applyTransition(tx, {
      agreement,
      action: 'RESUME',
      reason: input.reason,
      effectiveOn: agencyDay(now),
      today: now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
      patch: { suspensionScope: null },
      data: { previousSuspensionScope: agreement.suspensionScope },
    });
  });
}
