import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability, actsForInsurer } from '../shared/actor.js';
import { notFound } from '../errors.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { loadForStep, writeApplicationStep, type ApplicationResult } from './load-application.js';

export const withdrawApplicationInput = z.object({ id: uuid, expectedVersion, reason: optionalText(2000) });

/** The applicant withdraws (its own staff, or agency admins recording a written withdrawal) before the decision. */
export async function withdrawApplication(
  ctx: CommandContext,
  raw: z.input<typeof withdrawApplicationInput>,
): Promise<ApplicationResult> {
  requireCapability(ctx.actor, 'applyForDesignation');
  const input = parseInput(withdrawApplicationInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const application = await loadForStep(tx, ctx.actor, input.id, 'WITHDRAW', input.expectedVersion);
    const own = ctx.actor.role === 'PROVIDER_STAFF' && application.providerId === ctx.actor.providerId;
    if (!own && !actsForInsurer(ctx.actor, application.insurerId))
      throw notFound('DesignationApplication', input.id);
    return writeApplicationStep(tx, {
      application,
      expectedVersion: input.expectedVersion,
      patch: { status: 'WITHDRAWN', withdrawnAt: now },
      event: EVENT.applicationWithdrawn,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { reason: input.reason ?? null },
    });
  });
}
