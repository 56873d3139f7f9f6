import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { expectedVersion, fen, uuid } from '../shared/schemas.js';
import { tipOffReward } from './reward.js';
import type { TipOffResult } from './receive-tip-off.js';

export const verifyTipOffInput = z
  .object({
    id: uuid,
    expectedVersion,
    outcome: z.enum(['VERIFIED', 'UNFOUNDED']),
    /** The fraud amount verified (查实欺诈骗保金额); required when VERIFIED. */
    verifiedAmountFen: fen.nullish(),
  })
  .refine((i) => (i.outcome === 'VERIFIED') === (i.verifiedAmountFen != null), {
    path: ['verifiedAmountFen'],
    message: 'a VERIFIED tip-off states the verified amount; an UNFOUNDED one none',
  });

/** Closes the investigation of a tip-off; a verified one gets its reward by the rule of S2 (docs/domain/sources.md). */
export async function verifyTipOff(
  ctx: CommandContext,
  raw: z.input<typeof verifyTipOffInput>,
): Promise<TipOffResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(verifyTipOffInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const tipOff = await tx.tipOff.findFirst({ where: { AND: [{ id: input.id }, visible.tipOff(actor)] } });
    if (!tipOff) throw notFound('TipOff', input.id);
    requireInsurer(actor, tipOff.insurerId, 'TipOff', tipOff.id);
    if (tipOff.status !== 'RECEIVED' && tipOff.status !== 'INVESTIGATING') {
      throw illegalTransition(
        'TipOff',
        tipOff.id,
        tipOff.status,
        input.outcome === 'VERIFIED' ? 'VERIFY' : 'DISMISS',
      );
    }
    checkVersion('TipOff', tipOff, input.expectedVersion);
    const reward = input.outcome === 'VERIFIED' ? tipOffReward(input.verifiedAmountFen!) : null;
    const { count } = await tx.tipOff.updateMany({
      where: { id: tipOff.id, version: input.expectedVersion },
      data: {
        status: input.outcome,
        verifiedAmountFen: input.verifiedAmountFen ?? null,
        rewardKind: reward?.kind ?? null,
        rewardFen: reward?.rewardFen ?? null,
        closedAt: input.outcome === 'UNFOUNDED' ? now : null,
        version: { increment: 1 },
      },
    });
    assertUpdated(count, 'TipOff', tipOff, input.expectedVersion);
    const updated = await tx.tipOff.findUniqueOrThrow({ where: { id: tipOff.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.tipOffVerified,
      entityType: ENTITY.tipOff,
      entityId: tipOff.id,
      actor,
      requestId: ctx.requestId,
      insurerId: tipOff.insurerId,
      data: {
        number: tipOff.number,
        outcome: input.outcome,
        verifiedAmountFen: updated.verifiedAmountFen,
        rewardKind: updated.rewardKind,
        rewardFen: updated.rewardFen,
      },
    });
    return { tipOff: updated, auditSeq: seq };
  });
}
