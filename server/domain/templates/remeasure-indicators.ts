import { systemViewer } from '../../auth/viewer.js';
import { measureIndicators } from './measure-indicators.js';
import type { RemeasureJob } from './template-queue.js';

/**
 * The job behind re-measuring after an import: every month of the year, because a claim of
 * one month also moves the year-to-date payment of every later month. Replacing a year's
 * measurements is idempotent and raises each breach once (raise-indicator-hits.ts), so a
 * retried or repeated job changes nothing more. A year with no claims measures nothing.
 */
export async function remeasureIndicators(job: RemeasureJob, now = new Date()) {
  return measureIndicators({
    insurerId: job.insurerId,
    fromMonth: new Date(Date.UTC(job.year, 0, 1)),
    toMonth: new Date(Date.UTC(job.year, 11, 1)),
    actor: systemViewer,
    now,
  });
}
