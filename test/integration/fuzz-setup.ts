import { afterAll, beforeAll } from 'vitest';
import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../schema/index.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, platformAdmin } from '../factories/viewers.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { createLogger } from '../../server/logger.js';
import { walker } from './schema-walk.js';
import { plausibleScalar, type IdBook } from './fuzz-values.js';

/**
 * The world the schema-driven fuzz files share (schema-fuzz.test.ts, schema-fuzz-text.test.ts):
 * a test hub with two tenants, the two senders (a platform admin and insurer A's admin, so
 * validation and not authorisation answers), an own and a foreign id of each Node type, plausible
 * input for every argument, and a checksum of every table that a refused mutation must not move.
 */
export interface FuzzWorld {
  hub: TestHub;
  w: TenantWorld;
  schema: GraphQLSchema;
  viewers: [string, Viewer][];
  ids: IdBook;
  /** An id of each Node type the insurer's admin sees, and of each it does not. */
  owned: Map<string, string>;
  foreign: Map<string, string>;
  checksum(): Promise<Map<string, string>>;
  /** Input that passes validation at this argument (or field) of this root field. */
  plausible(type: GraphQLInputType, name: string, fieldName: string, depth?: number): unknown;
  /** The Node type an id-taking argument or field names, from its name and the root field's. */
  idTypeFor(name: string, fieldName: string): string | undefined;
}

export function useFuzzWorld(): FuzzWorld {
  const schema = buildSchema();
  const owned = new Map<string, string>();
  const foreign = new Map<string, string>();
  let queue: JobQueue | undefined;
  let checksumSql = '';
  const f = { schema, viewers: [], owned, foreign } as unknown as FuzzWorld;
  const walk = walker(schema, () => f.hub.prisma);
  f.ids = { own: (type) => owned.get(type), foreign: (type) => foreign.get(type), types: () => [...owned.keys()] };

  beforeAll(async () => {
    f.hub = await createTestHub();
    // Commands that queue work (resuming a screening run) need the queue the hub starts.
    queue = await startJobQueue(f.hub.db.jobTarget, createLogger('silent'));
    f.w = await createTenantWorld(f.hub.prisma);
    const clerk = { ...insurerAdmin(f.w.insA.id), actorId: f.w.users.adminA };
    f.viewers.push(['platform admin', platformAdmin()], ['insurer A admin', clerk]);
    const nodes = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name);
    for (const type of nodes) {
      if (!walk.policyOf(type)) continue;
      const [own] = await walk.visibleIds(type, clerk).catch(() => []);
      const [other] = await walk.hiddenIds(type, clerk, 1).catch(() => []);
      if (own) owned.set(type, own);
      if (other) foreign.set(type, other);
    }
    // One statement summing a hash of every row of every table: a refused mutation must leave it equal.
    const tables = await f.hub.prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND c.relname NOT IN ('_prisma_migrations', 'AccessLogEntry') ORDER BY 1`,
    );
    checksumSql = tables
      .map(({ name }) => `SELECT '${name}' AS t, count(*)::text AS n, coalesce(sum(hashtext(x::text)), 0)::text AS h FROM "${name}" x`)
      .join(' UNION ALL ');
  }, 180_000);
  afterAll(async () => {
    await queue?.stop();
    await f.hub?.close();
  });

  f.checksum = async () => {
    const rows = await f.hub.prisma.$queryRawUnsafe<{ t: string; n: string; h: string }[]>(checksumSql);
    return new Map(rows.map((r) => [r.t, `${r.n}/${r.h}`]));
  };

  f.idTypeFor = (name, fieldName) => {
    const types = f.ids.types().sort((a, b) => b.length - a.length);
    const stem = name.replace(/Ids?$/, '').toLowerCase();
    if (stem && stem !== 'id') {
      // primaryProviderId names a Provider: the longest type its stem ends with.
      const hit = types.find((t) => t.toLowerCase() === stem) ?? types.find((t) => t.toLowerCase().endsWith(stem)) ?? types.find((t) => stem.endsWith(t.toLowerCase()));
      if (hit) return hit;
    }
    // decideApplication's id is a DesignationApplication: the field's last word ends a type's name.
    const last = /[A-Z][a-z]+$/.exec(fieldName)?.[0];
    return types.find((t) => fieldName.toLowerCase().includes(t.toLowerCase())) ?? (last ? types.find((t) => t.endsWith(last)) : undefined);
  };

  f.plausible = function plausible(type, name, fieldName, depth = 0): unknown {
    if (isNonNullType(type)) return plausible(type.ofType, name, fieldName, depth);
    if (isListType(type)) return [plausible(type.ofType, name, fieldName, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = plausible(field.type, field.name, fieldName, depth + 1);
      }
      return out;
    }
    return plausibleScalar(isScalarType(type) ? type.name : '', name, () => {
      const t = f.idTypeFor(name, fieldName);
      return (t && owned.get(t)) ?? owned.get('Agreement');
    });
  };
  return f;
}
