import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { text, uuid } from '../shared/schemas.js';
import type { DisclosureResult } from './publish-disclosure.js';

export const withdrawDisclosureInput = z.object({ id: uuid, reason: text(2000) });

/** Withdraws a published item: from this commit on the public view no longer returns it. */
export async function withdrawDisclosure(
  ctx: CommandContext,
  raw: z.input<typeof withdrawDisclosureInput>,
): Promise<DisclosureResult> {
  const { actor } = ctx;
  requireCapability(actor, 'publishDisclosures');
  const input = parseInput(withdrawDisclosureInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const d = await tx.publicDisclosure.findFirst({
      where: { AND: [{ id: input.id }, visible.publicDisclosure(actor)] },
    });
    if (!d) throw notFound('PublicDisclosure', input.id);
    requireInsurer(actor, d.insurerId, 'PublicDisclosure', d.id);
    const { count } = await tx.publicDisclosure.updateMany({
      where: { id: d.id, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (count !== 1) throw illegalTransition('PublicDisclosure', d.id, 'WITHDRAWN', 'WITHDRAW');
    const disclosure = await tx.publicDisclosure.findUniqueOrThrow({ where: { id: d.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.disclosureWithdrawn,
      entityType: ENTITY.publicDisclosure,
      entityId: d.id,
      actor,
      requestId: ctx.requestId,
      insurerId: d.insurerId,
      providerId: d.providerId,
      data: { kind: d.kind, reason: input.reason },
    });
    return { disclosure, auditSeq: seq };
  });
}
