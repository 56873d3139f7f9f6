// Each suite starts its own PostgreSQL rather than sharing one: it owns its database, port
// and notifications, so suites run in parallel and leave nothing behind.
import { startPostgres, type PostgresServer, type StartPostgresOptions } from '../../scripts/postgres.mjs';

export type { PostgresServer, StartPostgresOptions };

/**
 * A throwaway server (~1 s; installs Debian's package first when missing, which needs root
 * and minutes). Call `stop()` in afterAll; a crashed run still stops it on process exit.
 */
export function startTestPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  return startPostgres(options);
}
