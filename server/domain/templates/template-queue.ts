/** pg-boss queues of the template work (server/jobs/template-jobs.ts works them). */
export const RESIGNING_QUEUE = 'resigning-campaign';
export const REPLAY_QUEUE = 'what-if-replay';

export interface ResigningJob {
  campaignId: string;
}

export interface ReplayJob {
  replayId: string;
}
