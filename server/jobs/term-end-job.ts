import { expireAgreements } from '../domain/agreements/expire-agreements.js';
import type { Logger } from '../logger.js';

/**
 * Runs the term-end rules (expire agreements past their last day, activate signed ones whose
 * term has begun) shortly after start and then every `intervalMinutes`. Each agreement moves
 * in its own guarded transaction, so replicas running the job at once cannot move one twice.
 */
export function startTermEndJob(intervalMinutes: number, logger: Logger): { stop(): Promise<void> } {
  if (intervalMinutes <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= expireAgreements(new Date())
      .then((result) => {
        if (result.expired.length + result.activated.length > 0) {
          logger.info({ expired: result.expired.length, activated: result.activated.length }, 'term-end job');
        }
      })
      .catch((error: unknown) => logger.error({ err: error }, 'term-end job failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
