import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAccessWorld, type AccessWorld } from '../support/access-world.js';
import { viewerOf } from '../factories/viewers.js';
import { maskIdNumber, maskName } from '../../server/auth/masking.js';
import { flushAccessLog } from '../../server/access-log/record.js';

/**
 * Field masking of personal identifiers per role (server/auth/masking.ts, applied by the read
 * side), and the read access log: who read which agreement, finding or penalty, for platform
 * admins only.
 */
let hub: TestHub;
let world: AccessWorld;

beforeAll(async () => {
  hub = await createTestHub();
  world = await createAccessWorld(hub.prisma);
});
afterAll(async () => {
  await hub?.close();
});

describe('masking of personal identifiers', () => {
  const PHYSICIAN = `query($id: ID!) { physician(id: $id) { idNumber } }`;
  const INSURED = `query($id: ID!) { node(id: $id) { ... on InsuredPerson { nameZh idNumber } } }`;

  it('shows physicians’ id numbers in full only to those who need them', async () => {
    const { a } = world;
    const full = a.physician.idNumber;
    const masked = maskIdNumber(full);
    expect(masked).not.toBe(full);
    const cases: [string, ReturnType<typeof viewerOf>, string][] = [
      ['PLATFORM_ADMIN', viewerOf('PLATFORM_ADMIN'), full],
      ['INSURER_ADMIN', viewerOf('INSURER_ADMIN', { insurerId: a.insurer.id }), full],
      ['INSURER_AUDITOR', viewerOf('INSURER_AUDITOR', { insurerId: a.insurer.id }), full],
      ['INSURER_VIEWER', viewerOf('INSURER_VIEWER', { insurerId: a.insurer.id }), masked],
      ['PROVIDER_STAFF (own provider)', viewerOf('PROVIDER_STAFF', { providerId: a.provider.id }), full],
      ['PARTNER (entrusted)', viewerOf('PARTNER', { partnerId: world.partner.id }), masked],
      ['INTEGRATOR', viewerOf('INTEGRATOR', { insurerId: a.insurer.id }), masked],
    ];
    for (const [role, viewer, expected] of cases) {
      const r = await hub.exec(PHYSICIAN, { id: encodeGlobalID('Physician', a.physician.id) }, viewer);
      expect(r.data?.physician, role).toEqual({ idNumber: expected });
    }
  });

  it('masks insured persons’ names and id numbers for roles without case duties', async () => {
    const { a } = world;
    const id = encodeGlobalID('InsuredPerson', a.insured.id);
    const admin = await hub.exec(INSURED, { id }, viewerOf('INSURER_ADMIN', { insurerId: a.insurer.id }));
    expect(admin.data?.node).toEqual({ nameZh: a.insured.nameZh, idNumber: a.insured.idNumber });
    const viewer = await hub.exec(INSURED, { id }, viewerOf('INSURER_VIEWER', { insurerId: a.insurer.id }));
    expect(viewer.data?.node).toEqual({ nameZh: maskName(a.insured.nameZh), idNumber: maskIdNumber(a.insured.idNumber) });
  });

  it('lets only roles that see ID numbers in full search by one (a masked role would confirm a guess)', async () => {
    const { a } = world;
    const SEARCH = `query($n: String) { insuredPersons(first: 5, filter: { idNumber: $n }) { totalCount edges { node { idNumber } } } }`;
    const admin = await hub.exec<{ insuredPersons: { totalCount: number } }>(SEARCH, { n: a.insured.idNumber }, viewerOf('INSURER_ADMIN', { insurerId: a.insurer.id }));
    expect(admin.data?.insuredPersons.totalCount).toBe(1);
    const auditor = await hub.exec<{ insuredPersons: { totalCount: number } }>(SEARCH, { n: a.insured.idNumber }, viewerOf('INSURER_AUDITOR', { insurerId: a.insurer.id }));
    expect(auditor.data?.insuredPersons.totalCount).toBe(1);
    for (const viewer of [
      viewerOf('INSURER_VIEWER', { insurerId: a.insurer.id }),
      viewerOf('INTEGRATOR', { insurerId: a.insurer.id }),
      viewerOf('PARTNER', { partnerId: world.partner.id }),
      viewerOf('PROVIDER_STAFF', { providerId: a.provider.id }),
    ]) {
      // The right number and a wrong one must answer the same: refused, before any read.
      for (const n of [a.insured.idNumber, '110101199001010000']) {
        const r = await hub.exec(SEARCH, { n }, viewer);
        expect(r.errors?.map((e) => e.extensions?.code), viewer.role!).toEqual(['FORBIDDEN']);
        expect(JSON.stringify(r)).not.toContain(a.insured.idNumber.slice(4, -4));
      }
      // Listing without the filter still works (masked).
      expect((await hub.exec(`{ insuredPersons(first: 1) { totalCount } }`, {}, viewer)).errors, viewer.role!).toBeUndefined();
    }
  });
  it('searches by name in part or ID number whole for the same roles only (the penalty form’s person picker)', async () => {
    const { a } = world;
    const SEARCH = `query($s: String) { insuredPersons(first: 5, filter: { search: $s }) { totalCount edges { node { nameZh } } } }`;
    const admin = viewerOf('INSURER_ADMIN', { insurerId: a.insurer.id });
    const found = async (s: string) =>
      (await hub.exec<{ insuredPersons: { edges: { node: { nameZh: string } }[] } }>(SEARCH, { s }, admin)).data?.insuredPersons.edges.map((e) => e.node.nameZh);
    expect(await found(a.insured.nameZh.slice(1))).toContain(a.insured.nameZh);
    expect(await found(a.insured.idNumber)).toEqual([a.insured.nameZh]);
    // No partial search on the ID number.
    expect(await found(a.insured.idNumber.slice(0, -1))).not.toContain(a.insured.nameZh);
    for (const viewer of [viewerOf('INSURER_VIEWER', { insurerId: a.insurer.id }), viewerOf('PROVIDER_STAFF', { providerId: a.provider.id })]) {
      const r = await hub.exec(SEARCH, { s: a.insured.nameZh }, viewer);
      expect(r.errors?.map((e) => e.extensions?.code), viewer.role!).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(r)).not.toContain(a.insured.nameZh);
    }
  });
});

describe('access log', () => {
  const LOG = `query($f: AccessLogFilter) { accessLog(first: 50, filter: $f) { totalCount edges { node { actorId role entityType entityIds readCount operationName } } } }`;

  it('records who read which agreement, finding and penalty, including through nested relations', async () => {
    const { a } = world;
    const reader = viewerOf('INSURER_AUDITOR', { insurerId: a.insurer.id });
    const r = await hub.exec(
      `query ReadCase($id: ID!) { agreement(id: $id) { number findings { edges { node { number penalties { edges { node { number } } } } } } } }`,
      { id: encodeGlobalID('Agreement', a.agreement.id) },
      reader,
    );
    expect(r.errors).toBeUndefined();
    await flushAccessLog();
    const admin = viewerOf('PLATFORM_ADMIN');
    const log = await hub.exec<{ accessLog: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(LOG, { f: { actorId: reader.actorId } }, admin);
    expect(log.errors).toBeUndefined();
    const entries = log.data!.accessLog.edges.map((e) => e.node);
    expect(entries).toEqual(
      expect.arrayContaining([
        { actorId: reader.actorId, role: 'INSURER_AUDITOR', entityType: 'Agreement', entityIds: [encodeGlobalID('Agreement', a.agreement.id)], readCount: 1, operationName: 'ReadCase' },
        { actorId: reader.actorId, role: 'INSURER_AUDITOR', entityType: 'Finding', entityIds: [encodeGlobalID('Finding', a.finding.id)], readCount: 1, operationName: 'ReadCase' },
        { actorId: reader.actorId, role: 'INSURER_AUDITOR', entityType: 'Penalty', entityIds: [encodeGlobalID('Penalty', a.penalty.id)], readCount: 1, operationName: 'ReadCase' },
      ]),
    );
    expect(log.data!.accessLog.totalCount).toBe(3);

    // Filter by entity: who read this penalty?
    const byEntity = await hub.exec<{ accessLog: { totalCount: number } }>(LOG, { f: { entityId: encodeGlobalID('Penalty', a.penalty.id) } }, admin);
    expect(byEntity.data!.accessLog.totalCount).toBe(1);
    const future = await hub.exec<{ accessLog: { totalCount: number } }>(LOG, { f: { from: '2100-01-01T00:00:00Z' } }, admin);
    expect(future.data!.accessLog.totalCount).toBe(0);
  });

  it('does not log what the tenant filter hid: reading another tenant’s agreement leaves no entry', async () => {
    const spy = viewerOf('INSURER_VIEWER', { insurerId: world.a.insurer.id });
    const r = await hub.exec(`query Peek($id: ID!) { agreement(id: $id) { number } }`, { id: encodeGlobalID('Agreement', world.b.agreement.id) }, spy);
    expect(r.data?.agreement).toBeNull();
    await flushAccessLog();
    expect(await hub.prisma.accessLogEntry.count({ where: { actorId: spy.actorId } })).toBe(0);
  });

  it('is readable by platform admins only', async () => {
    for (const role of ['INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER'] as const) {
      const r = await hub.exec(LOG, {}, viewerOf(role, { insurerId: world.a.insurer.id }));
      expect(r.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(r.data?.accessLog ?? null).toBeNull();
    }
    const partner = await hub.exec(LOG, {}, viewerOf('PARTNER', { partnerId: world.partner.id }));
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a filter on an entity type that is not logged', async () => {
    const r = await hub.exec(LOG, { f: { entityType: 'Provider' } }, viewerOf('PLATFORM_ADMIN'));
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
