import type { PgBoss } from 'pg-boss';
import { expireAgreements } from '../domain/agreements/expire-agreements.js';
import type { Logger } from '../logger.js';
import { ensureQueue } from './queue.js';
import { agencyTimeZone } from '../domain/shared/local-date.js';

export const TERM_END_QUEUE = 'term-end';

/**
 * Runs the term-end rules (expire agreements past their last day, activate signed ones whose
 * term has begun) every `intervalMinutes` on a pg-boss schedule: the schedule fires once per
 * slot across all hub processes, and any one of them takes the job. Each agreement moves in
 * its own guarded transaction, so even an overlapping run cannot move one twice.
 */
export async function startTermEndJob(boss: PgBoss, intervalMinutes: number, logger: Logger): Promise<void> {
  await ensureQueue(boss, TERM_END_QUEUE, { retryLimit: 1 });
  if (intervalMinutes <= 0) {
    await boss.unschedule(TERM_END_QUEUE);
    return;
  }
  await boss.schedule(TERM_END_QUEUE, cronFor(intervalMinutes), null, termEndScheduleOptions());
  await boss.work(TERM_END_QUEUE, async () => {
    const result = await expireAgreements(new Date());
    if (result.expired.length + result.activated.length + result.resumed.length > 0) {
      logger.info(
        { expired: result.expired.length, activated: result.activated.length, resumed: result.resumed.length },
        'term-end job',
      );
    }
  });
}

/**
 * The cron is read on the agency's clock (HUB_TIME_ZONE): a daily run at 00:00 activates the
 * terms that start that day at midnight in Beijing, not at 08:00 (pg-boss defaults to UTC).
 */
export function termEndScheduleOptions(): { tz: string } {
  return { tz: agencyTimeZone() };
}

/**
 * Every N minutes as cron. N is one of the intervals config.ts accepts (dividing the hour, or
 * whole hours dividing the day), so the cron repeats exactly every N minutes.
 */
export function cronFor(intervalMinutes: number): string {
  if (intervalMinutes < 60) return `*/${intervalMinutes} * * * *`;
  const hours = intervalMinutes / 60;
  return hours >= 24 ? '0 0 * * *' : `0 */${hours} * * *`;
}
