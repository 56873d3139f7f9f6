import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startPostgres, type PostgresServer } from '../../scripts/postgres.mjs';
import { STATEMENTS_PER_CONNECTION, StatementCachingClient, statementKey } from './statement-cache.js';

/** The cache against a real PostgreSQL (its own throwaway server): PGlite has no named statements to bound. */
let server: PostgresServer;
let cache: StatementCachingClient;
/** The same connection through pg's own typings. */
let client: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  cache = new StatementCachingClient({ connectionString: server.superuserUrl });
  client = cache;
  await client.connect();
  // A tenant table under row security read through a session setting, as server/policy does.
  await client.query(`
    CREATE ROLE cache_viewer NOLOGIN;
    CREATE TABLE item (id int PRIMARY KEY, tenant text NOT NULL);
    INSERT INTO item SELECT g, CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END FROM generate_series(1, 1000) g;
    ALTER TABLE item ENABLE ROW LEVEL SECURITY;
    CREATE POLICY tenant ON item USING (tenant = current_setting('cache.tenant', true));
    GRANT SELECT ON item TO cache_viewer;
    ANALYZE item;`);
});
afterAll(async () => {
  await client?.end();
  server?.stop();
});

/** How Prisma's adapter submits a statement: the generator's key as its name. */
const run = (sql: string, values: unknown[] = []) => client.query<Record<string, unknown>>({ name: statementKey({ sql }), text: sql, values });
const prepared = async () =>
  (await client.query<{ statement: string; generic_plans: string }>('SELECT statement, generic_plans FROM pg_prepared_statements')).rows;

describe('StatementCachingClient', () => {
  it('prepares a statement once and PostgreSQL moves it to a generic plan', async () => {
    const sql = 'SELECT count(*)::int AS n FROM item WHERE id = $1';
    for (let i = 1; i <= 8; i += 1) expect((await run(sql, [i])).rows[0]!.n).toBe(1);
    const mine = (await prepared()).filter((p) => p.statement === sql);
    expect(mine).toHaveLength(1);
    expect(Number(mine[0]!.generic_plans)).toBeGreaterThan(0);
  });

  it('leaves transaction control and unnamed statements unprepared', async () => {
    expect(statementKey({ sql: 'BEGIN' })).toBe('');
    expect(statementKey({ sql: ' COMMIT' })).toBe('');
    await client.query('SELECT 42 AS unnamed');
    expect((await prepared()).some((p) => p.statement.includes('42'))).toBe(false);
  });

  it('keeps each viewer to its own rows on a generic plan, and replans when the role changes', async () => {
    const sql = 'SELECT count(*)::int AS n, min(tenant) AS lo, max(tenant) AS hi FROM item WHERE id > $1';
    for (let i = 0; i < 12; i += 1) {
      const tenant = i % 2 === 0 ? 'a' : 'b';
      await client.query(`SELECT set_config('cache.tenant', $1, false), set_config('role', 'cache_viewer', false)`, [tenant]);
      const row = (await run(sql, [0])).rows[0];
      expect(row).toEqual({ n: 500, lo: tenant, hi: tenant });
      // The table's owner (a superuser here) bypasses the policy: the cached plan must not.
      await client.query(`SELECT set_config('role', 'none', false)`);
      expect((await run(sql, [0])).rows[0]).toEqual({ n: 1000, lo: 'a', hi: 'b' });
    }
  });

  it(`keeps at most ${STATEMENTS_PER_CONNECTION} statements, dropping the least recently used`, async () => {
    const first = 'SELECT $1::int + 0 AS v';
    await run(first, [1]);
    for (let i = 1; i <= STATEMENTS_PER_CONNECTION + 20; i += 1) await run(`SELECT $1::int + ${i} AS v`, [1]);
    // DEALLOCATE runs behind the statements queued before it: this read comes after all of them.
    const now = await prepared();
    expect(now.length).toBeLessThanOrEqual(STATEMENTS_PER_CONNECTION);
    expect(cache.preparedCount).toBe(STATEMENTS_PER_CONNECTION);
    expect(now.some((p) => p.statement === first)).toBe(false);
    // The dropped statement comes back under a new name and still answers.
    expect((await run(first, [5])).rows[0]!.v).toBe(5);
    expect((await prepared()).some((p) => p.statement === first)).toBe(true);
  });

  it('prepares afresh a statement whose result changed shape, and one the session lost', async () => {
    await client.query('CREATE TABLE shape (id int); INSERT INTO shape VALUES (1)');
    const sql = 'SELECT * FROM shape';
    for (let i = 0; i < 3; i += 1) expect((await run(sql)).rows).toEqual([{ id: 1 }]);
    // A migration adds a column while the statement is prepared: its next run answers the new shape.
    await client.query('ALTER TABLE shape ADD COLUMN label text DEFAULT \'one\'');
    expect((await run(sql)).rows).toEqual([{ id: 1, label: 'one' }]);
    // Inside a transaction the failure cannot be hidden (the transaction is aborted); the retry works.
    await client.query('ALTER TABLE shape ADD COLUMN rank int DEFAULT 2');
    await client.query('BEGIN');
    await expect(run(sql)).rejects.toMatchObject({ code: '0A000' });
    await client.query('ROLLBACK');
    expect((await run(sql)).rows).toEqual([{ id: 1, label: 'one', rank: 2 }]);
    // A pooler's reset (DEALLOCATE ALL) drops every statement of the session behind the client's back.
    await client.query('DEALLOCATE ALL');
    expect((await run(sql)).rows).toEqual([{ id: 1, label: 'one', rank: 2 }]);
    expect((await run('SELECT $1::int + 0 AS v', [3])).rows).toEqual([{ v: 3 }]);
  });
});
