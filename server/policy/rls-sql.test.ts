import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { policySql, roleAndFunctionsSql, tablePolicies, tablePolicySql } from './rls-sql.js';

/**
 * The policies in the database are the declarations: every table's latest policy block in
 * the migrations (in migration order) is exactly what rows.ts / audience.ts emit now. A changed
 * rule or a new table fails here until `npm run policy:sql -- <Table>` is appended to a new
 * migration.
 */
async function migrationSql(): Promise<string[]> {
  const root = new URL('../../prisma/migrations/', import.meta.url);
  const dirs = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(dirs.map((d) => readFile(new URL(`${d}/migration.sql`, root), 'utf8')));
}

function latestBlocks(sqls: string[]): Map<string, string> {
  const blocks = new Map<string, string>();
  const re = /-- hub-policy:begin (\w+)\n[\s\S]*?-- hub-policy:end \1/g;
  for (const sql of sqls) for (const m of sql.matchAll(re)) blocks.set(m[1]!, m[0]);
  return blocks;
}

describe('row-level-security SQL in the migrations', () => {
  it('holds, for every declared table, exactly the policy the module declares', async () => {
    const blocks = latestBlocks(await migrationSql());
    const declared = tablePolicies();
    const stale = Object.entries(declared)
      .filter(([table, using]) => blocks.get(table) !== tablePolicySql(table, using))
      .map(([table]) => table);
    expect(stale, 'append `npm run policy:sql -- <Table>` to a new migration').toEqual([]);
    expect(
      [...blocks.keys()].filter((t) => !declared[t]),
      'policies in the database with no declaration',
    ).toEqual([]);
  });

  it('creates the row-secured role and the viewer functions', async () => {
    expect((await migrationSql()).join('\n')).toContain(roleAndFunctionsSql());
  });

  it('emits one block per table with SELECT as the visibility rule and no table placeholder left', () => {
    const sql = policySql();
    expect(sql).not.toContain('$T');
    for (const table of Object.keys(tablePolicies())) {
      expect(sql).toContain(`CREATE POLICY hub_read ON "${table}" FOR SELECT TO hub_viewer USING (`);
    }
  });
});
