import { z } from 'zod';
import type { AgreementTemplate } from '../../db/generated/prisma/client.js';
import { AgreementKind } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { date, optionalText, uuid, line } from '../shared/schemas.js';
import { linkIssues, templateDocument } from './document.js';
import { ladderIssues } from './ladder-steps.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { templateInsurer } from './load.js';

export const draftAgreementTemplateInput = z.object({
  /** Platform admins name the insurer; agency staff draft for their own. */
  insurerId: uuid.nullish(),
  kind: z.enum(AgreementKind),
  /** Stable code of the template family, e.g. "MAS-HOSPITAL"; versions are numbered under it. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,47}$/, 'capital letters, digits and dashes, 2–48 characters'),
  titleZh: line(200),
  titleEn: line(200),
  effectiveFrom: date,
  changeNote: optionalText(2000),
  ...templateDocument,
});

export interface TemplateResult {
  template: AgreementTemplate;
  auditSeq: bigint;
}

/**
 * Drafts the next version of a template (version 1 for a new code). One draft per code at a
 * time: a second is a CONFLICT naming the open one, so two clerks never edit rival drafts.
 * The kind of a code is fixed by its first version.
 */
export async function draftAgreementTemplate(
  ctx: CommandContext,
  raw: z.input<typeof draftAgreementTemplateInput>,
): Promise<TemplateResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(draftAgreementTemplateInput, raw);
  const issues = [...linkIssues(input.clauses, input.indicators), ...ladderIssues(input.clauses)];
  if (issues.length > 0) throw new InputError(issues);
  const insurerId = templateInsurer(ctx.actor, input.insurerId);
  return inTransaction(ctx, async (tx) => {
    const versions = await tx.agreementTemplate.findMany({
      where: { insurerId, code: input.code },
      orderBy: { versionNo: 'desc' },
      select: { id: true, versionNo: true, status: true, kind: true },
    });
    const open = versions.find((v) => v.status === 'DRAFT');
    if (open) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `模板 ${input.code} 已有未发布的第 ${open.versionNo} 版草稿，请先编辑或发布它`,
          en: `Template ${input.code} already has an unpublished draft (version ${open.versionNo}); edit or publish it first`,
        },
        { field: ['input', 'code'] },
      );
    }
    const latest = versions[0];
    if (latest && latest.kind !== input.kind) {
      throw new InputError([
        { path: ['input', 'kind'], message: `template ${input.code} is for ${latest.kind} agreements` },
      ]);
    }
    const template = await tx.agreementTemplate.create({
      data: {
        insurerId,
        kind: input.kind,
        code: input.code,
        versionNo: (latest?.versionNo ?? 0) + 1,
        titleZh: input.titleZh,
        titleEn: input.titleEn,
        effectiveFrom: input.effectiveFrom,
        changeNote: input.changeNote ?? null,
        clauses: input.clauses,
        indicators: input.indicators,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.templateDrafted,
      entityType: TEMPLATE_ENTITY.template,
      entityId: template.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: {
        code: template.code,
        versionNo: template.versionNo,
        kind: template.kind,
        effectiveFrom: isoDate(template.effectiveFrom),
        clauses: input.clauses.length,
        indicators: input.indicators.length,
      },
    });
    return { template, auditSeq: seq };
  });
}
