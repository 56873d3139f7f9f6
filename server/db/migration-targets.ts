// Where migrations run: a PostgreSQL URL or an embedded data directory, plus throwaway PGlite
// databases for diffs. Kept apart from the engine driver (schema-engine.ts) and the public
// commands (migration-engine.ts).
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createPostgresAdapterFactory } from './postgres.js';

/** An embedded PGlite data directory, or a PostgreSQL connection string. */
export type MigrationTarget = { dataDir: string } | { url: string };

// initdb dominates a fresh PGlite (~1.6 s); restoring a snapshot of a fresh cluster takes
// ~0.4 s, so every scratch database after a process's first starts from one (~40 MB held).
let freshCluster: Promise<Blob | File> | undefined;

export async function scratchPglite(): Promise<PGlite> {
  if (freshCluster) return PGlite.create({ loadDataDir: await freshCluster });
  const pglite = await PGlite.create();
  freshCluster = pglite.dumpDataDir('none');
  freshCluster.catch(() => (freshCluster = undefined));
  await freshCluster;
  return pglite;
}

export interface OpenTarget {
  factory: SqlDriverAdapterFactory;
  close(): Promise<void>;
}

export async function openTarget(target: MigrationTarget): Promise<OpenTarget> {
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

