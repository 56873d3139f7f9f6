import type { Job, PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';
import { runResigningCampaign } from '../domain/templates/run-resigning-campaign.js';
import { runWhatIfReplay } from '../domain/templates/run-what-if-replay.js';
import { remeasureIndicators } from '../domain/templates/remeasure-indicators.js';
import {
  REMEASURE_QUEUE,
  REPLAY_QUEUE,
  RESIGNING_QUEUE,
  type RemeasureJob,
  type ReplayJob,
  type ResigningJob,
} from '../domain/templates/template-queue.js';
import { ensureQueue, sendJob } from './queue.js';

/**
 * Re-signing campaigns and what-if replays run as jobs. A campaign's items are taken with
 * SKIP LOCKED one transaction each, so a job retried after a crash resumes where it stopped
 * and never re-signs an agreement twice; a replay reads only and may simply run again.
 */
export async function workTemplateJobs(boss: PgBoss, logger: Logger, stopping?: AbortSignal): Promise<void> {
  await ensureQueue(boss, RESIGNING_QUEUE, { retryLimit: 5, retryDelay: 10, expireInSeconds: 4 * 60 * 60 });
  await ensureQueue(boss, REPLAY_QUEUE, { retryLimit: 2, retryDelay: 30, expireInSeconds: 60 * 60 });
  await boss.work<ResigningJob>(RESIGNING_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 2 }, ([job]) =>
    workResigningJob(boss, logger, job!, stopping),
  );
  await boss.work<ReplayJob>(REPLAY_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    try {
      await runWhatIfReplay(job!.data.replayId);
    } catch (error) {
      // The replay row shows its readers a fixed sentence (replayFailureText): the cause is here.
      logger.error({ err: error, replayId: job!.data.replayId, jobId: job!.id }, 'what-if replay failed');
      throw error;
    }
    logger.info({ replayId: job!.data.replayId }, 'what-if replay finished');
  });
  await workRemeasuring(boss, logger);
}

/**
 * One campaign job. On shutdown (the queue stopping, or pg-boss taking the job back) it ends
 * after the item in hand and sends a fresh job for the rest, which another process takes at
 * once: no retry spent (a rolling deploy would otherwise use up the campaign's retries), no
 * wait for a heartbeat to expire, and nothing re-signed twice (items are taken once each).
 */
export async function workResigningJob(
  boss: PgBoss,
  logger: Logger,
  job: Pick<Job<ResigningJob>, 'id' | 'data' | 'retryCount' | 'signal'>,
  stopping?: AbortSignal,
): Promise<void> {
  const { campaignId } = job.data;
  // Which process took the campaign (and whether it is a retry after a crash): operators
  // read it, and the replica test kills that process mid-campaign.
  logger.info({ campaignId, jobId: job.id, retryCount: job.retryCount }, 're-signing campaign taken');
  const shouldStop = () => stopping?.aborted === true || job.signal?.aborted === true;
  const progress = await runResigningCampaign(campaignId, { shouldStop });
  logger.info({ ...progress }, 're-signing campaign');
  if (!progress.completed && progress.remaining > 0 && shouldStop()) {
    await sendJob(boss, RESIGNING_QUEUE, job.data, campaignId);
    logger.info({ campaignId, jobId: job.id, remaining: progress.remaining }, 're-signing campaign handed over (shutting down)');
  }
}

/**
 * Indicator re-measuring after imports: every hub process works the queue; the queue's policy
 * lets one job per insurer and year run at a time, so processes never measure the same year at once.
 */
export async function workRemeasuring(boss: PgBoss, logger: Logger): Promise<void> {
  await boss.work<RemeasureJob>(REMEASURE_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    const r = await remeasureIndicators(job!.data);
    logger.info({ ...job!.data, measurements: r.measurements, hitsRaised: r.hitsRaised }, 'indicators re-measured');
  });
}
