/** The pg-boss queue of screening chunks (one job per provider of a run). */
export const SCREENING_QUEUE = 'screening-chunk';

export interface ScreeningJob {
  chunkId: string;
}
