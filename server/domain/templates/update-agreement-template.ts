import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, illegalTransition } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { date, expectedVersion, optionalText, uuid, line } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { clauseList, indicatorList, linkIssues, readClauses, readIndicators } from './document.js';
import { ladderIssues } from './ladder-steps.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { loadTemplateForWrite } from './load.js';
import type { TemplateResult } from './draft-agreement-template.js';

export const updateAgreementTemplateInput = z.object({
  id: uuid,
  expectedVersion,
  titleZh: line(200).nullish(),
  titleEn: line(200).nullish(),
  effectiveFrom: date.nullish(),
  changeNote: optionalText(2000),
  /** When given, replace the whole list (the editor sends the document it shows). */
  clauses: clauseList.nullish(),
  indicators: indicatorList.nullish(),
});

/** Edits a DRAFT template version; a published version is immutable (amend by drafting the next). */
export async function updateAgreementTemplate(
  ctx: CommandContext,
  raw: z.input<typeof updateAgreementTemplateInput>,
): Promise<TemplateResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(updateAgreementTemplateInput, raw);
  return inTransaction(ctx, async (tx) => {
    const current = await loadTemplateForWrite(tx, ctx.actor, input.id);
    if (current.status !== 'DRAFT')
      throw illegalTransition('AgreementTemplate', current.id, current.status, 'UPDATE');
    checkVersion('AgreementTemplate', current, input.expectedVersion);
    const clauses = input.clauses ?? readClauses(current.clauses);
    const indicators = input.indicators ?? readIndicators(current.indicators);
    const issues = [...linkIssues(clauses, indicators), ...ladderIssues(clauses)];
    if (issues.length > 0) throw new InputError(issues);
    const changed = (
      ['titleZh', 'titleEn', 'effectiveFrom', 'changeNote', 'clauses', 'indicators'] as const
    ).filter((k) => input[k] !== undefined && input[k] !== null);
    if (changed.length === 0) throw new InputError([{ path: ['input'], message: 'nothing to change' }]);
    const { count } = await tx.agreementTemplate.updateMany({
      where: { id: current.id, version: current.version },
      data: {
        titleZh: input.titleZh ?? undefined,
        titleEn: input.titleEn ?? undefined,
        effectiveFrom: input.effectiveFrom ?? undefined,
        changeNote: input.changeNote ?? undefined,
        clauses,
        indicators,
        version: { increment: 1 },
      },
    });
    assertUpdated(count, 'AgreementTemplate', current, input.expectedVersion);
    const template = await tx.agreementTemplate.findUniqueOrThrow({ where: { id: current.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.templateUpdated,
      entityType: TEMPLATE_ENTITY.template,
      entityId: template.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: template.insurerId,
      data: { code: template.code, versionNo: template.versionNo, changed, version: template.version },
    });
    return { template, auditSeq: seq };
  });
}
