import { z } from 'zod';
import type { ScreeningRun } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { enqueueInTransaction } from '../../jobs/queue.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { SCREENING_QUEUE } from './screening-queue.js';

export const screeningRunIdInput = z.object({ id: uuid });

/** Cancels a queued or running screening: chunks not yet screened are skipped; hits found stay. */
export async function cancelScreeningRun(ctx: CommandContext, raw: z.input<typeof screeningRunIdInput>): Promise<{ run: ScreeningRun; auditSeq: bigint }> {
  return changeRun(ctx, raw, ['QUEUED', 'RUNNING'], 'CANCELLED', EVENT.screeningRunCancelled);
}

/**
 * Resumes a cancelled or failed run, or one whose jobs were lost: its unscreened chunks are
 * queued again (a chunk already queued is not duplicated: the job key is the chunk id).
 */
export async function resumeScreeningRun(ctx: CommandContext, raw: z.input<typeof screeningRunIdInput>): Promise<{ run: ScreeningRun; auditSeq: bigint }> {
  return changeRun(ctx, raw, ['CANCELLED', 'FAILED', 'RUNNING', 'QUEUED'], 'RUNNING', EVENT.screeningRunResumed);
}

async function changeRun(
  ctx: CommandContext,
  raw: unknown,
  from: ScreeningRun['status'][],
  to: 'CANCELLED' | 'RUNNING',
  type: string,
): Promise<{ run: ScreeningRun; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageMonitoring');
  const { id } = parseInput(screeningRunIdInput, raw);
  return inTransaction(ctx, async (tx) => {
    const [locked] = await tx.$queryRawUnsafe<{ id: string }[]>(`select id from "ScreeningRun" where id = $1::uuid for update`, id);
    const run = locked ? await tx.screeningRun.findUnique({ where: { id } }) : null;
    if (!run) throw notFound('ScreeningRun', id);
    requireInsurer(ctx.actor, run.insurerId, 'ScreeningRun', id);
    if (!from.includes(run.status))
      throw new DomainError('ILLEGAL_TRANSITION', { zh: `筛查任务状态为 ${run.status}，不能执行此操作`, en: `The screening run is ${run.status}` }, { status: run.status });
    const updated = await tx.screeningRun.update({ where: { id }, data: { status: to, finishedAt: to === 'CANCELLED' ? new Date() : null } });
    if (to === 'RUNNING') {
      const pending = await tx.screeningChunk.findMany({ where: { runId: id, done: false }, select: { id: true } });
      await enqueueInTransaction(tx, SCREENING_QUEUE, pending.map((c) => ({ data: { chunkId: c.id }, singletonKey: c.id })));
    }
    const { seq } = await appendAuditEvent(tx, {
      type,
      entityType: ENTITY.screeningRun,
      entityId: id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: run.insurerId,
      data: { from: run.status, to, chunksDone: run.chunksDone, chunksTotal: run.chunksTotal },
    });
    return { run: updated, auditSeq: seq };
  });
}
