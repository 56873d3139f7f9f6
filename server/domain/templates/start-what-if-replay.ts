import { z } from 'zod';
import type { WhatIfReplay } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, type FieldIssue } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { date, uuid, code } from '../shared/schemas.js';
import { loadRule } from '../monitoring/rule-sql.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { loadTemplateForWrite, templateInsurer } from './load.js';
import { enqueueInTransaction, queueRunning } from '../../jobs/queue.js';
import { REPLAY_QUEUE } from './template-queue.js';

const parameterValue = z.union([
  z.number().finite(),
  z.string().max(200),
  z.array(z.string().max(64)).max(500),
]);

export const startWhatIfReplayInput = z
  .object({
    insurerId: uuid.nullish(),
    /** A template version (usually a DRAFT) to set beside the one in force. */
    templateId: uuid.nullish(),
    /** Draft parameters of the insurer's rules, by rule code. */
    ruleParameters: z
      .array(z.object({ ruleCode: code(64), parameters: z.record(z.string().max(64), parameterValue) }))
      .max(200)
      .default([]),
    periodFrom: date,
    periodTo: date,
  })
  .refine((i) => i.periodFrom <= i.periodTo, { path: ['periodTo'], message: 'must not be before periodFrom' })
  .refine((i) => i.periodFrom.getUTCDate() === 1 && i.periodTo.getUTCDate() === 1, {
    path: ['periodFrom'],
    message: 'months are given by their first day',
  })
  .refine((i) => monthsBetween(i.periodFrom, i.periodTo) < 36, {
    path: ['periodTo'],
    message: 'at most 36 months',
  })
  .refine((i) => !!i.templateId || i.ruleParameters.length > 0, {
    path: ['templateId'],
    message: 'name a template version or draft rule parameters to compare',
  });

function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

/**
 * Queues a what-if replay (run-what-if-replay.ts does the work as a background job). Rule
 * codes and parameter names are checked now, so a replay never fails on a typo an hour later.
 */
export async function startWhatIfReplay(
  ctx: CommandContext,
  raw: z.input<typeof startWhatIfReplayInput>,
): Promise<{ replay: WhatIfReplay; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(startWhatIfReplayInput, raw);
  return inTransaction(ctx, async (tx) => {
    const template = input.templateId ? await loadTemplateForWrite(tx, ctx.actor, input.templateId) : null;
    const insurerId = template?.insurerId ?? templateInsurer(ctx.actor, input.insurerId);
    const rules = await tx.auditRule.findMany({
      where: { insurerId, code: { in: input.ruleParameters.map((p) => p.ruleCode) } },
    });
    const issues: FieldIssue[] = [];
    input.ruleParameters.forEach((p, i) => {
      const row = rules.find((r) => r.code === p.ruleCode);
      const loaded = row ? loadRule(row) : null;
      if (!loaded)
        return void issues.push({
          path: ['input', 'ruleParameters', i, 'ruleCode'],
          message: 'no such rule of the insurer',
        });
      for (const name of Object.keys(p.parameters)) {
        if (!(name in loaded.definition.defaults.parameters)) {
          issues.push({
            path: ['input', 'ruleParameters', i, 'parameters', name],
            message: 'the rule has no such parameter',
          });
        }
      }
    });
    if (issues.length > 0) throw new InputError(issues);
    const replay = await tx.whatIfReplay.create({
      data: {
        insurerId,
        templateId: template?.id ?? null,
        ruleParameters: Object.fromEntries(input.ruleParameters.map((p) => [p.ruleCode, p.parameters])),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        createdById: ctx.actor.actorId,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.replayStarted,
      entityType: TEMPLATE_ENTITY.replay,
      entityId: replay.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: {
        templateCode: template?.code ?? null,
        templateVersionNo: template?.versionNo ?? null,
        ruleCodes: input.ruleParameters.map((p) => p.ruleCode),
        periodFrom: isoDate(input.periodFrom),
        periodTo: isoDate(input.periodTo),
      },
    });
    if (queueRunning()) await enqueueInTransaction(tx, REPLAY_QUEUE, [{ data: { replayId: replay.id }, singletonKey: replay.id }]);
    return { replay, auditSeq: seq };
  });
}
