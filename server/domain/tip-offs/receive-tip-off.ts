import { z } from 'zod';
import type { TipOff } from '../../db/generated/prisma/client.js';
import { TipOffChannel } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { isForeignKeyViolation } from '../../db/connection-errors.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { newNumber } from '../shared/numbers.js';
import { optionalText, text, uuid } from '../shared/schemas.js';

export const receiveTipOffInput = z.object({
  /** Required for the platform admin; agency staff receive for their own insurer. */
  insurerId: uuid.nullish(),
  providerId: uuid.nullish(),
  channel: z.enum(TipOffChannel),
  summary: text(10_000),
  reporterContact: optionalText(500),
});

export interface TipOffResult {
  tipOff: TipOff;
  auditSeq: bigint;
}

/**
 * Registers a public tip-off (举报). Reporters are protected: the event is tagged with the
 * insurer only (never the provider, who must not learn of it from the audit stream) and never
 * carries the reporter's contact.
 */
export async function receiveTipOff(
  ctx: CommandContext,
  raw: z.input<typeof receiveTipOffInput>,
): Promise<TipOffResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(receiveTipOffInput, raw);
  const now = ctx.now ?? new Date();
  const insurerId = actor.role === 'PLATFORM_ADMIN' ? input.insurerId : actor.insurerId;
  if (!insurerId)
    throw new InputError([
      { path: ['input', 'insurerId'], message: 'name the insurer receiving the tip-off' },
    ]);
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  return inTransaction(ctx, async (tx) => {
    // No read of the insurer: an insurer's staff name their own (requireInsurer above) and the
    // platform admin sees every insurer, so "visible" is "exists", which the foreign key checks
    // with the INSERT (one round trip fewer per tip-off, bench/PERFORMANCE.md "Audit log").
    if (input.providerId) {
      const provider = await tx.provider.findFirst({
        where: { AND: [{ id: input.providerId }, visible.provider(actor)] },
      });
      if (!provider) throw notFound('Provider', input.providerId);
    }
    const tipOff = await tx.tipOff
      .create({
        data: {
          number: newNumber('TIP', now),
          insurerId,
          providerId: input.providerId ?? null,
          channel: input.channel,
          summary: input.summary,
          receivedAt: now,
        },
      })
      .catch((error: unknown) => {
        // The provider was read above in this transaction: a missing row is the insurer.
        throw isForeignKeyViolation(error) ? notFound('Insurer', insurerId) : error;
      });
    // The identity goes to its own table, never onto the tip-off, an event or a log line.
    if (input.reporterContact)
      await tx.tipOffReporter.create({
        data: { tipOffId: tipOff.id, insurerId, contact: input.reporterContact },
      });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.tipOffReceived,
      entityType: ENTITY.tipOff,
      entityId: tipOff.id,
      actor,
      requestId: ctx.requestId,
      insurerId,
      data: { number: tipOff.number, channel: tipOff.channel, providerId: tipOff.providerId },
    });
    return { tipOff, auditSeq: seq };
  });
}
