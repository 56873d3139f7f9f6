// Drives the wasm schema engine end to end on a toy schema (not the real one, so that this
// test says something about the tool, whatever the data model becomes).
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type PostgresServer } from '../../test/support/postgres.js';
import { createEmbeddedTemplate } from './embedded.js';
import {
  applyMigrations,
  checkMigrationDrift,
  createMigration,
  migrationsUnknownHere,
  type MigrationPaths,
} from './migration-engine.js';

const TOY_SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Status {
  DRAFT
  ACTIVE
}

model Provider {
  id         String      @id
  name       String
  agreements Agreement[]
}

model Agreement {
  id         String   @id
  status     Status   @default(DRAFT)
  providerId String
  provider   Provider @relation(fields: [providerId], references: [id])
}
`;

const TABLES_SQL = `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`;

describe('migration engine (wasm)', () => {
  let dir: string;
  let paths: Required<MigrationPaths>;
  let postgres: PostgresServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'migration-engine-'));
    paths = { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
    await writeFile(paths.schemaPath, TOY_SCHEMA);
    postgres = await startTestPostgres();
  });

  afterAll(async () => {
    postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function postgresQuery(sql: string) {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('creates the first migration and its lockfile, then reports no changes', async () => {
    const created = await createMigration('Init schema', paths);
    expect(created?.name).toMatch(/^\d{14}_init_schema$/);
    const sql = await readFile(created!.file, 'utf8');
    expect(sql).toContain(`CREATE TYPE "Status" AS ENUM ('DRAFT', 'ACTIVE')`);
    expect(sql).toContain('CREATE TABLE "Agreement"');
    expect(sql).toContain('FOREIGN KEY ("providerId") REFERENCES "Provider"("id")');
    expect(await readFile(path.join(paths.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );

    expect(await createMigration('again', paths)).toBeNull();
    expect(await readdir(paths.migrationsDir)).toHaveLength(2);
  });

  it('applies to an embedded PGlite data dir, and re-applying is a no-op', async () => {
    const dataDir = path.join(dir, 'pglite');
    const [first] = await readdir(paths.migrationsDir);
    expect(await applyMigrations({ target: { dataDir }, ...paths })).toEqual([first]);
    expect(await applyMigrations({ target: { dataDir }, ...paths })).toEqual([]);

    const pglite = await PGlite.create(dataDir);
    try {
      expect((await pglite.query(TABLES_SQL)).rows).toEqual([
        { table_name: 'Agreement' },
        { table_name: 'Provider' },
        { table_name: '_prisma_migrations' },
      ]);
      const { rows } = await pglite.query(
        `SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations`,
      );
      expect(rows).toEqual([{ migration_name: first, done: true }]);
    } finally {
      await pglite.close();
    }
  });

  it('applies to PostgreSQL, and re-applying is a no-op', async () => {
    const [first] = await readdir(paths.migrationsDir);
    expect(await applyMigrations({ target: { url: postgres.url }, ...paths })).toEqual([first]);
    expect(await applyMigrations({ target: { url: postgres.url }, ...paths })).toEqual([]);
    expect(await postgresQuery(TABLES_SQL)).toEqual([
      { table_name: 'Agreement' },
      { table_name: 'Provider' },
      { table_name: '_prisma_migrations' },
    ]);
  });

  it('detects a schema change as drift until a migration covers it', async () => {
    await writeFile(
      paths.schemaPath,
      TOY_SCHEMA.replace('  name       String\n', '  name       String\n  region     String?\n'),
    );
    const drift = await checkMigrationDrift(paths);
    expect(drift.drift).toBe(true);
    expect(drift.script).toContain('ALTER TABLE "Provider" ADD COLUMN     "region" TEXT');

    const created = await createMigration('add region', paths);
    expect(created?.name).toMatch(/_add_region$/);
    expect(await checkMigrationDrift(paths)).toEqual({ drift: false, script: '' });

    expect(await applyMigrations({ target: { url: postgres.url }, ...paths })).toEqual([created!.name]);
    expect(
      await postgresQuery(`SELECT column_name FROM information_schema.columns WHERE column_name = 'region'`),
    ).toHaveLength(1);
  });

  it('serves migrated clones of an embedded template', async () => {
    const template = await createEmbeddedTemplate(paths);
    const db = await template.clone();
    try {
      const { rows } = await db.pglite.query(`SELECT count(*)::int AS n FROM _prisma_migrations`);
      expect(rows).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });

  // adapter-pg splits scripts on every ";": a function body or a string with one would break,
  // and a failing migration would leave its first statements behind.
  it('runs each PostgreSQL migration whole, as one implicit transaction', async () => {
    const admin = new pg.Client({ connectionString: postgres.superuserUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE scripts OWNER agreement_hub');
    await admin.end();
    const url = Object.assign(new URL(postgres.url), { pathname: '/scripts' }).toString();
    const scriptsDir = path.join(dir, 'script-migrations');
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(scriptsDir, name), { recursive: true });
      await writeFile(path.join(scriptsDir, name, 'migration.sql'), sql);
    };
    await write(
      '20200101000000_semicolons',
      `CREATE TABLE "note" (body text NOT NULL DEFAULT 'a;b');
CREATE FUNCTION "no_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only; no updates';
END;
$$;
`,
    );
    expect(await applyMigrations({ target: { url }, migrationsDir: scriptsDir })).toEqual([
      '20200101000000_semicolons',
    ]);

    await write('20200102000000_bad', 'CREATE TABLE "half" (id int);\nSELECT * FROM "missing";\n');
    await expect(applyMigrations({ target: { url }, migrationsDir: scriptsDir })).rejects.toThrow(/missing/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(TABLES_SQL);
      expect(rows.map((r) => r.table_name)).toEqual(['_prisma_migrations', 'note']);
    } finally {
      await client.end();
    }
  });

  // pglite-prisma-adapter does not await scripts; without the fix the migration is
  // recorded as applied and its error escapes as an unhandled rejection.
  it('records a failing migration as failed on PGlite', async () => {
    const badDir = path.join(dir, 'bad-migrations');
    await mkdir(path.join(badDir, '20200101000000_bad'), { recursive: true });
    await writeFile(
      path.join(badDir, '20200101000000_bad', 'migration.sql'),
      'CREATE TABLE "ok" (id int);\nCREATE TABLE "broken" (id int REFERENCES "missing"(id));\n',
    );
    const pglite = await PGlite.create();
    try {
      await expect(
        applyMigrations({ adapterFactory: new PrismaPGlite(pglite), migrationsDir: badDir }),
      ).rejects.toThrow(/missing/);
      const { rows } = await pglite.query(`SELECT finished_at FROM _prisma_migrations`);
      expect(rows).toEqual([{ finished_at: null }]);
      // The script ran as one implicit transaction: nothing of it remains.
      expect((await pglite.query(TABLES_SQL)).rows).toEqual([{ table_name: '_prisma_migrations' }]);
    } finally {
      await pglite.close();
    }
  });
});

describe('migrations the database has and this checkout does not', () => {
  it('names those a newer hub applied, not the ones both know', async () => {
    const migrationsDir = await mkdtemp(path.join(tmpdir(), 'hub-known-'));
    try {
      for (const name of ['20260101000000_init', '20260201000000_more']) {
        await mkdir(path.join(migrationsDir, name));
        await writeFile(path.join(migrationsDir, name, 'migration.sql'), 'SELECT 1;');
      }
      const applied = ['20260101000000_init', '20260201000000_more', '20990101000000_from_a_newer_hub'];
      expect(await migrationsUnknownHere(applied, { migrationsDir })).toEqual(['20990101000000_from_a_newer_hub']);
      expect(await migrationsUnknownHere(applied.slice(0, 1), { migrationsDir })).toEqual([]);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});
