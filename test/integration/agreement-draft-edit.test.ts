import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer, platformAdmin } from '../factories/viewers.js';
import {
  createAgreement,
  createInsurer,
  createPartner,
  createProvider,
  createPublishedTemplate,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };
let provider: { id: string };
let otherProvider: { id: string };
let adminA: ReturnType<typeof insurerAdmin>;

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurerA.id });
  otherProvider = await createProvider(hub.prisma, { insurerId: insurerA.id });
  adminA = insurerAdmin(insurerA.id);
  await createPublishedTemplate(hub.prisma, {
    insurerId: insurerA.id,
    kind: 'OUTPATIENT_SERVICE',
    code: 'MAS-OUT',
  });
});
afterAll(() => hub.close());

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateDraftAgreementInput!) {
    updateDraftAgreement(input: $input) {
      auditSeq
      agreement {
        id
        status
        version
        kind
        endsOn
        provider {
          id
        }
        currentVersion {
          templateCode
          clauses(first: 10) {
            totalCount
          }
        }
      }
    }
  }
`;

type Updated = {
  updateDraftAgreement: {
    auditSeq: string;
    agreement: {
      id: string;
      version: number;
      kind: string;
      endsOn: string;
      provider: { id: string };
      currentVersion: { templateCode: string; clauses: { totalCount: number } };
    };
  };
};

const draft = (insurerId = insurerA.id, status: 'DRAFT' | 'ACTIVE' = 'DRAFT') =>
  createAgreement(hub.prisma, { insurerId, providerId: provider.id, status, signedAt: null });

/** The agreement with its version-1 terms: what a refused edit must leave untouched. */
const snapshot = (id: string) => () =>
  hub.prisma.agreement.findUniqueOrThrow({
    where: { id },
    include: { versions: { include: { clauses: true, indicators: true } } },
  });

const clause = (no: string) => ({
  clauseNo: no,
  titleZh: `第${no}条`,
  titleEn: `Article ${no}`,
  bodyZh: '新正文',
  bodyEn: 'New text',
});

describe('updateDraftAgreement', () => {
  it('edits the draft and replaces version 1 terms, bumping the version, with one audit event', async () => {
    const a = await draft();
    const res = ok(
      await hub.exec<Updated>(
        UPDATE,
        {
          input: {
            id: gid('Agreement', a.id),
            expectedVersion: 1,
            kind: 'OUTPATIENT_SERVICE',
            providerId: gid('Provider', otherProvider.id),
            endsOn: '2027-06-30',
            templateCode: 'MAS-OUT',
            templateVersion: '1',
            clauses: [clause('1'), clause('2'), clause('3')],
            indicators: [],
          },
        },
        adminA,
      ),
    ).updateDraftAgreement;
    expect(res.agreement).toMatchObject({
      status: 'DRAFT',
      version: 2,
      kind: 'OUTPATIENT_SERVICE',
      endsOn: '2027-06-30',
      provider: { id: gid('Provider', otherProvider.id) },
      currentVersion: { templateCode: 'MAS-OUT', clauses: { totalCount: 3 } },
    });
    const v1 = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: a.id },
      include: { clauses: true, indicators: true },
    });
    expect(v1.clauses.map((c) => c.bodyZh)).toEqual(['新正文', '新正文', '新正文']);
    expect(v1.indicators).toEqual([]);
    expect(await hub.prisma.agreementVersion.count({ where: { agreementId: a.id } })).toBe(1);

    const event = await eventBySeq(hub, res.auditSeq);
    expect(event).toMatchObject({
      type: 'agreement.draftUpdated',
      entityType: 'Agreement',
      entityId: a.id,
      actorType: 'USER',
      actorId: adminA.actorId,
      insurerId: insurerA.id,
      providerId: otherProvider.id,
    });
    expect((event.data as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(['kind', 'providerId', 'endsOn', 'templateCode', 'clauses', 'indicators']),
    );
  });

  it('refuses a stale version and writes nothing', async () => {
    const a = await draft();
    const ext = await expectNoChange(
      hub,
      snapshot(a.id),
      () =>
        hub.exec(
          UPDATE,
          { input: { id: gid('Agreement', a.id), expectedVersion: 7, endsOn: '2027-06-30' } },
          adminA,
        ),
      'STALE_VERSION',
    );
    expect(ext).toMatchObject({ expectedVersion: 7, currentVersion: 1 });
  });

  it('refuses a signed agreement with ILLEGAL_TRANSITION naming its state', async () => {
    const a = await draft(insurerA.id, 'ACTIVE');
    const ext = await expectNoChange(
      hub,
      snapshot(a.id),
      () =>
        hub.exec(
          UPDATE,
          { input: { id: gid('Agreement', a.id), expectedVersion: 1, endsOn: '2027-06-30' } },
          adminA,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ACTIVE' });
    expect(String(ext.messageZh)).toContain('生效中');
    expect(String(ext.messageEn)).toContain('active');
  });

  it("answers NOT_FOUND for another insurer's draft", async () => {
    const a = await draft(insurerB.id);
    await expectNoChange(
      hub,
      snapshot(a.id),
      () =>
        hub.exec(
          UPDATE,
          { input: { id: gid('Agreement', a.id), expectedVersion: 1, endsOn: '2027-06-30' } },
          adminA,
        ),
      'NOT_FOUND',
    );
  });

  it('refuses a viewer with FORBIDDEN', async () => {
    const a = await draft();
    await expectNoChange(
      hub,
      snapshot(a.id),
      () =>
        hub.exec(
          UPDATE,
          { input: { id: gid('Agreement', a.id), expectedVersion: 1, endsOn: '2027-06-30' } },
          insurerViewer(insurerA.id),
        ),
      'FORBIDDEN',
    );
  });

  it('validates with field paths: kind of the other family, a partner on a service draft, term order', async () => {
    const a = await draft();
    const partner = await createPartner(hub.prisma);
    const ext = await expectNoChange(
      hub,
      snapshot(a.id),
      () =>
        hub.exec(
          UPDATE,
          {
            input: {
              id: gid('Agreement', a.id),
              expectedVersion: 1,
              kind: 'INVESTIGATION_ENTRUSTMENT',
              partnerId: gid('Partner', partner.id),
              endsOn: '2020-01-01',
            },
          },
          platformAdmin(),
        ),
      'BAD_USER_INPUT',
    );
    const paths = (ext.fields as { path: string[] }[]).map((f) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.kind', 'input.partnerId', 'input.endsOn']));
  });

  it('refuses an edit that changes nothing', async () => {
    const a = await draft();
    const res = await hub.exec(
      UPDATE,
      // The draft's own end date: an edit that sets what is already there.
      { input: { id: gid('Agreement', a.id), expectedVersion: 1, endsOn: a.endsOn.toISOString().slice(0, 10) } },
      adminA,
    );
    refused(res, 'BAD_USER_INPUT');
  });
});
