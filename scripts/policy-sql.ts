/**
 * Prints the row-level-security SQL the tenant policy declares (server/policy/rls-sql.ts):
 *   npm run policy:sql                 # everything (role, functions, every table)
 *   npm run policy:sql -- Claim Report # only these tables' blocks, to append to a new migration
 * server/policy/rls-sql.test.ts fails until the migrations hold exactly this.
 */
import { policySql, tablePolicies, tablePolicySql } from '../server/policy/rls-sql.js';

const tables = process.argv.slice(2);
if (tables.length === 0) process.stdout.write(policySql());
else {
  const declared = tablePolicies();
  for (const table of tables) {
    const using = declared[table];
    if (!using) {
      console.error(`no policy declared for ${table} (server/policy/rows.ts)`);
      process.exit(1);
    }
    process.stdout.write(`${tablePolicySql(table, using)}\n\n`);
  }
}
