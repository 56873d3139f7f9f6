import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyMigrations, type MigrationPaths } from './migration-engine.js';

export interface EmbeddedDatabase {
  pglite: PGlite;
  adapterFactory: PrismaPGlite;
  close(): Promise<void>;
}

function wrap(pglite: PGlite): EmbeddedDatabase {
  return {
    pglite,
    adapterFactory: new PrismaPGlite(pglite),
    // Prisma's PGlite adapter never closes the PGlite it was given: its owner must.
    close: () => pglite.close(),
  };
}

/** Opens (creating if needed) an on-disk PGlite. One process at a time may open a data dir. */
export async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  return wrap(await PGlite.create(dataDir));
}

export interface EmbeddedTemplate {
  /** A tarball of a migrated, empty data directory. */
  dump: Blob | File;
  /** A fresh in-memory database holding the template's state (~0.4 s instead of ~2 s). */
  clone(): Promise<EmbeddedDatabase>;
}

/**
 * Migrates one in-memory database and snapshots it, so each test file can start from a
 * migrated database without paying for the migrations again.
 */
export async function createEmbeddedTemplate(paths: MigrationPaths = {}): Promise<EmbeddedTemplate> {
  const db = wrap(await PGlite.create());
  try {
    await applyMigrations({ adapterFactory: db.adapterFactory, ...paths });
    // Uncompressed: gzip costs more time than the few MB it saves in memory.
    const dump = await db.pglite.dumpDataDir('none');
    return { dump, clone: () => cloneEmbedded(dump) };
  } finally {
    await db.close();
  }
}

export async function cloneEmbedded(dump: Blob | File, dataDir?: string): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return wrap(await PGlite.create({ dataDir, loadDataDir: dump }));
}
