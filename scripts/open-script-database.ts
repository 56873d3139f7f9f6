// The database for an operator's script (create-user, claims:import, seed:claims), opened as the
// hub opens it. A mistake the operator can fix (DATABASE_URL, a password, a hub holding the
// embedded database) ends the script with one line and exit 1, as it ends the hub
// (server/main.ts), not with a StartupError's stack.
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { createLogger, type Logger } from '../server/logger.js';
import { openDatabase, type Database } from '../server/db/open-database.js';
import { setDatabase } from '../server/db/database.js';
import { StartupError, describeFailure } from '../server/startup-error.js';

export async function openScriptDatabase(
  script: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: Config; logger: Logger; database: Database }> {
  try {
    const config = loadConfig(env);
    const logger = createLogger('warn');
    const database = await openDatabase(config, logger);
    setDatabase(database.prisma);
    return { config, logger, database };
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof StartupError;
    console.error(`${script}: ${known ? error.message : describeFailure(error)}`);
    process.exit(1);
  }
}
