import { appendAuditEvent } from '../../audit/append-event.js';
import { systemViewer } from '../../auth/viewer.js';
import { db } from '../../db/database.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { activeRules } from './active-rules.js';
import { screenChunk } from './screen-chunk.js';

/**
 * Runs one chunk of a screening run (a job on the queue; any hub process may take it). The
 * chunk row is locked for the transaction, so two processes never screen it at once; a chunk
 * already done, or of a cancelled run, is skipped, so a re-delivered job changes nothing. The
 * run's counters, the hits and the progress event commit with the chunk.
 */
export async function runScreeningChunk(chunkId: string): Promise<'done' | 'skipped'> {
  return db().$transaction(
    async (tx) => {
      const [chunk] = await tx.$queryRawUnsafe<{ id: string; runId: string; providerId: string; done: boolean }[]>(
        `select id, "runId", "providerId", done from "ScreeningChunk" where id = $1::uuid for update`,
        chunkId,
      );
      if (!chunk || chunk.done) return 'skipped';
      const run = await tx.screeningRun.findUniqueOrThrow({ where: { id: chunk.runId } });
      if (run.status === 'CANCELLED' || run.status === 'COMPLETED' || run.status === 'FAILED') return 'skipped';
      const rules = (await activeRules(tx, run.insurerId, 'AFTER')).filter((r) => run.ruleIds.includes(r.row.id));
      const day = (d: Date) => d.toISOString().slice(0, 10);
      const result = await screenChunk(
        tx,
        { insurerId: run.insurerId, providerId: chunk.providerId, fromMonth: day(run.periodFrom), toMonth: day(run.periodTo), runId: run.id },
        rules,
      );
      await tx.screeningChunk.update({ where: { id: chunk.id }, data: { done: true, claims: result.claims, hits: result.hits, doneAt: new Date() } });
      const updated = await tx.screeningRun.update({
        where: { id: run.id },
        data: {
          chunksDone: { increment: 1 },
          claimsScreened: { increment: result.claims },
          hitsFound: { increment: result.hits },
          status: 'RUNNING',
          startedAt: run.startedAt ?? new Date(),
        },
      });
      const finished = updated.chunksDone >= updated.chunksTotal;
      if (finished) await tx.screeningRun.update({ where: { id: run.id }, data: { status: 'COMPLETED', finishedAt: new Date() } });
      await appendAuditEvent(tx, {
        type: finished ? EVENT.screeningRunCompleted : EVENT.screeningRunProgressed,
        entityType: ENTITY.screeningRun,
        entityId: run.id,
        actor: systemViewer,
        insurerId: run.insurerId,
        data: {
          chunksDone: updated.chunksDone,
          chunksTotal: updated.chunksTotal,
          claimsScreened: updated.claimsScreened,
          hitsFound: updated.hitsFound,
          providerId: chunk.providerId,
        },
      });
      return 'done';
    },
    // A large provider's month can take minutes to screen.
    { maxWait: 10_000, timeout: 15 * 60_000 },
  );
}
