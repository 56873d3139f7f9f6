import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { SuspensionScope } from '../../db/generated/prisma/enums.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { date, expectedVersion, text, uuid } from '../shared/schemas.js';
import {
  applyTransition,
  checkTransitionDay,
  loadAgreementForWrite,
  requireTransition,
  type AgreementResult,
} from './transition.js';

export const suspendAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  /** AGREEMENT (暂停协议) or only REAL_TIME_SETTLEMENT (暂停医保实时结算), S2 (docs/domain/sources.md). */
  scope: z.enum(SuspensionScope),
  reason: text(2000),
  effectiveOn: date.nullish(),
});

export async function suspendAgreement(
  ctx: CommandContext,
  raw: z.input<typeof suspendAgreementInput>,
): Promise<AgreementResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(suspendAgreementInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, ctx.actor, input.id);
    requireTransition(agreement, 'SUSPEND');
    if (input.effectiveOn) await checkTransitionDay(tx, agreement, input.effectiveOn, agencyDay(now));
    return applyTransition(tx, {
      agreement,
      action: 'SUSPEND',
      reason: input.reason,
      effectiveOn: input.effectiveOn ?? agencyDay(now),
      today: now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
      patch: { suspensionScope: input.scope },
      data: { suspensionScope: input.scope },
    });
  });
}
