import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { buildSchema } from '../../schema/index.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createQueryWorld, type QueryWorld } from '../factories/world.js';
import { insurerAdmin, integrator, partnerViewer, providerStaff } from '../factories/viewers.js';
import { appendOne } from '../support/audit.js';
import { EVENT_TYPES } from '../../server/domain/audit-event-types.js';
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
const policyOf = (type: string) =>
  (rowPolicies as Record<string, { where(v: Viewer): unknown }>)[
    type.charAt(0).toLowerCase() + type.slice(1)
  ];

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
});
afterAll(() => hub?.close());

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
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
      if (inner && policyOf(inner.name))
        parts.push(`${field.name}(first: 5) { totalCount edges { node { ${selection(inner, 0)} } } }`);
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
    const viewers = tenantViewers();
    const leaks: string[] = [];
    for (const [who, viewer] of viewers) {
      for (const root of roots) {
        const node = nodeTypeOf(getNamedType(root.type) as GraphQLObjectType)!;
        const result = await hub.exec(
          `{ walk: ${root.name}(first: 20) { totalCount edges { node { ${selection(node, 1)} } } } }`,
          {},
          viewer,
        );
        if (result.errors) {
          // A root the role may not use at all is refused, which is also isolation.
          expect(
            result.errors.every((e) => e.extensions?.code === 'FORBIDDEN'),
            `${who} ${root.name}: ${JSON.stringify(result.errors)}`,
          ).toBe(true);
          continue;
        }
        const walk = (result.data as { walk: { totalCount: number } }).walk;
        const allowed = await (
          hub.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>
        )[node.name.charAt(0).toLowerCase() + node.name.slice(1)]!.count({
          where: policyOf(node.name)!.where(viewer),
        });
        if (walk.totalCount > allowed)
          leaks.push(`${who} ${root.name}.totalCount ${walk.totalCount} > ${allowed}`);
        const ids: string[] = [];
        collectIds(walk, ids);
        for (const globalId of new Set(ids)) {
          const { typename, id } = decodeGlobalID(globalId);
          const policy = policyOf(typename);
          if (!policy) continue;
          const delegate = (hub.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>)[
            typename.charAt(0).toLowerCase() + typename.slice(1)
          ]!;
          if ((await delegate.count({ where: { AND: [{ id }, policy.where(viewer)] } })) !== 1)
            leaks.push(`${who} ${root.name} → ${typename} ${id}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  const tenantViewers = (): [string, Viewer][] => [
    ['partner P', partnerViewer(w.partnerP.id)],
    ['partner Q', partnerViewer(w.partnerQ.id)],
    ['provider A1', providerStaff(w.pA1.id)],
    ['provider B1', providerStaff(w.pB1.id)],
    ['insurer B admin', insurerAdmin(w.insB.id)],
    ['integrator of insurer A', integrator({ insurerId: w.insA.id })],
  ];
  const delegateOf = (type: string) =>
    (hub.prisma as unknown as Record<string, { findMany(a: unknown): Promise<{ id: string }[]> }>)[
      type.charAt(0).toLowerCase() + type.slice(1)
    ]!;
  /** Node types of the schema whose rows have a tenant policy: every one of them, found by walking. */
  const nodeTypes = () =>
    Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType =>
        isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node') && !!policyOf(t.name),
    );
  /** Up to `n` rows of `type` the viewer may NOT see (another tenant's), as global ids. */
  async function hiddenIds(type: string, viewer: Viewer, n = 3): Promise<string[]> {
    const where = policyOf(type)!.where(viewer) as object;
    if (Object.keys(where).length === 0) return []; // shared reference data: nothing is hidden
    const rows = await delegateOf(type).findMany({
      where: { NOT: policyOf(type)!.where(viewer) },
      select: { id: true },
      take: n,
    });
    return rows.map((r) => encodeGlobalID(type, r.id));
  }

  it('answers node and nodes with null for every type’s rows of another tenant', async () => {
    const leaks: string[] = [];
    let probed = 0;
    for (const [who, viewer] of tenantViewers()) {
      for (const type of nodeTypes()) {
        const ids = await hiddenIds(type.name, viewer);
        if (ids.length === 0) continue;
        probed += ids.length;
        const one = await hub.exec(`query ($id: ID!) { node(id: $id) { id } }`, { id: ids[0] }, viewer);
        if ((one.data as { node: unknown } | undefined)?.node) leaks.push(`${who} node(${type.name})`);
        const many = await hub.exec(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, viewer);
        const found = ((many.data as { nodes: ({ id: string } | null)[] } | undefined)?.nodes ?? []).filter(
          Boolean,
        );
        if (found.length > 0) leaks.push(`${who} nodes(${type.name}) → ${found.length}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(probed).toBeGreaterThan(50);
  });

  /** The id-taking fields of a filter input (`providerId`, `agreementIds`, …) and the type each names. */
  function idFilterFields(
    type: GraphQLInputType | undefined,
  ): { name: string; list: boolean; target: string }[] {
    const named = type && getNamedType(type);
    if (!named || !isInputObjectType(named)) return [];
    return Object.values(named.getFields())
      .filter((f) => getNamedType(f.type).name === 'ID' && /Ids?$/.test(f.name))
      .map((f) => {
        const base = f.name.replace(/Ids?$/, '');
        const inner = isNonNullType(f.type) ? f.type.ofType : f.type;
        return {
          name: f.name,
          list: isListType(inner),
          target: base.charAt(0).toUpperCase() + base.slice(1),
        };
      })
      .filter((f) => !!policyOf(f.target));
  }

  it('returns nothing of another tenant through any filter argument that takes an id', async () => {
    const leaks: string[] = [];
    let probed = 0;
    for (const [who, viewer] of tenantViewers()) {
      for (const root of roots) {
        const node = nodeTypeOf(getNamedType(root.type) as GraphQLObjectType)!;
        const filterArg = root.args.find((a) => a.name === 'filter');
        for (const field of idFilterFields(filterArg?.type)) {
          const ids = await hiddenIds(field.target, viewer, 2);
          if (ids.length === 0) continue;
          probed++;
          const filter = { [field.name]: field.list ? ids : ids[0] };
          const result = await hub.exec(
            `query ($filter: ${getNamedType(filterArg!.type).name}) { walk: ${root.name}(first: 20, filter: $filter) { totalCount edges { node { id } } } }`,
            { filter },
            viewer,
          );
          if (result.errors) continue; // refused (FORBIDDEN or BAD_USER_INPUT on the id) is isolation too
          const walk = (result.data as { walk: { totalCount: number; edges: { node: { id: string } }[] } })
            .walk;
          for (const edge of walk.edges) {
            const { typename, id } = decodeGlobalID(edge.node.id);
            const count = await (
              hub.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>
            )[typename.charAt(0).toLowerCase() + typename.slice(1)]!.count({
              where: { AND: [{ id }, policyOf(typename)!.where(viewer)] },
            });
            if (count !== 1) leaks.push(`${who} ${root.name}(filter: ${field.name}) → ${typename} ${id}`);
          }
          if (walk.totalCount > walk.edges.length && walk.edges.length < 20)
            leaks.push(`${who} ${root.name}(filter: ${field.name}).totalCount`);
          expect(node).toBeDefined();
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(probed).toBeGreaterThan(5);
  });

  it('keeps every audit event type of insurer A from every role of another tenant, and tip-off events from non-staff', async () => {
    const entityOf = (type: string) =>
      type.charAt(0).toUpperCase() + type.slice(1, type.indexOf('.') > 0 ? type.indexOf('.') : undefined);
    const ids = new Map<string, string>();
    for (const type of EVENT_TYPES) {
      const { id } = await appendOne(hub.prisma, {
        type,
        entityType: entityOf(type),
        insurerId: w.insA.id,
        providerId: w.pA1.id,
      });
      ids.set(id, type);
    }
    const tipOffTypes = EVENT_TYPES.filter((t) => entityOf(t).startsWith('TipOff'));
    expect(tipOffTypes.length).toBeGreaterThan(0);
    const cases: [string, Viewer, (type: string) => boolean][] = [
      ['insurer B admin', insurerAdmin(w.insB.id), () => true],
      ['integrator of insurer B', integrator({ insurerId: w.insB.id }), () => true],
      ['provider B1', providerStaff(w.pB1.id), () => true],
      ['partner Q', partnerViewer(w.partnerQ.id), () => true],
      ['integrator of partner Q', integrator({ partnerId: w.partnerQ.id }), () => true],
      // Same tenant, but tip-offs reach agency staff only.
      ['integrator of insurer A', integrator({ insurerId: w.insA.id }), (t) => tipOffTypes.includes(t)],
      ['provider A1', providerStaff(w.pA1.id), (t) => tipOffTypes.includes(t)],
      ['partner P', partnerViewer(w.partnerP.id), (t) => tipOffTypes.includes(t)],
      // The authorised twin: the insurer's own admin receives every one of them.
      ['insurer A admin', insurerAdmin(w.insA.id), () => false],
    ];
    const leaks: string[] = [];
    const seenByOwner = new Set<string>();
    const chunks: string[][] = [];
    for (let i = 0; i < EVENT_TYPES.length; i += 20) chunks.push(EVENT_TYPES.slice(i, i + 20));
    for (const [who, viewer, forbidden] of cases) {
      for (const types of chunks) {
        const result = await hub.exec<{
          auditEvents: { edges: { node: { eventId: string; type: string } }[] };
        }>(
          `query ($types: [String!]) { auditEvents(types: $types, first: 100) { edges { node { eventId type } } } }`,
          { types },
          viewer,
        );
        expect(result.errors, `${who}: ${JSON.stringify(result.errors)}`).toBeUndefined();
        for (const { node } of result.data!.auditEvents.edges) {
          const type = ids.get(node.eventId);
          if (type && forbidden(type)) leaks.push(`${who} ← ${type}`);
          if (type && who === 'insurer A admin') seenByOwner.add(node.eventId);
        }
      }
    }
    expect(seenByOwner.size).toBe(ids.size);
    expect(leaks).toEqual([]);
  });
});
