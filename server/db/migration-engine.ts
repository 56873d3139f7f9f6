// Prisma Migrate without the native schema engine (its download host is unreachable here):
// Prisma's own engine compiled to WebAssembly, driven through a driver adapter. It produces
// the same SQL and the same `_prisma_migrations` bookkeeping as `prisma migrate`.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { createPostgresAdapterFactory } from './postgres.js';

export interface MigrationPaths {
  /** Default `prisma/schema.prisma` (from the working directory). */
  schemaPath?: string;
  /** Default `prisma/migrations` (from the working directory). */
  migrationsDir?: string;
}

/** An embedded PGlite data directory, or a PostgreSQL connection string. */
export type MigrationTarget = { dataDir: string } | { url: string };

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

type SchemaFiles = { files: Array<{ path: string; content: string }> };

async function readSchema(schemaPath: string): Promise<SchemaFiles> {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] };
}

// ─── targets ───

// initdb dominates a fresh PGlite (~1.6 s); restoring a snapshot of a fresh cluster takes
// ~0.4 s, so every scratch database after a process's first starts from one (~40 MB held).
let freshCluster: Promise<Blob | File> | undefined;

async function scratchPglite(): Promise<PGlite> {
  if (freshCluster) return PGlite.create({ loadDataDir: await freshCluster });
  const pglite = await PGlite.create();
  freshCluster = pglite.dumpDataDir('none');
  freshCluster.catch(() => (freshCluster = undefined));
  await freshCluster;
  return pglite;
}

interface OpenTarget {
  factory: SqlDriverAdapterFactory;
  close(): Promise<void>;
}

async function openTarget(target: MigrationTarget): Promise<OpenTarget> {
  if ('url' in target) {
    return {
      // Two connections are plenty for the engine; the Client relabels "char" (see below).
      factory: createPostgresAdapterFactory(target.url, { poolSize: 2, pool: { Client: CharAsTextClient } }),
      close: async () => {},
    };
  }
  await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

// The engine's catalogue queries return Postgres's internal one-byte "char" type (OID 18),
// e.g. pg_class.relkind, which @prisma/adapter-pg rejects as an unsupported column type.
// Its text form is a plain string, so calling it text is exact.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_ARRAY_OID = 1002;
const TEXT_ARRAY_OID = 1009;

function relabelChar<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      else if (field.dataTypeID === CHAR_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
  return result;
}

class CharAsTextClient extends pg.Client {}
// pg's query() is heavily overloaded; patching the prototype keeps every call form working
// (the pool calls it with a callback, a checked-out client without one).
CharAsTextClient.prototype.query = function query(
  this: pg.Client,
  config: unknown,
  values?: unknown,
  callback?: unknown,
) {
  if (typeof values === 'function') [values, callback] = [undefined, values];
  const run = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  if (typeof callback === 'function') {
    return run.call(this, config, values, (error: Error | null, result: unknown) =>
      (callback as (e: Error | null, r: unknown) => void)(error, error ? result : relabelChar(result)),
    );
  }
  const pending = run.call(this, config, values);
  return pending instanceof Promise ? pending.then(relabelChar) : pending;
} as typeof pg.Client.prototype.query;

// ─── the engine ───

type WasmModule = typeof import('@prisma/schema-engine-wasm');
type PanicRegistry = { message: string; set_message(message: string): void };
// Cached on globalThis: the glue module is a single instance per process, so a second
// instantiation (this file loaded twice, as test runners do per project) would swap the
// memory under the first one's feet.
const WASM = Symbol.for('agreement-hub.schema-engine-wasm');
const wasmHolder = globalThis as { [WASM]?: Promise<WasmModule> };
let wasmModule: Promise<WasmModule> | undefined;

// The package's own entry imports the .wasm as an ES module, which Node does not support
// without a flag, so instantiate it by hand. Its glue (`schema_engine_bg.js`) is internal
// and changes with every build: the version is pinned exactly in package.json.
function loadWasm(): Promise<WasmModule> {
  wasmModule ??= wasmHolder[WASM];
  wasmModule ??= wasmHolder[WASM] = (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as WasmModule &
      Record<string, unknown> & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    const timerImport = Object.keys(glue).find((key) => key.startsWith('__wbg_setTimeout_'));
    if (!timerImport)
      throw new Error('schema-engine-wasm glue changed: no setTimeout import (check the pinned version)');
    // The engine arms a 10 s timer per command and never clears it: unreffed, it no longer
    // holds the process open after the work is done.
    imports[timerImport] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    // The engine reports a panic's reason here before trapping (`RuntimeError: unreachable`).
    const registry: PanicRegistry = {
      message: '',
      set_message(message) {
        registry.message = message;
      },
    };
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= registry;
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': imports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return wasmModule;
}

interface EngineOptions {
  schema?: SchemaFiles;
  /** Replay migrations here instead of in a fresh in-memory PGlite. */
  shadow?: PGlite;
}

// The wasm glue module is shared by the whole process and is not re-entrant: two commands at
// once (e.g. two test projects' global setups) corrupt each other's strings. Commands run one
// at a time; the queue lives on globalThis because this file may be loaded more than once
// (test runners give each project its own module graph) while the glue is loaded once.
const QUEUE = Symbol.for('agreement-hub.schema-engine-queue');
const queueHolder = globalThis as { [QUEUE]?: Promise<unknown> };

function withEngine<T>(
  main: SqlDriverAdapterFactory,
  options: EngineOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const result = (queueHolder[QUEUE] ?? Promise.resolve()).then(() => withEngineNow(main, options, run));
  queueHolder[QUEUE] = result.catch(() => undefined);
  return result;
}

async function withEngineNow<T>(
  main: SqlDriverAdapterFactory,
  { schema, shadow }: EngineOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const wasm = await loadWasm();
  const adapters = trackAdapters(main, shadow);
  const log = process.env.DEBUG?.includes('schema-engine') ? (line: string) => console.error(line) : () => {};
  let engine: SchemaEngine | undefined;
  try {
    engine = await wasm.SchemaEngine.new(
      { datamodels: schema?.files.map((file): [string, string] => [file.path, file.content]) },
      log,
      bindMigrationAwareSqlAdapterFactory(adapters.factory),
    );
    return await run(engine);
  } catch (error) {
    throw engineError(error);
  } finally {
    engine?.free();
    // The engine leaves its connections open; a PrismaPg pool would keep the process alive.
    await adapters.closeAll();
  }
}

function engineError(error: unknown): Error {
  const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY;
  if (error instanceof WebAssembly.RuntimeError) {
    // No call is safe after a panic, and the glue module cannot be re-instantiated (it
    // caches views of the old memory): refuse further commands in this process.
    wasmModule = wasmHolder[WASM] = Promise.reject(new Error('schema engine panicked earlier in this process: restart it'));
    wasmModule.catch(() => {});
    return new Error(`schema engine panicked: ${panic?.message || error.message}`, { cause: error });
  }
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown })?.message;
  return new Error(typeof message === 'string' ? message : JSON.stringify(error), { cause: error });
}

/**
 * Hands the engine its connections and remembers them so each command closes what it
 * opened. The shadow database is always a throwaway in-memory PGlite: a server shadow
 * would need CREATEDB, and adapter-pg's would land in the main database's cluster.
 */
function trackAdapters(main: SqlDriverAdapterFactory, shadow?: PGlite) {
  const closers: Array<() => Promise<void>> = [];
  const own = (adapter: SqlDriverAdapter, pglite: PGlite | undefined, ownsPglite: boolean) => {
    let disposed: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    // Idempotent: the engine may dispose too, and ending a pg pool twice throws.
    adapter.dispose = () => (disposed ??= dispose());
    if (pglite) awaitPgliteScripts(adapter, pglite);
    else wholePgScripts(adapter);
    closers.push(async () => {
      await adapter.dispose();
      if (ownsPglite) await pglite?.close();
    });
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = await main.connect();
      const client = (adapter as { client?: unknown }).client;
      // The caller's PGlite: fix its scripts, but leave closing it to the caller.
      return own(adapter, client instanceof PGlite ? client : undefined, false);
    },
    async connectToShadowDb() {
      const pglite = shadow ?? (await scratchPglite());
      return own(await new PrismaPGlite(pglite).connect(), pglite, !shadow);
    },
  };
  return {
    factory,
    closeAll: async () => {
      for (const close of closers.splice(0).reverse()) await close();
    },
  };
}

// adapter-pg 7.10 runs a script by splitting it on every ";", which breaks any migration
// with a semicolon in a comment, a string or a function body (our append-only trigger).
// PostgreSQL's simple-query protocol takes the whole script in one round trip instead.
function wholePgScripts(adapter: SqlDriverAdapter) {
  const client = (adapter as { client?: { query(sql: string): Promise<unknown> } }).client;
  if (typeof client?.query !== 'function') return;
  adapter.executeScript = async (script: string) => {
    try {
      await client.query(script);
    } catch (error) {
      throw asDriverError(error);
    }
  };
}

function asDriverError(error: unknown): unknown {
  const e = error as { code?: string; severity?: string; message: string; detail?: string; hint?: string };
  if (typeof e?.code !== 'string') return error;
  // Shaped like adapter-pg's errors so the engine reports the database's own message.
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: e.severity ?? 'ERROR',
    message: e.message,
    detail: e.detail,
    column: undefined,
    hint: e.hint,
  });
}

// pglite-prisma-adapter 0.7.2 starts a script without awaiting it: a failing migration
// would be recorded as applied and its error would surface as an unhandled rejection.
function awaitPgliteScripts(adapter: SqlDriverAdapter, pglite: PGlite) {
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      throw asDriverError(error);
    }
  };
}
