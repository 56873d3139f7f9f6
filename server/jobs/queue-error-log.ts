import type { Logger } from '../logger.js';

/**
 * pg-boss reports every failed poll of every worker: with the database down that was about
 * three error lines a second, each with its stack (70 of the 98 lines of a 25-second outage),
 * burying the lines that say what happened. One line per distinct error and minute is kept,
 * with how many were left out since; the worker's id is not part of "distinct".
 */
export function queueErrorLog(logger: Logger, windowMs = 60_000, now: () => number = Date.now): (error: unknown) => void {
  const seen = new Map<string, { at: number; suppressed: number }>();
  return (error) => {
    const key = String((error as Error)?.message ?? error).replace(/,?\s*Worker: [0-9a-f-]+/i, '');
    const at = now();
    const last = seen.get(key);
    if (last && at - last.at < windowMs) {
      last.suppressed += 1;
      return;
    }
    if (seen.size >= 100) seen.clear();
    seen.set(key, { at, suppressed: 0 });
    logger.error({ err: error, ...(last?.suppressed ? { suppressedSinceLast: last.suppressed } : {}) }, 'job queue error');
  };
}
