// Stands in for `prisma migrate deploy|dev --create-only|diff --exit-code`, which need the
// native schema engine these machines cannot download (see server/db/migration-engine.ts).
//   tsx scripts/db.ts migrate                  DATABASE_URL, else the embedded PGlite in $DATA_DIR/pglite
//   tsx scripts/db.ts migrate:create --name X  writes prisma/migrations/<timestamp>_x/
//   tsx scripts/db.ts migrate:check            exit 1 when schema.prisma has unmigrated changes
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lockDataDir } from '../server/db/data-dir-lock.js';
import { pinSslMode } from '../server/db/ssl-mode.js';
import {
  applyMigrations,
  checkMigrationDrift,
  createMigration,
  type MigrationTarget,
} from '../server/db/migration-engine.js';

const USAGE = 'usage: tsx scripts/db.ts migrate | migrate:create --name NAME | migrate:check';

function targetFromEnv(): { target: MigrationTarget; label: string; unlock?: () => void } {
  const url = process.env.DATABASE_URL ? pinSslMode(process.env.DATABASE_URL).url : undefined;
  if (url) {
    const shown = new URL(url);
    if (shown.password) shown.password = '***';
    return { target: { url }, label: shown.toString() };
  }
  // Same place as the server (server/config.ts: DATA_DIR, default .data).
  const dataDir = path.resolve(process.env.DATA_DIR || '.data', 'pglite');
  // PGlite has no cross-process locking: take the server's lock, or fail while it runs.
  const unlock = lockDataDir(dataDir);
  return { target: { dataDir }, label: `embedded PGlite at ${dataDir}`, unlock };
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  switch (positionals[0]) {
    case 'migrate': {
      const { target, label, unlock } = targetFromEnv();
      console.log(`Applying migrations to ${label}`);
      const applied = await applyMigrations({ target }).finally(unlock);
      console.log(
        applied.length ? `Applied: ${applied.join(', ')} (${took()})` : `Already up to date (${took()})`,
      );
      return 0;
    }
    case 'migrate:create': {
      if (!values.name) {
        console.error(`--name is required\n${USAGE}`);
        return 2;
      }
      const created = await createMigration(values.name);
      console.log(created ? `Created ${created.file} (${took()})` : `No changes (${took()})`);
      return 0;
    }
    case 'migrate:check': {
      const { drift, script } = await checkMigrationDrift();
      if (!drift) {
        console.log(`Migrations match prisma/schema.prisma (${took()})`);
        return 0;
      }
      console.error(
        'prisma/schema.prisma has changes no migration creates. Run `npm run db:migrate:create -- --name <change>`.\n' +
          'The missing migration would be:\n\n' +
          script,
      );
      return 1;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
