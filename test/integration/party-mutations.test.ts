import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, platformAdmin } from '../factories/viewers.js';
import {
  createAgreement,
  createInsurer,
  createPartner,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };
let adminA: ReturnType<typeof insurerAdmin>;

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
  adminA = insurerAdmin(insurerA.id);
});
afterAll(() => hub.close());

const UPDATE_PROVIDER = `mutation ($input: UpdateProviderInput!) { updateProvider(input: $input) { auditSeq provider { id version nameZh address licenceScope hospitalGrade regionCode status } } }`;
const UPDATE_PARTNER = `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { auditSeq partner { id version nameEn kind } } }`;
const UPDATE_PHYSICIAN = `mutation ($input: UpdatePhysicianInput!) { updatePhysician(input: $input) { auditSeq physician { id version nameZh licenceNumber profession } } }`;

const providerRow = (id: string) => () => hub.prisma.provider.findUniqueOrThrow({ where: { id } });
const partnerRow = (id: string) => () => hub.prisma.partner.findUniqueOrThrow({ where: { id } });
const physicianRow = (id: string) => () => hub.prisma.physician.findUniqueOrThrow({ where: { id } });

describe('updateProvider', () => {
  it('edits the named fields only, bumps the version and records before/after in its event', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id, address: '旧址' });
    const res = ok(
      await hub.exec<{ updateProvider: { auditSeq: string; provider: Record<string, unknown> } }>(
        UPDATE_PROVIDER,
        {
          input: {
            id: gid('Provider', p.id),
            expectedVersion: 1,
            nameZh: '马鞍山市新名称医院',
            address: null,
            licenceScope: ['内科', '外科', '康复医学科'],
            hospitalGrade: 'GRADE_3',
          },
        },
        adminA,
      ),
    ).updateProvider;
    expect(res.provider).toMatchObject({
      version: 2,
      nameZh: '马鞍山市新名称医院',
      address: null,
      licenceScope: ['内科', '外科', '康复医学科'],
      hospitalGrade: 'GRADE_3',
      regionCode: p.regionCode,
      status: 'ACTIVE',
    });
    const event = await eventBySeq(hub, res.auditSeq);
    expect(event).toMatchObject({
      type: 'provider.updated',
      entityType: 'Provider',
      entityId: p.id,
      actorType: 'USER',
      actorId: adminA.actorId,
      insurerId: insurerA.id,
      providerId: p.id,
    });
    expect((event.data as { changes: Record<string, unknown> }).changes).toEqual({
      nameZh: { from: p.nameZh, to: '马鞍山市新名称医院' },
      address: { from: '旧址', to: null },
      licenceScope: { from: ['内科', '外科'], to: ['内科', '外科', '康复医学科'] },
      hospitalGrade: { from: 'GRADE_2', to: 'GRADE_3' },
    });
  });

  it('refuses a stale version and writes nothing', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id, version: 3 });
    const ext = await expectNoChange(
      hub,
      providerRow(p.id),
      () =>
        hub.exec(
          UPDATE_PROVIDER,
          { input: { id: gid('Provider', p.id), expectedVersion: 2, nameZh: '新' } },
          adminA,
        ),
      'STALE_VERSION',
    );
    expect(ext).toMatchObject({ expectedVersion: 2, currentVersion: 3 });
  });

  it("answers NOT_FOUND for another insurer's provider, even one it contracts", async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerB.id });
    await createAgreement(hub.prisma, { insurerId: insurerA.id, providerId: p.id });
    await expectNoChange(
      hub,
      providerRow(p.id),
      () =>
        hub.exec(
          UPDATE_PROVIDER,
          { input: { id: gid('Provider', p.id), expectedVersion: 1, nameZh: '新' } },
          adminA,
        ),
      'NOT_FOUND',
    );
  });

  it('refuses an auditor (FORBIDDEN) and a pharmacy class on a hospital (field path)', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    await expectNoChange(
      hub,
      providerRow(p.id),
      () =>
        hub.exec(
          UPDATE_PROVIDER,
          { input: { id: gid('Provider', p.id), expectedVersion: 1, nameZh: '新' } },
          insurerAuditor(insurerA.id),
        ),
      'FORBIDDEN',
    );
    const ext = await expectNoChange(
      hub,
      providerRow(p.id),
      () =>
        hub.exec(
          UPDATE_PROVIDER,
          { input: { id: gid('Provider', p.id), expectedVersion: 1, pharmacyClass: 'A', regionCode: '34' } },
          adminA,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual(
      expect.arrayContaining(['input.regionCode']),
    );
    const ext2 = refused(
      await hub.exec(
        UPDATE_PROVIDER,
        { input: { id: gid('Provider', p.id), expectedVersion: 1, pharmacyClass: 'A' } },
        adminA,
      ),
      'BAD_USER_INPUT',
    );
    expect((ext2.fields as { path: string[] }[])[0]!.path).toEqual(['input', 'pharmacyClass']);
  });
});

describe('updatePartner', () => {
  it('platform admin edits names and kind, with its audit event', async () => {
    const partner = await createPartner(hub.prisma);
    const admin = platformAdmin();
    const res = ok(
      await hub.exec<{ updatePartner: { auditSeq: string; partner: Record<string, unknown> } }>(
        UPDATE_PARTNER,
        {
          input: {
            id: gid('Partner', partner.id),
            expectedVersion: 1,
            nameEn: 'New Name',
            kind: 'IT_VENDOR',
          },
        },
        admin,
      ),
    ).updatePartner;
    expect(res.partner).toMatchObject({ version: 2, nameEn: 'New Name', kind: 'IT_VENDOR' });
    expect(await eventBySeq(hub, res.auditSeq)).toMatchObject({
      type: 'partner.updated',
      entityType: 'Partner',
      entityId: partner.id,
      actorId: admin.actorId,
      partnerId: partner.id,
    });
  });

  it('refuses an insurer admin (FORBIDDEN) and a stale version, writing nothing', async () => {
    const partner = await createPartner(hub.prisma);
    await createAgreement(hub.prisma, { insurerId: insurerA.id, partnerId: partner.id });
    await expectNoChange(
      hub,
      partnerRow(partner.id),
      () =>
        hub.exec(
          UPDATE_PARTNER,
          { input: { id: gid('Partner', partner.id), expectedVersion: 1, nameEn: 'X' } },
          adminA,
        ),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      partnerRow(partner.id),
      () =>
        hub.exec(
          UPDATE_PARTNER,
          { input: { id: gid('Partner', partner.id), expectedVersion: 2, nameEn: 'X' } },
          platformAdmin(),
        ),
      'STALE_VERSION',
    );
  });
});

describe('updatePhysician', () => {
  it("edits a physician of the insurer's provider, tagged with insurer and primary provider", async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const doc = await createPhysician(hub.prisma, { primaryProviderId: p.id });
    const res = ok(
      await hub.exec<{ updatePhysician: { auditSeq: string; physician: Record<string, unknown> } }>(
        UPDATE_PHYSICIAN,
        {
          input: {
            id: gid('Physician', doc.id),
            expectedVersion: 1,
            licenceNumber: 'LIC-NEW-1',
            profession: 'PHARMACIST',
          },
        },
        adminA,
      ),
    ).updatePhysician;
    expect(res.physician).toMatchObject({ version: 2, licenceNumber: 'LIC-NEW-1', profession: 'PHARMACIST' });
    expect(await eventBySeq(hub, res.auditSeq)).toMatchObject({
      type: 'physician.updated',
      entityType: 'Physician',
      entityId: doc.id,
      actorId: adminA.actorId,
      insurerId: insurerA.id,
      providerId: p.id,
    });
  });

  it("refuses another insurer's physician (NOT_FOUND) and a stale version, writing nothing", async () => {
    const other = await createProvider(hub.prisma, { insurerId: insurerB.id });
    const foreign = await createPhysician(hub.prisma, { primaryProviderId: other.id });
    await expectNoChange(
      hub,
      physicianRow(foreign.id),
      () =>
        hub.exec(
          UPDATE_PHYSICIAN,
          { input: { id: gid('Physician', foreign.id), expectedVersion: 1, nameZh: '新' } },
          adminA,
        ),
      'NOT_FOUND',
    );
    const own = await createPhysician(hub.prisma, {
      primaryProviderId: (await createProvider(hub.prisma, { insurerId: insurerA.id })).id,
    });
    await expectNoChange(
      hub,
      physicianRow(own.id),
      () =>
        hub.exec(
          UPDATE_PHYSICIAN,
          { input: { id: gid('Physician', own.id), expectedVersion: 5, nameZh: '新' } },
          adminA,
        ),
      'STALE_VERSION',
    );
  });
});
