import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatamodel } from '../../schema/generated/pothos-types.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, tenantViewers, type TenantWorld } from '../factories/tenant-world.js';
import { partnerViewer, providerStaff } from '../factories/viewers.js';
import { viewerClient } from '../../server/policy/rls-client.js';
import { rowPolicies, SYSTEM_ONLY_SCHEMAS, SYSTEM_ONLY_TABLES } from '../../server/policy/rows.js';
import { audienceWhere, resolveAudience } from '../../server/policy/audience.js';
import { tableName, tablePolicies } from '../../server/policy/rls-sql.js';
import { SCOPES, scopeOf } from '../../server/policy/scope.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * The database is the floor of tenant isolation: every table is read through a Prisma client
 * WITHOUT any filter, as a viewer's request would (viewerClient), and must return exactly the
 * rows the tenant policy's Prisma filter selects, which the isolation tests check against the
 * world. Tables come from PostgreSQL's catalogue, so a table added later is covered (and fails
 * here until it has a policy, and until the world has rows of two tenants in it).
 */
let hub: TestHub;
let w: TenantWorld;
let tables: string[];
/** The tables a viewer may read at all (every table but the hub's machinery). */
let secured: string[];
const models = new Map(Object.entries(getDatamodel().datamodel.models));

beforeAll(async () => {
  hub = await createTestHub();
  w = await createTenantWorld(hub.prisma);
  tables = (
    await hub.prisma.$queryRawUnsafe<{ relname: string }[]>(
      `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    )
  ).map((r) => r.relname);
  secured = tables.filter((t) => !(t in SYSTEM_ONLY_TABLES));
});
afterAll(() => hub?.close());

const viewers = (): Record<string, Viewer> => tenantViewers(w);

type Delegate = {
  findMany(args?: unknown): Promise<Record<string, unknown>[]>;
  count(args?: unknown): Promise<number>;
};
const delegate = (client: unknown, table: string) =>
  (client as Record<string, Delegate>)[table.charAt(0).toLowerCase() + table.slice(1)]!;

async function expectedWhere(viewer: Viewer, table: string): Promise<unknown> {
  if (table === 'AuditEvent') return audienceWhere(await resolveAudience(hub.prisma, viewer));
  const key = Object.keys(rowPolicies).find((k) => tableName(k) === table) as keyof typeof rowPolicies;
  return rowPolicies[key].where(viewer);
}

describe('row-level security', () => {
  it('covers every table of the database: a declared policy, enabled, or declared system-only with no grant', async () => {
    const declared = tablePolicies();
    const undeclared = tables.filter((t) => !declared[t] && !(t in SYSTEM_ONLY_TABLES));
    expect(
      undeclared,
      'tables without a tenant policy: declare them in server/policy/rows*.ts (README: Adding a table)',
    ).toEqual([]);
    const rows = await hub.prisma.$queryRawUnsafe<
      { relname: string; relrowsecurity: boolean; policies: string[]; granted: boolean; partition: boolean }[]
    >(
      `SELECT c.relname, c.relrowsecurity, c.relispartition AS partition,
              array(SELECT p.polname::text FROM pg_policy p WHERE p.polrelid = c.oid ORDER BY 1) AS policies,
              has_table_privilege('hub_viewer', c.oid, 'SELECT') AS granted
       FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')`,
    );
    const byName = new Map(rows.map((r) => [r.relname, r]));
    // One read policy per scope role, and no longer the one read policy for all of them.
    const readPolicies = SCOPES.map((scope) => `hub_read_${scope}`);
    const unsecured = Object.keys(declared).filter(
      (t) =>
        !byName.get(t)?.relrowsecurity ||
        byName.get(t)!.policies.includes('hub_read') ||
        readPolicies.some((p) => !byName.get(t)!.policies.includes(p)),
    );
    expect(
      unsecured,
      'declared tables without row security in the database (npm run policy:sql -- <Table> into a migration)',
    ).toEqual([]);
    // The hub's machinery and the partitions of a partitioned table (read through their parent,
    // whose policy applies) are out of a viewer's reach altogether.
    const reachable = rows
      .filter((r) => (r.relname in SYSTEM_ONLY_TABLES || r.partition) && r.granted)
      .map((r) => r.relname);
    expect(reachable).toEqual([]);
    for (const schema of Object.keys(SYSTEM_ONLY_SCHEMAS)) {
      const [row] = await hub.prisma.$queryRawUnsafe<{ usable: boolean | null }[]>(
        `SELECT CASE WHEN to_regnamespace($1) IS NULL THEN NULL ELSE has_schema_privilege('hub_viewer', $1, 'USAGE') END AS usable`,
        schema,
      );
      expect(row!.usable ?? false, `schema ${schema} is the hub's own`).toBe(false);
    }
  });

  it('gives each viewer, through an unfiltered client, exactly the rows its Prisma filter selects', async () => {
    const mismatches: string[] = [];
    let hidden = 0;
    for (const [name, viewer] of Object.entries(viewers())) {
      const unfiltered = viewerClient(hub.prisma, viewer);
      for (const table of secured) {
        const model = models.get(table);
        expect(model, `${table} is a Prisma model`).toBeDefined();
        const keys =
          model!.primaryKey?.fields ?? model!.fields.filter((field) => field.isId).map((field) => field.name);
        const select = Object.fromEntries(keys.map((k) => [k, true]));
        const orderBy = keys.map((k) => ({ [k]: 'asc' }));
        const keyOf = (r: Record<string, unknown>) => keys.map((k) => String(r[k])).join('|');
        const seen = (await delegate(unfiltered, table).findMany({ select, orderBy })).map(keyOf);
        const expected = (
          await delegate(hub.prisma, table).findMany({
            select,
            orderBy,
            where: await expectedWhere(viewer, table),
          })
        ).map(keyOf);
        const total = await delegate(hub.prisma, table).count();
        if (JSON.stringify(seen) !== JSON.stringify(expected))
          mismatches.push(`${name} × ${table}: database ${seen.length}, policy ${expected.length}`);
        hidden += total - seen.length;
        // The counts a connection's totalCount runs are bounded the same way.
        expect(await delegate(unfiltered, table).count()).toBe(seen.length);
      }
    }
    expect(mismatches).toEqual([]);
    expect(hidden).toBeGreaterThan(0);
  });

  /**
   * The comparison above proves nothing for a table the world leaves empty or fills for one
   * tenant only: every viewer then reads all of it or none of it, and database and filter
   * agree. So, for every declared table (seen(v): the rows viewer v may read; total: all rows):
   * - each tenant column it has (insurerId, providerId, partnerId) holds at least two tenants;
   * - for each tenant scope its policy names (`hub_scope() = 'insurer' | 'partner' |
   *   'provider'`), some viewer of that scope reads a proper, non-empty part: 0 < seen(v) < total;
   * - a policy that names no scope but reads a tenant (hub_insurer(), hub_actor(), a parent's
   *   policy through EXISTS…): some viewer reads a proper, non-empty part;
   * - a policy that names no tenant at all (reference data every signed-in viewer reads, the
   *   platform's own access log): some viewer reads every row and some viewer none.
   * A table added later fails here until test/factories/tenant-world*.ts gives it such rows.
   */
  it('has rows of two tenants in every declared table, split by its policy for every scope it names', async () => {
    const problems: string[] = [];
    const all = Object.entries(viewers());
    const policies = tablePolicies();
    for (const table of Object.keys(policies).sort()) {
      const model = models.get(table)!;
      for (const column of ['insurerId', 'providerId', 'partnerId']) {
        if (!model.fields.some((field) => field.name === column)) continue;
        const [row] = await hub.prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(DISTINCT "${column}")::int AS n FROM "${table}"`,
        );
        if (row!.n < 2) problems.push(`${table}.${column}: rows of ${row!.n} tenant(s)`);
      }
      const total = await delegate(hub.prisma, table).count();
      const seen = new Map<string, number>();
      for (const [name, viewer] of all)
        seen.set(
          name,
          await delegate(hub.prisma, table).count({ where: await expectedWhere(viewer, table) }),
        );
      const proper = (name: string) => seen.get(name)! > 0 && seen.get(name)! < total;
      const counts = `${total} rows; ${[...seen].map(([name, n]) => `${name} ${n}`).join(', ')}`;
      const sql = policies[table]!;
      const scopes = ['insurer', 'partner', 'provider'].filter((s) => sql.includes(`hub_scope() = '${s}'`));
      if (total === 0) problems.push(`${table}: no rows`);
      else if (scopes.length > 0) {
        for (const scope of scopes)
          if (!all.some(([name, viewer]) => scopeOf(viewer) === scope && proper(name)))
            problems.push(`${table}: no ${scope} viewer reads a proper part (${counts})`);
      } else if (/hub_(insurer|partner|provider|entrusting|actor)\(\)|EXISTS/.test(sql)) {
        if (!all.some(([name]) => proper(name)))
          problems.push(`${table}: no viewer reads a proper part (${counts})`);
      } else if (![...seen.values()].includes(total) || ![...seen.values()].includes(0)) {
        problems.push(`${table}: no viewer reads all and none (${counts})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows a partner and a provider none of another tenant’s rows, whatever the query forgets', async () => {
    const partner = viewerClient(hub.prisma, partnerViewer(w.partnerP.id));
    expect((await partner.agreement.findMany({ select: { id: true } })).map((a) => a.id)).not.toContain(
      w.aB1.id,
    );
    expect((await partner.agreement.findMany({ select: { id: true } })).map((a) => a.id)).not.toContain(
      w.aQ.id,
    );
    // Only the tip-off assigned to it for investigation.
    expect(await partner.tipOff.count()).toBe(1);
    expect(await partner.tipOff.count({ where: { assigneePartnerId: w.partnerP.id } })).toBe(1);
    expect(
      await partner.creditEvaluation.count({
        where: { subjectType: 'PARTNER', partnerId: { not: w.partnerP.id } },
      }),
    ).toBe(0);
    expect(await partner.partner.count({ where: { id: w.partnerQ.id } })).toBe(0);
    // Provider A1 also contracts with insurer B: B's partner R sees it (it reads B's hits and
    // findings there) and the insurer it is registered with, but not A's other provider.
    const partnerR = viewerClient(hub.prisma, partnerViewer(w.partnerR.id));
    expect(await partnerR.provider.count({ where: { id: w.pA1.id } })).toBe(1);
    expect(await partnerR.provider.count({ where: { id: w.pA2.id } })).toBe(0);
    expect(await partnerR.insurer.count({ where: { id: w.insA.id } })).toBe(1);
    expect(await partnerR.finding.count({ where: { insurerId: w.insA.id } })).toBe(0);
    const provider = viewerClient(hub.prisma, providerStaff(w.pA1.id));
    const providerIds = new Set(
      (await provider.finding.findMany({ select: { providerId: true } })).map((x) => x.providerId),
    );
    expect([...providerIds]).toEqual([w.pA1.id]);
    expect(await provider.penalty.count({ where: { providerId: { not: w.pA1.id } } })).toBe(0);
    expect(await provider.auditEvent.count({ where: { entityType: 'TipOff' } })).toBe(0);
    // Raw SQL goes through the same floor.
    const [{ n }] = (await provider.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*)::bigint AS n FROM "Agreement" WHERE "providerId" <> $1::uuid`,
      w.pA1.id,
    )) as [{ n: bigint }];
    expect(Number(n)).toBe(0);
  });

  it('leaves system work (no viewer) unrestricted, and a viewer’s settings end with its transaction', async () => {
    const partner = viewerClient(hub.prisma, partnerViewer(w.partnerQ.id));
    expect(await partner.agreement.count()).toBeLessThan(await hub.prisma.agreement.count());
    const [{ role }] = (await hub.prisma.$queryRawUnsafe<{ role: string }[]>(
      `SELECT current_user::text AS role`,
    )) as [{ role: string }];
    expect(role).not.toMatch(/^hub_viewer/);
    expect(await hub.prisma.tipOff.count()).toBeGreaterThan(0);
  });
});
