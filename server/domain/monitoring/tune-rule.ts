import { z } from 'zod';
import type { AuditRule, Prisma } from '../../db/generated/prisma/client.js';
import { JudgementLevel } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import type { Tx } from '../../db/database.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { InputError, notFound, staleVersion, type FieldIssue } from '../errors.js';
import { actorColumns, requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { text, uuid } from '../shared/schemas.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ruleDefinition } from './rules/index.js';
import type { RuleDefinition } from './rules/rule.js';

export const tuneRuleInput = z.object({
  ruleId: uuid,
  /** The version the caller tuned (optimistic locking); omitted = the current one. */
  expectedVersion: z.number().int().min(1).nullish(),
  /** Parameters to set; a parameter set to null returns to the rule's default. */
  parameters: z.record(z.string().max(100), z.unknown()).nullish(),
  judgementLevel: z.enum(JudgementLevel).nullish(),
  blocking: z.boolean().nullish(),
  active: z.boolean().nullish(),
  note: text(2000).nullish(),
});

export interface TuneRuleResult {
  rule: AuditRule;
  /** Null when the settings were already these (nothing changed, no version, no event). */
  auditSeq: bigint | null;
}

/**
 * Tunes an insurer's rule: parameters (checked against the rule definition's parameter
 * schema), judgement level, blocking, enabled. Each change is the rule's next version; the
 * previous versions stay in AuditRuleVersion. Checks, settlements and screenings read the rule
 * row, so they use the new settings from the next evaluation on (hits record the version).
 */
export async function tuneRule(ctx: CommandContext, raw: z.input<typeof tuneRuleInput>): Promise<TuneRuleResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageMonitoring');
  const input = parseInput(tuneRuleInput, raw);
  return inTransaction(ctx, async (tx) => {
    const rule = await tx.auditRule.findUnique({ where: { id: input.ruleId } });
    if (!rule) throw notFound('AuditRule', input.ruleId);
    requireInsurer(actor, rule.insurerId, 'AuditRule', rule.id);
    if (input.expectedVersion != null && input.expectedVersion !== rule.version) throw staleVersion('AuditRule', rule.id, input.expectedVersion, rule.version);
    const definition = rule.ruleKey ? ruleDefinition(rule.ruleKey) : undefined;
    if (!definition) throw new InputError([{ path: ['input', 'ruleId'], message: 'this rule has no shipped definition to tune', messageZh: '该规则没有可调整的规则定义' }]);

    const parameters = tunedParameters(definition, current(rule.parameters), input.parameters ?? {});
    const blocking = input.blocking ?? rule.blocking;
    if (blocking && rule.kind !== 'VIOLATION') {
      throw new InputError([{ path: ['input', 'blocking'], message: 'only a violation rule may block a settlement', messageZh: '只有违规类规则可以拦截结算' }]);
    }
    const next = { parameters, judgementLevel: input.judgementLevel ?? rule.judgementLevel, blocking, active: input.active ?? rule.active };
    const before = { parameters: sorted(current(rule.parameters)), judgementLevel: rule.judgementLevel, blocking: rule.blocking, active: rule.active };
    if (JSON.stringify(before) === JSON.stringify(next)) return { rule, auditSeq: null };

    await keepFirstVersion(tx, rule);
    const version = rule.version + 1;
    const moved = await tx.auditRule.updateMany({
      where: { id: rule.id, version: rule.version },
      data: { ...next, parameters: next.parameters as Prisma.InputJsonObject, version },
    });
    if (moved.count !== 1) throw staleVersion('AuditRule', rule.id, rule.version, rule.version + 1);
    await tx.auditRuleVersion.create({
      data: { ruleId: rule.id, insurerId: rule.insurerId, version, ...next, parameters: next.parameters as Prisma.InputJsonObject, note: input.note ?? null, ...actorColumns(actor) },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.auditRuleTuned,
      entityType: ENTITY.auditRule,
      entityId: rule.id,
      actor,
      requestId: ctx.requestId,
      insurerId: rule.insurerId,
      data: { ruleKey: rule.ruleKey, version, before, after: next, note: input.note ?? null },
    });
    return { rule: await tx.auditRule.findUniqueOrThrow({ where: { id: rule.id } }), auditSeq: seq };
  });
}

function current(parameters: unknown): Record<string, unknown> {
  return parameters && typeof parameters === 'object' && !Array.isArray(parameters) ? { ...(parameters as Record<string, unknown>) } : {};
}

/** The rule's tuned parameters after the patch, each checked against the definition's schema. */
function tunedParameters(definition: RuleDefinition, tuned: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const schema = definition.parameterSchema ?? {};
  const issues: FieldIssue[] = [];
  const result = { ...tuned };
  for (const [name, value] of Object.entries(patch)) {
    const path = ['input', 'parameters', name];
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!spec) {
      issues.push({ path, message: `unknown parameter of rule ${definition.key}`, messageZh: `规则 ${definition.key} 没有这个参数` });
      continue;
    }
    if (value === null) {
      delete result[name];
      continue;
    }
    const r = spec.safeParse(value);
    if (!r.success) for (const i of r.error.issues) issues.push({ path: [...path, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message });
    else result[name] = r.data;
  }
  if (issues.length > 0) throw new InputError(issues);
  return sorted(result);
}

/** Stable key order, so an unchanged set compares equal. */
function sorted(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** Rules installed before versions were recorded get their first version kept before it changes. */
async function keepFirstVersion(tx: Tx, rule: AuditRule): Promise<void> {
  const kept = await tx.auditRuleVersion.findUnique({ where: { ruleId_version: { ruleId: rule.id, version: rule.version } }, select: { id: true } });
  if (kept) return;
  await tx.auditRuleVersion.create({
    data: {
      ruleId: rule.id,
      insurerId: rule.insurerId,
      version: rule.version,
      parameters: current(rule.parameters) as Prisma.InputJsonObject,
      judgementLevel: rule.judgementLevel,
      blocking: rule.blocking,
      active: rule.active,
      actorType: 'SYSTEM',
      actorId: 'system',
      createdAt: rule.createdAt,
    },
  });
}
