/** pg-boss queues of the template work (server/jobs/template-jobs.ts works them). */
export const RESIGNING_QUEUE = 'resigning-campaign';
export const REPLAY_QUEUE = 'what-if-replay';

export interface ResigningJob {
  campaignId: string;
}

export interface ReplayJob {
  replayId: string;
}

/**
 * Re-measuring an insurer's indicators for one year after claims of that year arrived. The
 * queue is `stately` on the key insurer+year: at most one such job waits and one runs, so an
 * import of many batches asks for the year once more at most, and a batch committed while the
 * year is being measured is covered by the waiting job.
 */
export const REMEASURE_QUEUE = 'indicator-remeasure';

export interface RemeasureJob {
  insurerId: string;
  year: number;
}

export const remeasureKey = (job: RemeasureJob) => `${job.insurerId}:${job.year}`;
