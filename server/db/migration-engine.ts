// Prisma Migrate without the native schema engine (its download host is unreachable here):
// Prisma's own engine compiled to WebAssembly, driven through a driver adapter. It produces
// the same SQL and the same `_prisma_migrations` bookkeeping as `prisma migrate`.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm';
import { openTarget, scratchPglite, type MigrationTarget } from './migration-targets.js';
import { withEngine, type SchemaFiles } from './schema-engine.js';

export type { MigrationTarget };

export interface MigrationPaths {
  /** Default `prisma/schema.prisma` (from the working directory). */
  schemaPath?: string;
  /** Default `prisma/migrations` (from the working directory). */
  migrationsDir?: string;
}


export type ApplyMigrationsOptions = MigrationPaths &
  (
    | { target: MigrationTarget; adapterFactory?: never }
    | { adapterFactory: SqlDriverAdapterFactory; target?: never }
  );

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = 'migration_lock.toml';

const resolvePaths = (paths: MigrationPaths) => ({
  schemaPath: path.resolve(paths.schemaPath ?? 'prisma/schema.prisma'),
  migrationsDir: path.resolve(paths.migrationsDir ?? 'prisma/migrations'),
});

/** Applies the committed migrations that the database lacks; returns their names. */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { migrationsDir } = resolvePaths(options);
  const migrationsList = await readMigrations(migrationsDir);
  const target = options.target ? await openTarget(options.target) : undefined;
  try {
    const factory = target?.factory ?? options.adapterFactory!;
    const { appliedMigrationNames } = await withEngine(factory, {}, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
    );
    return appliedMigrationNames;
  } finally {
    await target?.close();
  }
}

/**
 * Migrations the database records as applied that this checkout does not have: a newer hub
 * migrated it (a rollback of the deployment, or an old replica restarted mid-upgrade). The
 * engine applies what is missing and says nothing about these, so the start warns instead.
 */
export async function migrationsUnknownHere(applied: readonly string[], paths: MigrationPaths = {}): Promise<string[]> {
  const { migrationsDir } = resolvePaths(paths);
  const here = new Set((await readMigrations(migrationsDir)).migrationDirectories.map((d) => d.path));
  return applied.filter((name) => !here.has(name));
}

/**
 * Writes `<timestamp>_<name>/migration.sql` for what the schema adds to the migrations.
 * Needs no database: migrations replay on an in-memory PGlite. Returns null when nothing changed.
 */
export async function createMigration(
  name: string,
  paths: MigrationPaths = {},
): Promise<{ name: string; file: string } | null> {
  const { migrationsDir } = resolvePaths(paths);
  const { drift, script, migrationsList } = await diffMigrationsToSchema(paths);
  if (!drift) return null;
  const migrationName = `${timestamp(new Date())}_${slug(name)}`;
  const dir = path.join(migrationsDir, migrationName);
  await mkdir(migrationsDir, { recursive: true });
  // Not recursive: refuse to overwrite when two runs fall in the same second.
  await mkdir(dir);
  const file = path.join(dir, 'migration.sql');
  await writeFile(file, script);
  if (migrationsList.lockfile.content === null) {
    await writeFile(path.join(migrationsDir, LOCKFILE), lockfileFor('postgresql'));
  }
  return { name: migrationName, file };
}

/**
 * CI's guard: does schema.prisma describe something the migrations do not create?
 * `script` is the SQL a new migration would need (empty when in sync).
 */
export async function checkMigrationDrift(
  paths: MigrationPaths = {},
): Promise<{ drift: boolean; script: string }> {
  const { drift, script } = await diffMigrationsToSchema(paths);
  return { drift, script };
}

// The engine's own createMigration cannot be used: its wasm build only replays migrations
// on a shadow database inside `diff`/`devDiagnostic` ("PostgreSQL shadow DB must be provided
// through an external factory"). `diff` from the migrations to the schema is what
// `prisma migrate diff --from-migrations --to-schema --script` prints: the same SQL.
async function diffMigrationsToSchema(paths: MigrationPaths) {
  const { schemaPath, migrationsDir } = resolvePaths(paths);
  const [migrationsList, schema] = await Promise.all([readMigrations(migrationsDir), readSchema(schemaPath)]);
  // The throwaway main database doubles as the shadow (one PGlite instead of two): the
  // engine only connects to the main one, and resets the shadow before replaying.
  const main = await scratchPglite();
  try {
    const result = await withEngine(new PrismaPGlite(main), { schema, shadow: main }, (engine) =>
      engine.diff({
        // The engine learns the connector from the lockfile, which a first migration lacks.
        from: {
          tag: 'migrations',
          ...migrationsList,
          lockfile: { path: LOCKFILE, content: lockfileFor('postgresql') },
        },
        to: { tag: 'schemaDatamodel', ...schema },
        script: true,
        exitCode: true,
        filters: NO_FILTER,
      }),
    );
    // exitCode 2 is the engine's "non-empty diff" (as `prisma migrate diff --exit-code`).
    const drift = result.exitCode === 2;
    return { drift, script: drift ? (result.stdout ?? '') : '', migrationsList };
  } finally {
    await main.close();
  }
}

// Prisma's format: UTC YYYYMMDDHHMMSS, so directories sort in creation order.
const timestamp = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200) || 'migration';

// ─── migrations directory, as the Prisma CLI reads it ───

async function readMigrations(baseDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(baseDir, entry.name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: '',
  };
}

// Byte-for-byte what `prisma migrate dev` writes, so either tool may own the directory.
const lockfileFor = (provider: string) =>
  `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;


async function readSchema(schemaPath: string): Promise<SchemaFiles> {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] };
}
