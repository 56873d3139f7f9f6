import { rowPolicies } from './rows.js';
import { auditEventUsing } from './audience.js';
import { SCOPES, type Scope } from './scope.js';

/**
 * The database half of the tenant policy: the SQL that migrations contain. Generated from
 * rows.ts and audience.ts and compared with the migrations by test (rls-sql.test.ts),
 * so the policies in the database are exactly the declarations.
 *
 * - A request switches to the role of its viewer's scope, `hub_viewer_<scope>` (`set_config
 *   ('role', …)`, viewer-session.ts and settings.ts). The five scope roles are members of
 *   `hub_viewer`, which holds the grants and the write policies. They own nothing and are not
 *   superusers, so row security applies to them (superusers and table owners bypass it; the
 *   hub's own connection role does, which is how system work — migrations, seed, audit
 *   appends, jobs, webhook delivery — runs).
 * - Each table's read policy is declared once, as an OR over the scopes (`hub_scope() =
 *   'insurer' AND …`), and emitted once per scope role with that scope written in as a
 *   constant: the planner folds the other scopes' branches away, with their sub-plans. One OR
 *   over every scope made PostgreSQL start ~300 sub-plans for a one-row read
 *   (bench/PERFORMANCE.md, "q1's fixed cost"). Each role's policy also checks that the
 *   session's scope setting is its own, so a role and settings that disagree see nothing.
 * - The `hub_*()` functions read the viewer from transaction-local settings; they are STABLE
 *   SQL functions, inlined by the planner, so a policy is a plain column comparison.
 * - Per table: SELECT is the visibility rule. Writes are authorised by the domain commands
 *   (server/domain), so INSERT/UPDATE/DELETE policies pass; but PostgreSQL still applies the
 *   SELECT rule to rows an UPDATE or DELETE reads, so nobody changes a row they cannot see.
 * - A table without a declaration gets no grant: a request that touches it fails loudly
 *   (SYSTEM_ONLY_TABLES in rows.ts are the hub's machinery, deliberately so).
 */
export const VIEWER_ROLE = 'hub_viewer';

/** The role a viewer of `scope` reads as. */
export const scopeRole = (scope: Scope): string => `${VIEWER_ROLE}_${scope}`;

/** Tables row-secured by declaration: Prisma model name → SQL predicate over that table. */
export function tablePolicies(): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const [model, policy] of Object.entries(rowPolicies)) tables[tableName(model)] = policy.using;
  tables.AuditEvent = auditEventUsing;
  return tables;
}

export function tableName(model: string): string {
  return model.charAt(0).toUpperCase() + model.slice(1);
}

export function roleAndFunctionsSql(): string {
  const setting = (name: string) => `nullif(current_setting('hub.${name}', true), '')`;
  const fn = (name: string, type: string, body: string) =>
    `CREATE OR REPLACE FUNCTION ${name}() RETURNS ${type} LANGUAGE sql STABLE AS $$ SELECT ${body} $$;`;
  return [
    // Roles belong to the cluster: a DBA may have created it (and granted it to the hub's
    // role) already, which an application role without CREATEROLE needs; else create it here.
    // The hub's connection role must be a member to switch to it per transaction.
    `DO $$ BEGIN`,
    `  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${VIEWER_ROLE}') THEN`,
    `    CREATE ROLE ${VIEWER_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;`,
    `  END IF;`,
    `  IF NOT pg_has_role(current_user, '${VIEWER_ROLE}', 'MEMBER') THEN`,
    `    EXECUTE 'GRANT ${VIEWER_ROLE} TO ' || quote_ident(current_user);`,
    `  END IF;`,
    `END $$;`,
    `GRANT USAGE ON SCHEMA public TO ${VIEWER_ROLE};`,
    // Inserting into a table with a generated key (the access log) draws from its sequence.
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${VIEWER_ROLE};`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${VIEWER_ROLE};`,
    fn('hub_scope', 'text', `coalesce(${setting('scope')}, 'none')`),
    fn('hub_role', 'text', `coalesce(${setting('role')}, '')`),
    fn('hub_actor', 'text', `coalesce(${setting('actor_id')}, '')`),
    fn('hub_actor_type', 'text', `coalesce(${setting('actor_type')}, '')`),
    fn('hub_insurer', 'uuid', `${setting('insurer_id')}::uuid`),
    fn('hub_partner', 'uuid', `${setting('partner_id')}::uuid`),
    fn('hub_provider', 'uuid', `${setting('provider_id')}::uuid`),
    fn('hub_entrusting', 'uuid[]', `coalesce(${setting('entrusting')}, '{}')::uuid[]`),
  ].join('\n');
}

/**
 * The scope roles, members of `hub_viewer` (its grants and write policies apply to them), each
 * granted to the hub's connection role so it can switch to them. As for `hub_viewer`, a DBA
 * may have made them already (README, "One tenant policy"); otherwise this needs CREATEROLE.
 */
export function scopeRolesSql(): string {
  return [
    `DO $$`,
    `DECLARE r text;`,
    `BEGIN`,
    `  FOREACH r IN ARRAY ARRAY[${SCOPES.map((s) => `'${scopeRole(s)}'`).join(', ')}] LOOP`,
    `    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN`,
    `      EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS IN ROLE ${VIEWER_ROLE}', r);`,
    `    ELSIF NOT pg_has_role(r, '${VIEWER_ROLE}', 'MEMBER') THEN`,
    `      EXECUTE format('GRANT ${VIEWER_ROLE} TO %I', r);`,
    `    END IF;`,
    `    IF NOT pg_has_role(current_user, r, 'MEMBER') THEN`,
    `      EXECUTE format('GRANT %I TO %I', r, current_user);`,
    `    END IF;`,
    `  END LOOP;`,
    `END $$;`,
  ].join('\n');
}

/** One table's block; re-running it (a later migration changing the rule) replaces the policies. */
export function tablePolicySql(table: string, using: string): string {
  const read = SCOPES.flatMap((scope) => [
    `DROP POLICY IF EXISTS hub_read_${scope} ON "${table}";`,
    `CREATE POLICY hub_read_${scope} ON "${table}" FOR SELECT TO ${scopeRole(scope)} USING (${readSql(table, using, scope)});`,
  ]);
  return [
    `-- hub-policy:begin ${table}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${VIEWER_ROLE};`,
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY;`,
    `DROP POLICY IF EXISTS hub_read ON "${table}";`,
    ...read,
    `DROP POLICY IF EXISTS hub_insert ON "${table}";`,
    `CREATE POLICY hub_insert ON "${table}" FOR INSERT TO ${VIEWER_ROLE} WITH CHECK (true);`,
    `DROP POLICY IF EXISTS hub_update ON "${table}";`,
    `CREATE POLICY hub_update ON "${table}" FOR UPDATE TO ${VIEWER_ROLE} USING (true) WITH CHECK (true);`,
    `DROP POLICY IF EXISTS hub_delete ON "${table}";`,
    `CREATE POLICY hub_delete ON "${table}" FOR DELETE TO ${VIEWER_ROLE} USING (true);`,
    `-- hub-policy:end ${table}`,
  ].join('\n');
}

/** A table's read rule for one scope role: the scope a constant, checked against the session too. */
function readSql(table: string, using: string, scope: Scope): string {
  const body = `hub_scope() = '${scope}' AND (${using.replaceAll('hub_scope()', `'${scope}'::text`)})`;
  // `(SELECT hub_x())`: an InitPlan evaluated once per statement, not a settings read per row
  // (bench/PERFORMANCE.md, "Row-level security").
  return (
    body
      .replaceAll('$T', `"${table}"`)
      .replace(/\bhub_(\w+)\(\)/g, '(SELECT hub_$1())')
      // An array after ANY must stay an expression (a bare subquery would be a row set).
      .replaceAll('ANY ((SELECT hub_entrusting()))', 'ANY ((SELECT hub_entrusting())::uuid[])')
  );
}

/** The whole policy, as the migration that introduced it holds it (tables in a stable order). */
export function policySql(only?: readonly string[]): string {
  const tables = tablePolicies();
  const names = (only ?? Object.keys(tables)).slice().sort();
  return (
    [roleAndFunctionsSql(), scopeRolesSql(), ...names.map((t) => tablePolicySql(t, tables[t]!))].join('\n\n') + '\n'
  );
}
