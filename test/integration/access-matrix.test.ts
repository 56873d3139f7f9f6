import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID, decodeGlobalID } from '@pothos/plugin-relay';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAccessWorld, type AccessWorld } from '../support/access-world.js';
import { operationsFor, type IdSource } from '../support/operation-builder.js';
import { viewerOf, anonymous } from '../factories/viewers.js';
import { buildSchema } from '../../schema/index.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * THE access matrix (issue 5): every role × every query and mutation root field, enumerated
 * from the built schema so new fields are covered without editing this file. Each role acts
 * for tenant A (or a partner entrusted by A); every operation is aimed at tenant B — B's ids
 * as arguments, as `node`/`nodes` ids and as filter values — and must return nothing of B:
 * no B id anywhere in the answer (nested relations included), every `totalCount` consistent
 * with the edges returned, and every mutation refused with no state change and no event.
 * The platform admin runs the same operations as the control: it must see B's records, so
 * the generated operations really do reach them.
 */
const schema = buildSchema();
let hub: TestHub;
let world: AccessWorld;
let foreign: Map<string, string[]>; // typename → global ids of tenant B
let foreignRaw: Set<string>;
let roles: [string, Viewer][];

/**
 * Fields no tenant data flows through: anonymous by design, the caller's own session, or a
 * sweep over the caller's own tenant (endExpiredSanctions; sanctions.test.ts covers it).
 */
const UNTARGETED_MUTATIONS = new Set(['login', 'logout', 'endExpiredSanctions']);

beforeAll(async () => {
  hub = await createTestHub();
  world = await createAccessWorld(hub.prisma);
  const { a, b } = world;
  const bVersion = await hub.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: b.agreement.id } });
  const bClient = await hub.prisma.apiClient.create({ data: { name: 'B integrator', role: 'INTEGRATOR', insurerId: b.insurer.id } });
  const bKey = await hub.prisma.apiKey.create({ data: { apiClientId: bClient.id, prefix: 'bbbbbbbb', keyHash: '0'.repeat(64) } });
  const bUser = await hub.prisma.user.create({ data: { username: 'b-admin', passwordHash: 'x', displayName: 'B', role: 'INSURER_ADMIN', insurerId: b.insurer.id } });
  const entries: [string, string][] = [
    ['Insurer', b.insurer.id],
    ['Provider', b.provider.id],
    ['Agreement', b.agreement.id],
    ['Agreement', world.otherPartnerAgreement.id],
    ['AgreementVersion', bVersion.id],
    ['Finding', b.finding.id],
    ['Penalty', b.penalty.id],
    ['Appeal', b.appeal.id],
    ['InsuredPerson', b.insured.id],
    ['Physician', b.physician.id],
    ['Partner', world.otherPartner.id],
    ['ApiClient', bClient.id],
    ['ApiKey', bKey.id],
    ['User', bUser.id],
  ];
  foreign = new Map();
  for (const [type, id] of entries) foreign.set(type, [...(foreign.get(type) ?? []), encodeGlobalID(type, id)]);
  foreignRaw = new Set(entries.map(([, id]) => id));
  roles = [
    ['INSURER_ADMIN', viewerOf('INSURER_ADMIN', { insurerId: a.insurer.id })],
    ['INSURER_AUDITOR', viewerOf('INSURER_AUDITOR', { insurerId: a.insurer.id })],
    ['INSURER_VIEWER', viewerOf('INSURER_VIEWER', { insurerId: a.insurer.id })],
    ['PARTNER', viewerOf('PARTNER', { partnerId: world.partner.id })],
    ['PROVIDER_STAFF', viewerOf('PROVIDER_STAFF', { providerId: a.provider.id })],
    ['INTEGRATOR (insurer)', viewerOf('INTEGRATOR', { insurerId: a.insurer.id })],
    ['INTEGRATOR (partner)', viewerOf('INTEGRATOR', { partnerId: world.partner.id })],
    ['anonymous', anonymous()],
  ];
});
afterAll(async () => {
  await hub?.close();
});

const ids = (): IdSource => ({
  idsFor: (typename) => (typename && foreign.has(typename) ? foreign.get(typename)! : [...foreign.values()].flat()),
});

function rootFields(kind: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

/** Raw ids of every `id` in a result, decoded from global IDs. */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') {
        try {
          out.add(decodeGlobalID(v).id);
        } catch {
          out.add(v);
        }
      } else idsIn(v, out);
    }
  }
  return out;
}

/** Every connection in a result whose page was not cut: totalCount must equal the edges shown. */
function countMismatches(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => countMismatches(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.totalCount === 'number' && Array.isArray(o.edges) && o.totalCount <= 20 && o.totalCount !== o.edges.length) {
      out.push(`${path}: totalCount ${o.totalCount} but ${o.edges.length} edges`);
    }
    for (const [k, v] of Object.entries(o)) countMismatches(v, `${path}.${k}`, out);
  }
  return out;
}

async function fingerprint() {
  const { b } = world;
  const [events, agreements, findings, penalties, keys, clients, users, appeals] = await Promise.all([
    hub.prisma.auditEvent.count(),
    hub.prisma.agreement.findMany({ where: { insurerId: b.insurer.id }, select: { id: true, version: true, status: true, updatedAt: true } }),
    hub.prisma.finding.findMany({ where: { agreement: { insurerId: b.insurer.id } }, select: { id: true, version: true, status: true } }),
    hub.prisma.penalty.findMany({ where: { agreement: { insurerId: b.insurer.id } }, select: { id: true, version: true, status: true } }),
    hub.prisma.apiKey.count(),
    hub.prisma.apiClient.count(),
    hub.prisma.user.count(),
    hub.prisma.appeal.count(),
  ]);
  return JSON.stringify({ events, agreements, findings, penalties, keys, clients, users, appeals });
}

const adminSaw = new Set<string>();

describe('queries: another tenant’s data is never returned', () => {
  const fields = rootFields('query');

  it('finds the query root fields in the built schema', () => {
    expect(fields.length).toBeGreaterThan(5);
  });

  it.each(fields.map((f) => [f.name, f] as const))('%s: refused or empty for every role', async (_name, field) => {
    const leaks: string[] = [];
    const admin = viewerOf('PLATFORM_ADMIN');
    for (const op of operationsFor(schema, 'query', field, ids())) {
      const control = await hub.exec(op.query, op.variables, admin);
      const validation = control.errors?.find((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
      // A generated operation that does not even validate would test nothing.
      expect(validation?.message, `${field.name}: ${op.query}`).toBeUndefined();
      for (const id of idsIn(control.data)) adminSaw.add(id);
      leaks.push(...countMismatches(control.data).map((m) => `PLATFORM_ADMIN ${field.name}${m}`));
      for (const [role, viewer] of roles) {
        const result = await hub.exec(op.query, op.variables, viewer);
        const text = JSON.stringify(result.data ?? {});
        const seen = [...new Set([...idsIn(result.data)].filter((id) => foreignRaw.has(id)).concat([...foreignRaw].filter((id) => text.includes(id))))];
        if (seen.length > 0) leaks.push(`${role} ${field.name} ${JSON.stringify(op.variables)} saw ${seen.join(',')}`);
        leaks.push(...countMismatches(result.data).map((m) => `${role} ${field.name}${m}`));
        if (op.variables.filter) {
          const counts = JSON.stringify(result.data ?? {}).match(/"totalCount":(\d+)/g) ?? [];
          if (counts.some((c) => !c.endsWith(':0'))) leaks.push(`${role} ${field.name} filter ${JSON.stringify(op.variables.filter)} counted ${counts}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('the control (platform admin) reached tenant B’s records through the same operations', () => {
    for (const id of [world.b.insurer.id, world.b.provider.id, world.b.agreement.id, world.b.finding.id, world.b.penalty.id]) {
      expect(adminSaw.has(id), `platform admin never saw ${id}`).toBe(true);
    }
  });

  it('still shows each tenant its own records (the matrix is not passing by showing nothing)', async () => {
    const q = `query Own { agreements(first: 20) { totalCount edges { node { id } } } }`;
    for (const [role, viewer] of roles.filter(([r]) => r !== 'anonymous')) {
      const result = await hub.exec(q, {}, viewer);
      const seen = idsIn(result.data);
      expect(seen.has(world.a.agreement.id) || seen.has(world.partnerAgreement.id), role).toBe(true);
    }
  });
});

describe('mutations: nothing of another tenant can be changed', () => {
  it('refuses every mutation root field aimed at tenant B, for every role, without state change or event', async () => {
    const fields = rootFields('mutation').filter((f) => !UNTARGETED_MUTATIONS.has(f.name));
    expect(fields.length).toBeGreaterThan(3);
    const accepted: string[] = [];
    for (const field of fields) {
      for (const op of operationsFor(schema, 'mutation', field, ids()).slice(0, 1)) {
        for (const [role, viewer] of roles) {
          const before = await fingerprint();
          const result = await hub.exec(op.query, op.variables, viewer);
          const after = await fingerprint();
          if (!result.errors?.length) accepted.push(`${role} ${field.name} ${JSON.stringify(op.variables)}`);
          if (after !== before) accepted.push(`${role} ${field.name} changed state`);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('INTERNAL_SERVER_ERROR')) accepted.push(`${role} ${field.name} crashed instead of refusing`);
        }
      }
    }
    expect(accepted).toEqual([]);
    // Every mutation × every role on a shared 2-core machine: the default minute is too tight.
  }, 300_000);

  it('every mutation and query root field is enumerated (a newly added one is picked up here)', () => {
    const payloads = rootFields('mutation').map((f) => getNamedType(f.type));
    expect(payloads.every((t) => isObjectType(t))).toBe(true);
  });
});
