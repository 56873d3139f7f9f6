import { z } from 'zod';
import type { Agreement } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { expectedVersion, fen, uuid } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { bandsIssues } from './fee.js';

export const setPartnerFeeFormulaInput = z.object({
  agreementId: uuid,
  expectedVersion,
  baseFeeFen: fen,
  bands: z
    .array(z.object({ minScore: z.string().max(10), factorBasisPoints: z.number().int() }))
    .min(1)
    .max(10),
});

/**
 * Writes the service-fee formula of a partner agreement (base fee × band factor; credit/fee.ts),
 * from its draft until it ends: a terminated or expired agreement keeps the formula it had.
 */
export async function setPartnerFeeFormula(
  ctx: CommandContext,
  raw: z.input<typeof setPartnerFeeFormulaInput>,
): Promise<{ agreement: Agreement; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAgreements');
  const input = parseInput(setPartnerFeeFormulaInput, raw);
  const issues = bandsIssues(input.bands);
  if (issues.length > 0)
    throw new InputError(issues.map((message) => ({ path: ['input', 'bands'], message })));
  return inTransaction(ctx, async (tx) => {
    const a = await tx.agreement.findFirst({
      where: { AND: [{ id: input.agreementId }, visible.agreement(actor)] },
    });
    if (!a) throw notFound('Agreement', input.agreementId);
    requireInsurer(actor, a.insurerId, 'Agreement', a.id);
    if (a.family !== 'PARTNER')
      throw invalidField(['agreementId'], 'only a partner agreement has a service fee formula');
    // The formula is a term of the agreement: agreed while it binds, it pays the results
    // published under it (S0 §6). Once the agreement has ended, rewriting it would change, after
    // the fact, what the partner is paid for the years it served.
    if (a.status === 'TERMINATED' || a.status === 'EXPIRED')
      throw new DomainError(
        'AGREEMENT_NOT_ACTIVE',
        {
          zh: `协议（${a.number}）已${a.status === 'TERMINATED' ? '解除' : '到期'}，不能再设定服务费计算办法`,
          en: `Agreement ${a.number} has ${a.status === 'TERMINATED' ? 'been terminated' : 'expired'}; its service fee formula can no longer be set`,
        },
        { currentStatus: a.status },
      );
    checkVersion('Agreement', a, input.expectedVersion);
    const { count } = await tx.agreement.updateMany({
      where: { id: a.id, version: input.expectedVersion },
      data: { serviceFeeBaseFen: input.baseFeeFen, serviceFeeBands: input.bands, version: { increment: 1 } },
    });
    assertUpdated(count, 'Agreement', a, input.expectedVersion);
    const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: a.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.partnerFeeFormulaSet,
      entityType: ENTITY.agreement,
      entityId: a.id,
      actor,
      requestId: ctx.requestId,
      insurerId: a.insurerId,
      partnerId: a.partnerId,
      data: { number: a.number, baseFeeFen: input.baseFeeFen, bands: input.bands },
    });
    return { agreement, auditSeq: seq };
  });
}
