import { z } from 'zod';
import type { RuleHit } from '../../db/generated/prisma/client.js';
import { RuleStage } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError, notFound, type FieldIssue } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { fen, optionalText, uuid, line } from '../shared/schemas.js';

export const raiseRuleHitInput = z.object({
  ruleId: uuid,
  stage: z.enum(RuleStage),
  providerId: uuid,
  agreementId: uuid.nullish(),
  physicianId: uuid.nullish(),
  insuredPersonId: uuid.nullish(),
  /** The settlement record (claim) flagged. */
  claimRef: line(200),
  amountFen: fen,
  detail: optionalText(5000),
  occurredAt: z.date(),
});

export interface RuleHitResult {
  ruleHit: RuleHit;
  auditSeq: bigint;
}

/**
 * Raises a smart-monitoring rule hit (智能监控, S4 (docs/domain/sources.md)) on a claim: the rule must be the
 * insurer's, active, and run at the given moment (before / during / after settlement).
 */
export async function raiseRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof raiseRuleHitInput>,
): Promise<RuleHitResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(raiseRuleHitInput, raw);
  return inTransaction(ctx, async (tx) => {
    const rule = await tx.auditRule.findFirst({
      where: { AND: [{ id: input.ruleId }, visible.auditRule(actor)] },
    });
    if (!rule) throw notFound('AuditRule', input.ruleId);
    requireInsurer(actor, rule.insurerId, 'AuditRule', rule.id);
    if (!rule.active) {
      throw new DomainError(
        'CONFLICT',
        { zh: `规则（${rule.code}）已停用`, en: `Rule ${rule.code} is not active` },
        { ruleId: rule.id },
      );
    }
    const issues: FieldIssue[] = [];
    if (!rule.stages.includes(input.stage))
      issues.push({
        path: ['input', 'stage'],
        message: `rule ${rule.code} runs at ${rule.stages.join(', ')}`,
      });
    const provider = await tx.provider.findFirst({
      where: { AND: [{ id: input.providerId }, visible.provider(actor)] },
    });
    if (!provider) throw notFound('Provider', input.providerId);
    if (input.agreementId) {
      const n = await tx.agreement.count({
        where: { id: input.agreementId, providerId: provider.id, insurerId: rule.insurerId },
      });
      if (n === 0)
        issues.push({
          path: ['input', 'agreementId'],
          message: "not this provider's agreement with the rule's insurer",
        });
    }
    if (input.insuredPersonId) {
      const n = await tx.insuredPerson.count({
        where: { id: input.insuredPersonId, insurerId: rule.insurerId },
      });
      if (n === 0)
        issues.push({
          path: ['input', 'insuredPersonId'],
          message: "not an insured person of the rule's insurer",
        });
    }
    if (input.physicianId) {
      const n = await tx.physician.count({ where: { id: input.physicianId } });
      if (n === 0) issues.push({ path: ['input', 'physicianId'], message: 'no such physician' });
    }
    if (issues.length > 0) throw new InputError(issues);
    const ruleHit = await tx.ruleHit.create({
      data: {
        ruleId: rule.id,
        stage: input.stage,
        providerId: provider.id,
        agreementId: input.agreementId ?? null,
        physicianId: input.physicianId ?? null,
        insuredPersonId: input.insuredPersonId ?? null,
        claimRef: input.claimRef,
        amountFen: input.amountFen,
        detail: input.detail ?? null,
        occurredAt: input.occurredAt,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.ruleHitRaised,
      entityType: ENTITY.ruleHit,
      entityId: ruleHit.id,
      actor,
      requestId: ctx.requestId,
      insurerId: rule.insurerId,
      providerId: provider.id,
      data: {
        ruleCode: rule.code,
        kind: rule.kind,
        stage: input.stage,
        claimRef: input.claimRef,
        amountFen: input.amountFen,
        agreementId: ruleHit.agreementId,
      },
    });
    return { ruleHit, auditSeq: seq };
  });
}
