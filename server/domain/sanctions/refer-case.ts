import { z } from 'zod';
import type { Referral } from '../../db/generated/prisma/client.js';
import { ReferralKind } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid, line } from '../shared/schemas.js';
import { loadDecidedPenalty } from './load-penalty.js';

export const referCaseInput = z.object({
  penaltyId: uuid,
  kind: z.enum(ReferralKind),
  /** The public security organ, procuratorate, administrative authority or joint-punishment platform. */
  receivingAuthority: line(200),
  documentRef: line(200),
});

export interface ReferralResult {
  referral: Referral;
  auditSeq: bigint;
}

/** Which penalty measures each referral follows (移送司法, 联合惩戒, 行政处罚). */
const MEASURES_FOR = {
  JUDICIAL: ['JUDICIAL_REFERRAL'],
  JOINT_PUNISHMENT: ['BLACKLIST', 'PUBLIC_DISCLOSURE'],
  ADMINISTRATIVE: ['ADMINISTRATIVE_FINE_REFERRAL'],
} as const;

/** Records that a case was handed to another authority; its outcome follows (`recordReferralOutcome`). */
export async function referCase(
  ctx: CommandContext,
  raw: z.input<typeof referCaseInput>,
): Promise<ReferralResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(referCaseInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadDecidedPenalty(
      tx,
      ctx.actor,
      input.penaltyId,
      MEASURES_FOR[input.kind],
      'REFER',
    );
    const referral = await tx.referral.create({
      data: {
        insurerId: penalty.agreement.insurerId,
        providerId: penalty.providerId,
        penaltyId: penalty.id,
        kind: input.kind,
        receivingAuthority: input.receivingAuthority,
        documentRef: input.documentRef,
        referredAt: now,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.referralMade,
      entityType: ENTITY.referral,
      entityId: referral.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: referral.insurerId,
      providerId: referral.providerId,
      data: {
        kind: referral.kind,
        penaltyNumber: penalty.number,
        receivingAuthority: referral.receivingAuthority,
        documentRef: referral.documentRef,
      },
    });
    return { referral, auditSeq: seq };
  });
}
