import { accessPolicies } from './rows-access.js';
import { partiesPolicies } from './rows-parties.js';
import { supervisionPolicies } from './rows-supervision.js';

export { entrustingInsurer, type RowPolicy } from './declare.js';

/**
 * Who may see which rows: ONE declaration per table of the database, by Prisma model name
 * (rows-parties.ts, rows-supervision.ts, rows-access.ts; AuditEvent's is its audience,
 * audience.ts). Each declaration holds the Prisma `where` (server/auth/tenant-filters.ts
 * exposes it as `visible.<model>`) and the SQL of the table's row-level-security policy.
 *
 * test/integration/tenant-policy-rls.test.ts reads every table of the database through an
 * unfiltered viewer client and fails for a table that is in neither `rowPolicies` nor
 * `SYSTEM_ONLY_TABLES`. Adding a table: server/policy/README.md ("Adding a table").
 */
export const rowPolicies = {
  ...partiesPolicies,
  ...supervisionPolicies,
  ...accessPolicies,
};

/**
 * Tables no viewer reads or writes: the hub's own machinery. They get no grant for the
 * row-secured role, so a request that touches one fails loudly; the hub's connection role
 * (jobs, the rate limiter, migrations) uses them.
 */
export const SYSTEM_ONLY_TABLES: Readonly<Record<string, string>> = {
  _prisma_migrations: 'migration history',
  rate_limit_buckets: 'the shared rate limiter (server/graphql), run by the pipeline before any viewer query',
};

/** Whole schemas that are the hub's machinery: pg-boss keeps its queue in its own schema. */
export const SYSTEM_ONLY_SCHEMAS: Readonly<Record<string, string>> = {
  pgboss: 'pg-boss job queue (server/jobs)',
};
