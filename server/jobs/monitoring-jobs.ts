import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';
import { runScreeningChunk } from '../domain/monitoring/run-screening-chunk.js';
import { SCREENING_QUEUE, type ScreeningJob } from '../domain/monitoring/screening-queue.js';

/** Screening chunks: every hub process works the queue, one chunk at a time each. */
export async function workScreeningChunks(boss: PgBoss, logger: Logger): Promise<void> {
  await boss.work<ScreeningJob>(SCREENING_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const outcome = await runScreeningChunk(job!.data.chunkId);
    logger.debug({ chunkId: job!.data.chunkId, outcome }, 'screening chunk');
  });
}
