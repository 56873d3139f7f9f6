import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, InputError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { loadTemplateForWrite } from './load.js';
import { readClauses } from './document.js';
import { ladderIssues } from './ladder-steps.js';
import type { TemplateResult } from './draft-agreement-template.js';

export const publishAgreementTemplateInput = z.object({ id: uuid, expectedVersion });

/**
 * Publishes a DRAFT version: it becomes the version in force for its code and the previous
 * published one is retired, in one transaction. Agreements move onto it only through a
 * re-signing campaign (start-resigning-campaign.ts), never silently.
 */
export async function publishAgreementTemplate(
  ctx: CommandContext,
  raw: z.input<typeof publishAgreementTemplateInput>,
): Promise<TemplateResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(publishAgreementTemplateInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const current = await loadTemplateForWrite(tx, ctx.actor, input.id);
    if (current.status !== 'DRAFT')
      throw illegalTransition('AgreementTemplate', current.id, current.status, 'PUBLISH');
    checkVersion('AgreementTemplate', current, input.expectedVersion);
    // A draft written before ladders were checked on write may still hold a step no breach can
    // be proposed with; it is not put in force until edited (ladder-steps.ts).
    const ladder = ladderIssues(readClauses(current.clauses));
    if (ladder.length > 0) throw new InputError(ladder);
    const retired = await tx.agreementTemplate.updateManyAndReturn({
      where: { insurerId: current.insurerId, code: current.code, status: 'PUBLISHED' },
      data: { status: 'RETIRED', version: { increment: 1 } },
      select: { versionNo: true },
    });
    const { count } = await tx.agreementTemplate.updateMany({
      where: { id: current.id, version: current.version },
      data: { status: 'PUBLISHED', publishedAt: now, version: { increment: 1 } },
    });
    assertUpdated(count, 'AgreementTemplate', current, input.expectedVersion);
    const template = await tx.agreementTemplate.findUniqueOrThrow({ where: { id: current.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.templatePublished,
      entityType: TEMPLATE_ENTITY.template,
      entityId: template.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: template.insurerId,
      data: {
        code: template.code,
        versionNo: template.versionNo,
        kind: template.kind,
        retiredVersionNos: retired.map((r) => r.versionNo),
      },
    });
    return { template, auditSeq: seq };
  });
}
