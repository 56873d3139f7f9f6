import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { policySql, roleAndFunctionsSql, scopeRolesSql, tablePolicies, tablePolicySql } from './rls-sql.js';
import { SCOPES } from './scope.js';

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

  it('creates the row-secured roles and the viewer functions', async () => {
    const sql = (await migrationSql()).join('\n');
    expect(sql).toContain(roleAndFunctionsSql());
    expect(sql).toContain(scopeRolesSql());
  });

  it('emits one block per table with SELECT as the visibility rule, once per scope role, and no placeholder left', () => {
    const sql = policySql();
    expect(sql).not.toContain('$T');
    for (const table of Object.keys(tablePolicies())) {
      // The old one-for-all read policy is dropped: its OR over every scope would be OR-ed in again.
      expect(sql).toContain(`DROP POLICY IF EXISTS hub_read ON "${table}";`);
      expect(sql).not.toContain(`CREATE POLICY hub_read ON "${table}"`);
      for (const scope of SCOPES) {
        const policy = `CREATE POLICY hub_read_${scope} ON "${table}" FOR SELECT TO hub_viewer_${scope} USING (`;
        expect(sql).toContain(`${policy}(SELECT hub_scope()) = '${scope}' AND (`);
      }
    }
    // The scope is a constant inside each role's rule: no policy reads it at run time but the guard.
    expect(sql.match(/hub_scope\(\)/g)!.length).toBe(Object.keys(tablePolicies()).length * SCOPES.length + 1);
  });
});
