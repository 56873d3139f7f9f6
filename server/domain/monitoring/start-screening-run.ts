import { z } from 'zod';
import type { ScreeningRun } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { enqueueInTransaction } from '../../jobs/queue.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { InputError } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { activeRules } from './active-rules.js';
import { SCREENING_QUEUE } from './screening-queue.js';

const month = z.string().regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

export const startScreeningRunInput = z.object({
  /** Required for the platform admin; agency staff screen their own insurer. */
  insurerId: uuid.nullish(),
  fromMonth: month,
  toMonth: month,
  /** The rules to run (default: every active rule that runs after settlement). */
  ruleIds: z.array(uuid).max(200).nullish(),
});

/**
 * 事后审核: starts a screening of the insurer's claims settled in a period. The run is split
 * into one chunk per provider; each chunk is a job on the hub's queue, so every hub process
 * takes part. The run, its chunks, its jobs and `screeningRun.started` commit together.
 */
export async function startScreeningRun(ctx: CommandContext, raw: z.input<typeof startScreeningRunInput>): Promise<{ run: ScreeningRun; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageMonitoring');
  const input = parseInput(startScreeningRunInput, raw);
  const insurerId = input.insurerId ?? ctx.actor.insurerId;
  if (!insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer' }]);
  requireInsurer(ctx.actor, insurerId, 'Insurer', insurerId);
  if (input.toMonth < input.fromMonth) throw new InputError([{ path: ['input', 'toMonth'], message: 'must not be before fromMonth' }]);
  const periodFrom = new Date(`${input.fromMonth}-01T00:00:00Z`);
  const periodTo = new Date(`${input.toMonth}-01T00:00:00Z`);
  return inTransaction(ctx, async (tx) => {
    const rules = await activeRules(tx, insurerId, 'AFTER', input.ruleIds ?? undefined);
    if (input.ruleIds && rules.length !== new Set(input.ruleIds).size)
      throw new InputError([{ path: ['input', 'ruleIds'], message: "each must be an active after-settlement rule of the insurer's" }]);
    if (rules.length === 0) throw new InputError([{ path: ['input', 'ruleIds'], message: 'no active rule to run' }]);
    const providers = await tx.$queryRawUnsafe<{ providerId: string }[]>(
      `select distinct "providerId" from "Claim" where "insurerId" = $1::uuid and "settlementMonth" between $2::date and $3::date`,
      insurerId,
      `${input.fromMonth}-01`,
      `${input.toMonth}-01`,
    );
    let run = await tx.screeningRun.create({
      data: {
        insurerId,
        periodFrom,
        periodTo,
        ruleIds: rules.map((r) => r.row.id),
        chunksTotal: providers.length,
        createdBy: ctx.actor.actorId,
        status: providers.length === 0 ? 'COMPLETED' : 'QUEUED',
        finishedAt: providers.length === 0 ? new Date() : null,
      },
    });
    await tx.screeningChunk.createMany({ data: providers.map((p) => ({ runId: run.id, insurerId, providerId: p.providerId })) });
    const chunks = await tx.screeningChunk.findMany({ where: { runId: run.id }, select: { id: true } });
    await enqueueInTransaction(tx, SCREENING_QUEUE, chunks.map((c) => ({ data: { chunkId: c.id }, singletonKey: c.id })));
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.screeningRunStarted,
      entityType: ENTITY.screeningRun,
      entityId: run.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: { fromMonth: input.fromMonth, toMonth: input.toMonth, rules: rules.map((r) => r.row.code), chunks: providers.length },
    });
    run = await tx.screeningRun.findUniqueOrThrow({ where: { id: run.id } });
    return { run, auditSeq: seq };
  });
}
