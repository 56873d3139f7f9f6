import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';
import { runResigningCampaign } from '../domain/templates/run-resigning-campaign.js';
import { runWhatIfReplay } from '../domain/templates/run-what-if-replay.js';
import { REPLAY_QUEUE, RESIGNING_QUEUE, type ReplayJob, type ResigningJob } from '../domain/templates/template-queue.js';
import { ensureQueue } from './queue.js';

/**
 * Re-signing campaigns and what-if replays run as jobs. A campaign's items are taken with
 * SKIP LOCKED one transaction each, so a job retried after a crash resumes where it stopped
 * and never re-signs an agreement twice; a replay reads only and may simply run again.
 */
export async function workTemplateJobs(boss: PgBoss, logger: Logger): Promise<void> {
  await ensureQueue(boss, RESIGNING_QUEUE, { retryLimit: 5, retryDelay: 10, expireInSeconds: 4 * 60 * 60 });
  await ensureQueue(boss, REPLAY_QUEUE, { retryLimit: 2, retryDelay: 30, expireInSeconds: 60 * 60 });
  await boss.work<ResigningJob>(RESIGNING_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    // Which process took the campaign (and whether it is a retry after a crash): operators
    // read it, and the replica test kills that process mid-campaign.
    logger.info({ campaignId: job!.data.campaignId, jobId: job!.id, retryCount: job!.retryCount }, 're-signing campaign taken');
    const progress = await runResigningCampaign(job!.data.campaignId);
    logger.info({ ...progress }, 're-signing campaign');
  });
  await boss.work<ReplayJob>(REPLAY_QUEUE, { localConcurrency: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    await runWhatIfReplay(job!.data.replayId);
    logger.info({ replayId: job!.data.replayId }, 'what-if replay finished');
  });
}
