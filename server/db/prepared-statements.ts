import { createHash } from 'node:crypto';

/**
 * Opt-in marker for statements PostgreSQL should keep prepared on each pooled connection.
 * Put it at the start of a raw statement whose text is one of a small, fixed set (it is the
 * cache key: one prepared statement per distinct text and connection, never evicted), and
 * whose planning costs more than its execution — the rule-evaluation statement of
 * `checkClaim`/`settleClaim`, whose 18-rule UNION takes ~25 ms to plan and a few ms to run.
 * After five executions PostgreSQL may switch to a generic plan and stop planning it.
 * Prisma's own statements are not marked: their texts vary with list lengths.
 */
export const PREPARED = '/* prepared */';

/**
 * `statementNameGenerator` for @prisma/adapter-pg: a stable name for marked statements; the
 * empty name (pg's unnamed statement, planned per execution) for the rest.
 */
export function preparedStatementName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED)) return '';
  return `hub_${createHash('sha1').update(query.sql).digest('hex').slice(0, 20)}`;
}
