import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { buildSchema } from '../../schema/index.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createQueryWorld, type QueryWorld } from '../factories/world.js';
import { insurerAdmin, integrator, partnerViewer, providerStaff } from '../factories/viewers.js';
import { rowPolicies } from '../../server/policy/rows.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * Isolation proven from the built schema, not from a list: every root connection without
 * required arguments, and one level of every connection and list relation under it, is
 * queried as each tenant viewer; every node that comes back must be a row the tenant policy
 * lets that viewer see, and every `totalCount` must not exceed what the policy allows.
 * A type or field added later is walked without editing this test.
 */
let hub: TestHub;
let w: QueryWorld;
const schema = buildSchema();
const policyOf = (type: string) => (rowPolicies as Record<string, { where(v: Viewer): unknown }>)[type.charAt(0).toLowerCase() + type.slice(1)];

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
});
afterAll(() => hub?.close());

const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const nodeTypeOf = (type: GraphQLObjectType): GraphQLObjectType | null => {
  if (!type.name.endsWith('Connection') || !type.getFields().totalCount) return null;
  const edges = type.getFields().edges;
  const node = edges && getNamedType(edges.type);
  const inner = node && isObjectType(node) ? getNamedType(node.getFields().node!.type) : null;
  return inner && isObjectType(inner) && inner.getFields().id ? inner : null;
};
/** `{ totalCount edges { node { id … } } }` with one level of nested connections/lists of nodes. */
function selection(node: GraphQLObjectType, depth: number): string {
  const parts = ['id'];
  if (depth > 0) {
    for (const field of Object.values(node.getFields())) {
      if (requiredArgs(field)) continue;
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      const inner = nodeTypeOf(named);
      if (inner && policyOf(inner.name)) parts.push(`${field.name}(first: 5) { totalCount edges { node { ${selection(inner, 0)} } } }`);
      else if (policyOf(named.name) && named.getFields().id) parts.push(`${field.name} { id }`);
    }
  }
  return parts.join(' ');
}

function collectIds(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') out.push(v);
      else collectIds(v, out);
    }
  }
}

describe('schema walk', () => {
  const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => {
    const named = getNamedType(f.type);
    return isObjectType(named) && !requiredArgs(f) && nodeTypeOf(named) && policyOf(nodeTypeOf(named)!.name);
  });

  it('finds the root connections to walk', () => {
    expect(roots.length).toBeGreaterThan(10);
  });

  it('returns, to each tenant, only rows its policy allows, through every root connection and its relations', async () => {
    const viewers: [string, Viewer][] = [
      ['partner P', partnerViewer(w.partnerP.id)],
      ['partner Q', partnerViewer(w.partnerQ.id)],
      ['provider A1', providerStaff(w.pA1.id)],
      ['provider B1', providerStaff(w.pB1.id)],
      ['insurer B admin', insurerAdmin(w.insB.id)],
      ['integrator of insurer A', integrator({ insurerId: w.insA.id })],
    ];
    const leaks: string[] = [];
    for (const [who, viewer] of viewers) {
      for (const root of roots) {
        const node = nodeTypeOf(getNamedType(root.type) as GraphQLObjectType)!;
        const result = await hub.exec(`{ walk: ${root.name}(first: 20) { totalCount edges { node { ${selection(node, 1)} } } } }`, {}, viewer);
        if (result.errors) {
          // A root the role may not use at all is refused, which is also isolation.
          expect(result.errors.every((e) => e.extensions?.code === 'FORBIDDEN'), `${who} ${root.name}: ${JSON.stringify(result.errors)}`).toBe(true);
          continue;
        }
        const walk = (result.data as { walk: { totalCount: number } }).walk;
        const allowed = await (hub.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>)[
          node.name.charAt(0).toLowerCase() + node.name.slice(1)
        ]!.count({ where: policyOf(node.name)!.where(viewer) });
        if (walk.totalCount > allowed) leaks.push(`${who} ${root.name}.totalCount ${walk.totalCount} > ${allowed}`);
        const ids: string[] = [];
        collectIds(walk, ids);
        for (const globalId of new Set(ids)) {
          const { typename, id } = decodeGlobalID(globalId);
          const policy = policyOf(typename);
          if (!policy) continue;
          const delegate = (hub.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>)[typename.charAt(0).toLowerCase() + typename.slice(1)]!;
          if ((await delegate.count({ where: { AND: [{ id }, policy.where(viewer)] } })) !== 1) leaks.push(`${who} ${root.name} → ${typename} ${id}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
