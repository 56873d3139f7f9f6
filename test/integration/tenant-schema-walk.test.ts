import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { buildSchema } from '../../schema/index.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, integrator, partnerViewer, providerStaff } from '../factories/viewers.js';
import { appendOne } from '../support/audit.js';
import { EVENT_TYPES } from '../../server/domain/audit-event-types.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { collectIds, idFilterFields, nodeTypeOf, requiredArgs, selection, walker } from './schema-walk.js';

/**
 * Isolation proven from the built schema, not from a list: every root connection without
 * required arguments, and one level of every connection and list relation under it, is
 * queried as each tenant viewer; every node that comes back must be a row the tenant policy
 * lets that viewer see, and every `totalCount` must not exceed what the policy allows.
 * A type or field added later is walked without editing this test. The world has rows of two
 * tenants in every tenant table (test/factories/tenant-world.ts), and the tests fail for a
 * connection or node type that never had another tenant's row to withhold.
 */
let hub: TestHub;
let w: TenantWorld;
const schema = buildSchema();
const walk = walker(schema, () => hub.prisma);
const hasPolicy = (type: string) => !!walk.policyOf(type);

beforeAll(async () => {
  hub = await createTestHub();
  w = await createTenantWorld(hub.prisma);
});
afterAll(() => hub?.close());

describe('schema walk', () => {
  const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => {
    const named = getNamedType(f.type);
    return isObjectType(named) && !requiredArgs(f) && nodeTypeOf(named) && hasPolicy(nodeTypeOf(named)!.name);
  });
  const tenantViewers = (): [string, Viewer][] => [
    ['partner P', partnerViewer(w.partnerP.id)],
    ['partner Q', partnerViewer(w.partnerQ.id)],
    ['partner R', partnerViewer(w.partnerR.id)],
    ['provider A1', providerStaff(w.pA1.id)],
    ['provider B1', providerStaff(w.pB1.id)],
    ['insurer B admin', insurerAdmin(w.insB.id)],
    ['integrator of insurer A', integrator({ insurerId: w.insA.id })],
  ];

  it('finds the root connections to walk', () => {
    expect(roots.length).toBeGreaterThan(10);
  });

  it('returns, to each tenant, only rows its policy allows, through every root connection and its relations', async () => {
    const leaks: string[] = [];
    /** Roots that gave some viewer a non-empty part of rows it does not wholly see: the check bit. */
    const bit = new Set<string>();
    const refused = new Map<string, number>();
    for (const [who, viewer] of tenantViewers()) {
      for (const root of roots) {
        const node = nodeTypeOf(getNamedType(root.type) as GraphQLObjectType)!;
        const result = await hub.exec(
          `{ walk: ${root.name}(first: 20) { totalCount edges { node { ${selection(node, 1, hasPolicy)} } } } }`,
          {},
          viewer,
        );
        if (result.errors) {
          // A root the role may not use at all is refused, which is also isolation.
          expect(
            result.errors.every((e) => e.extensions?.code === 'FORBIDDEN'),
            `${who} ${root.name}: ${JSON.stringify(result.errors)}`,
          ).toBe(true);
          refused.set(root.name, (refused.get(root.name) ?? 0) + 1);
          continue;
        }
        const page = (result.data as { walk: { totalCount: number } }).walk;
        const where = walk.policyOf(node.name)!.where(viewer);
        const allowed = await walk.delegateOf(node.name).count({ where });
        const hidden = await walk.delegateOf(node.name).count({ where: { NOT: where } });
        if (page.totalCount > allowed)
          leaks.push(`${who} ${root.name}.totalCount ${page.totalCount} > ${allowed}`);
        if (page.totalCount > 0 && hidden > 0) bit.add(root.name);
        const rows: [string, string][] = [];
        collectIds(page, rows);
        for (const [typename, id] of new Map(rows.map(([t, i]) => [`${t}:${i}`, [t, i] as const])).values()) {
          if ((await walk.allows(typename, id, viewer)) === false)
            leaks.push(`${who} ${root.name} → ${typename} ${id}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // Every root is refused to every tenant, or showed one of them rows while it had others' to withhold.
    const vacuous = roots
      .map((r) => r.name)
      .filter((name) => !bit.has(name) && refused.get(name) !== tenantViewers().length);
    expect(vacuous, 'root connections with no row of another tenant to withhold (seed tenant-world)').toEqual(
      [],
    );
    // Every root connection × relation × tenant viewer: minutes of requests on a loaded 2-core box.
  }, 240_000);

  /** Node types of the schema whose rows have a tenant policy: every one of them, found by walking. */
  const nodeTypes = () =>
    Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType =>
        isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node') && hasPolicy(t.name),
    );

  it('answers node and nodes with null for every type’s rows of another tenant, and with its own rows', async () => {
    const leaks: string[] = [];
    const probed = new Set<string>();
    const answered = new Set<string>();
    const shared = new Set<string>();
    for (const [who, viewer] of tenantViewers()) {
      for (const type of nodeTypes()) {
        const node = async (id: string) =>
          (
            (await hub.exec(`query ($id: ID!) { node(id: $id) { id } }`, { id }, viewer)).data as
              { node: unknown } | undefined
          )?.node;
        // The authorised twin: a row the policy allows comes back (unless the role may not read the type).
        // (Interception is the refused part of MonitoringOutcome: try a few of the viewer's rows.)
        for (const own of answered.has(type.name) ? [] : await walk.visibleIds(type.name, viewer, 3))
          if (await node(own)) answered.add(type.name);
        if (Object.keys(walk.policyOf(type.name)!.where(viewer) as object).length === 0)
          shared.add(type.name);
        const ids = await walk.hiddenIds(type.name, viewer);
        if (ids.length === 0) continue;
        probed.add(type.name);
        if (await node(ids[0]!)) leaks.push(`${who} node(${type.name})`);
        const many = await hub.exec(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, viewer);
        const found = ((many.data as { nodes: ({ id: string } | null)[] } | undefined)?.nodes ?? []).filter(
          Boolean,
        );
        if (found.length > 0) leaks.push(`${who} nodes(${type.name}) → ${found.length}`);
      }
    }
    expect(leaks).toEqual([]);
    const types = nodeTypes().map((t) => t.name);
    expect(
      types.filter((t) => !probed.has(t) && !shared.has(t)),
      'node types with no row of another tenant to probe (seed tenant-world)',
    ).toEqual([]);
    expect(
      types.filter((t) => !answered.has(t)),
      'node types no tenant could load by its own id (the null answers above would prove nothing)',
    ).toEqual([]);
  });

  it('returns nothing of another tenant through any filter argument that takes an id', async () => {
    const leaks: string[] = [];
    let probed = 0;
    for (const [who, viewer] of tenantViewers()) {
      for (const root of roots) {
        const filterArg = root.args.find((a) => a.name === 'filter');
        for (const field of idFilterFields(filterArg?.type, hasPolicy)) {
          const ids = await walk.hiddenIds(field.target, viewer, 2);
          if (ids.length === 0) continue;
          probed++;
          const filter = { [field.name]: field.list ? ids : ids[0] };
          const result = await hub.exec(
            `query ($filter: ${getNamedType(filterArg!.type).name}) { walk: ${root.name}(first: 20, filter: $filter) { totalCount edges { node { id } } } }`,
            { filter },
            viewer,
          );
          if (result.errors) continue; // refused (FORBIDDEN or BAD_USER_INPUT on the id) is isolation too
          const page = (result.data as { walk: { totalCount: number; edges: { node: { id: string } }[] } })
            .walk;
          for (const edge of page.edges) {
            const { typename } = decodeGlobalID(edge.node.id);
            if ((await walk.allows(typename, edge.node.id, viewer)) !== true)
              leaks.push(`${who} ${root.name}(filter: ${field.name}) → ${edge.node.id}`);
          }
          if (page.totalCount > page.edges.length && page.edges.length < 20)
            leaks.push(`${who} ${root.name}(filter: ${field.name}).totalCount`);
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
