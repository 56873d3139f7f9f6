import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatamodel } from '../../schema/generated/pothos-types.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import { createQueryWorld, type QueryWorld } from '../factories/world.js';
import * as f from '../factories/records.js';
import {
  anonymous,
  insurerAdmin,
  insurerViewer,
  integrator,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import { viewerClient } from '../../server/policy/rls-client.js';
import { rowPolicies, SYSTEM_ONLY_SCHEMAS, SYSTEM_ONLY_TABLES } from '../../server/policy/rows.js';
import { audienceWhere, resolveAudience } from '../../server/policy/audience.js';
import { tableName, tablePolicies } from '../../server/policy/rls-sql.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * The database is the floor of tenant isolation: every table is read through a Prisma client
 * WITHOUT any filter, as a viewer's request would (viewerClient), and must return exactly the
 * rows the tenant policy's Prisma filter selects, which the isolation tests check against the
 * world. Tables come from PostgreSQL's catalogue, so a table added later is covered (and fails
 * here until it has a policy).
 */
let hub: TestHub;
let w: QueryWorld;
let tables: string[];
/** The tables a viewer may read at all (every table but the hub's machinery). */
let secured: string[];
const models = new Map(Object.entries(getDatamodel().datamodel.models));

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
  const db = hub.prisma;
  // Rows in the tables the read world leaves empty, for two tenants each.
  const userA = await db.user.create({
    data: {
      username: f.uniq('u'),
      passwordHash: 'x',
      displayName: 'A',
      role: 'INSURER_ADMIN',
      insurerId: w.insA.id,
    },
  });
  const userB = await db.user.create({
    data: {
      username: f.uniq('u'),
      passwordHash: 'x',
      displayName: 'B',
      role: 'PROVIDER_STAFF',
      providerId: w.pB1.id,
    },
  });
  for (const user of [userA, userB]) {
    await db.session.create({
      data: {
        userId: user.id,
        tokenHash: f.uniq('h'),
        csrfToken: 'c',
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
  }
  for (const insurerId of [w.insA.id, w.insB.id]) {
    const client = await db.apiClient.create({ data: { name: f.uniq('c'), role: 'INTEGRATOR', insurerId } });
    await db.apiKey.create({ data: { apiClientId: client.id, prefix: f.uniq('p'), keyHash: 'h' } });
    const endpoint = await db.webhookEndpoint.create({
      data: { apiClientId: client.id, url: 'http://127.0.0.1:1/x', secret: 's', eventTypes: [] },
    });
    await db.webhookDelivery.create({ data: { endpointId: endpoint.id, eventSeq: 1n } });
  }
  const doc = await db.practiceSite.findFirstOrThrow({ select: { physicianId: true } });
  for (const providerId of [w.pA1.id, w.pB1.id]) {
    await db.practiceSignIn.create({
      data: { physicianId: doc.physicianId, providerId, signedInAt: new Date() },
    });
  }
  await db.accessLogEntry.create({
    data: {
      actorType: 'USER',
      actorId: 'x',
      role: 'PLATFORM_ADMIN',
      entityType: 'Agreement',
      entityIds: [w.aA1.id],
    },
  });
  for (const [type, entityType, tags] of [
    ['agreement.signed', 'Agreement', { insurerId: w.insA.id, providerId: w.pA1.id }],
    ['agreement.signed', 'Agreement', { insurerId: w.insB.id, providerId: w.pB1.id }],
    ['tipOff.received', 'TipOff', { insurerId: w.insA.id, providerId: w.pA1.id }],
    ['credit.graded', 'CreditEvaluation', { insurerId: w.insA.id, partnerId: w.partnerQ.id }],
  ] as const) {
    await appendOne(db, { type, entityType, ...tags });
  }
  await db.auditCheckpoint.create({ data: { seq: 1n, hash: 'h' } });
  tables = (
    await db.$queryRawUnsafe<{ relname: string }[]>(
      `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    )
  ).map((r) => r.relname);
  secured = tables.filter((t) => !(t in SYSTEM_ONLY_TABLES));
});
afterAll(() => hub?.close());

const viewers = (): Record<string, Viewer> => ({
  'platform admin': platformAdmin(),
  'insurer A admin': insurerAdmin(w.insA.id),
  'insurer B viewer': insurerViewer(w.insB.id),
  'integrator of insurer A': integrator({ insurerId: w.insA.id }),
  'entrusted partner P': partnerViewer(w.partnerP.id),
  'partner Q (not entrusted)': partnerViewer(w.partnerQ.id),
  'integrator of partner P': integrator({ partnerId: w.partnerP.id }),
  'provider A1 staff': providerStaff(w.pA1.id),
  'provider B1 staff': providerStaff(w.pB1.id),
  anonymous: anonymous(),
});

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
    const unsecured = Object.keys(declared).filter(
      (t) => !byName.get(t)?.relrowsecurity || !byName.get(t)!.policies.includes('hub_read'),
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

  it('shows a partner and a provider none of another tenant’s rows, whatever the query forgets', async () => {
    const partner = viewerClient(hub.prisma, partnerViewer(w.partnerP.id));
    expect((await partner.agreement.findMany({ select: { id: true } })).map((a) => a.id)).not.toContain(
      w.aB1.id,
    );
    expect((await partner.agreement.findMany({ select: { id: true } })).map((a) => a.id)).not.toContain(
      w.aQ.id,
    );
    expect(await partner.tipOff.count()).toBe(0);
    expect(
      await partner.creditEvaluation.count({
        where: { subjectType: 'PARTNER', partnerId: { not: w.partnerP.id } },
      }),
    ).toBe(0);
    expect(await partner.partner.count({ where: { id: w.partnerQ.id } })).toBe(0);
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
    expect(role).not.toBe('hub_viewer');
    expect(await hub.prisma.tipOff.count()).toBeGreaterThan(0);
  });
});
