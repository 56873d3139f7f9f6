import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { runResigningCampaign } from '../../server/domain/templates/run-resigning-campaign.js';

let hub: TestHub;
let insurer: { id: string };
let providers: { id: string }[];
let agreements: { id: string; providerId: string | null }[];
let templateId: string;

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { template { id } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { template { id } } }`;
const START = `mutation ($input: StartResigningCampaignInput!) { startResigningCampaign(input: $input) { auditSeq campaign { id total status } } }`;
const DECLINE = `mutation ($input: DeclineResigningInput!) { declineResigning(input: $input) { auditSeq item { status reason reasonCode reasonZh reasonEn } } }`;
const CAMPAIGN = `query ($id: ID!) { node(id: $id) { ... on ResigningCampaign { status total counts { pending resigned excepted refused }
  items(first: 50) { totalCount edges { node { id status reason reasonCode reasonZh reasonEn versionNo agreement { id } } } } } } }`;

const admin = () => insurerAdmin(insurer.id);

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  const other = await createInsurer(hub.prisma);
  providers = await Promise.all(Array.from({ length: 6 }, () => createProvider(hub.prisma, { insurerId: insurer.id })));
  agreements = [];
  for (const [i, p] of providers.entries()) {
    agreements.push(await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: p.id, status: i === 5 ? 'SUSPENDED' : 'ACTIVE' }));
  }
  // Out of scope: terminated, another kind, another insurer.
  await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: providers[0]!.id, status: 'TERMINATED' });
  await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: providers[1]!.id, kind: 'RETAIL_PHARMACY_SERVICE' });
  const otherProvider = await createProvider(hub.prisma, { insurerId: other.id });
  await createAgreement(hub.prisma, { insurerId: other.id, providerId: otherProvider.id });

  const drafted = ok(
    await hub.exec<{ draftAgreementTemplate: { template: { id: string } } }>(
      DRAFT,
      {
        input: {
          kind: 'MEDICAL_INSTITUTION_SERVICE',
          code: 'MAS-CAMPAIGN',
          titleZh: '2027 版服务协议',
          titleEn: '2027 service agreement',
          effectiveFrom: '2026-01-01',
          clauses: [{ clauseNo: '1', titleZh: '总则', titleEn: 'General', bodyZh: '新条款', bodyEn: 'New clause' }],
          indicators: [{ metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '38', unit: 'PERCENT' }],
        },
      },
      admin(),
    ),
  ).draftAgreementTemplate.template;
  templateId = drafted.id;
});
afterAll(() => hub.close());

const itemsSnapshot = () => hub.prisma.resigningCampaignItem.findMany({ orderBy: { id: 'asc' } });

describe('startResigningCampaign', () => {
  it('refuses a template that is not published', async () => {
    await expectNoChange(hub, itemsSnapshot, () => hub.exec(START, { input: { templateId } }, admin()), 'ILLEGAL_TRANSITION');
  });

  it('lists every agreement in force of the kind, excepted providers apart, with its event', async () => {
    ok(await hub.exec(PUBLISH, { input: { id: templateId, expectedVersion: 1 } }, admin()));
    const r = ok(
      await hub.exec<{ startResigningCampaign: { auditSeq: string; campaign: { id: string; total: number; status: string } } }>(
        START,
        { input: { templateId, exceptProviderIds: [gid('Provider', providers[4]!.id)] } },
        admin(),
      ),
    ).startResigningCampaign;
    expect(r.campaign).toMatchObject({ total: 6, status: 'RUNNING' });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'resigningCampaign.started',
      insurerId: insurer.id,
      data: { templateCode: 'MAS-CAMPAIGN', agreements: 6, excepted: 1 },
    });
    const items = await itemsSnapshot();
    expect(items.map((i) => i.agreementId).sort()).toEqual(agreements.map((a) => a.id).sort());
    expect(items.find((i) => i.providerId === providers[4]!.id)).toMatchObject({ status: 'EXCEPTED' });
    await expectNoChange(hub, itemsSnapshot, () => hub.exec(START, { input: { templateId } }, admin()), 'CONFLICT');
    await expectNoChange(hub, itemsSnapshot, () => hub.exec(START, { input: { templateId } }, insurerViewer(insurer.id)), 'FORBIDDEN');
  });

  it('lets a provider refuse its own item only, while it is pending', async () => {
    const items = await itemsSnapshot();
    const own = items.find((i) => i.providerId === providers[3]!.id)!;
    const others = items.find((i) => i.providerId === providers[2]!.id)!;
    await expectNoChange(
      hub,
      itemsSnapshot,
      () => hub.exec(DECLINE, { input: { itemId: gid('ResigningCampaignItem', others.id), reason: '不同意' } }, providerStaff(providers[3]!.id)),
      'NOT_FOUND',
    );
    const r = ok(
      await hub.exec<{ declineResigning: { auditSeq: string; item: Record<string, string> } }>(
        DECLINE,
        { input: { itemId: gid('ResigningCampaignItem', own.id), reason: '对第 12 条有异议' } },
        providerStaff(providers[3]!.id),
      ),
    ).declineResigning;
    expect(r.item).toEqual({
      status: 'REFUSED',
      reasonCode: 'DECLINED',
      reason: '对第 12 条有异议',
      reasonZh: '拒绝重签：对第 12 条有异议',
      reasonEn: 'Declined to re-sign: 对第 12 条有异议',
    });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'resigningCampaign.declined',
      providerId: providers[3]!.id,
      data: { reason: '对第 12 条有异议' },
    });
    await expectNoChange(
      hub,
      itemsSnapshot,
      () => hub.exec(DECLINE, { input: { itemId: gid('ResigningCampaignItem', own.id), reason: '再次' } }, providerStaff(providers[3]!.id)),
      'ILLEGAL_TRANSITION',
    );
  });
});

describe('running the campaign', () => {
  it('resumes after a crash mid-item without re-signing any agreement twice', async () => {
    const campaign = await hub.prisma.resigningCampaign.findFirstOrThrow({ where: { status: 'RUNNING' } });
    // A slice of two items, then a "crash" inside the third item's transaction (after the
    // agreement's new version was written, before the item was marked): all of it rolls back.
    const first = await runResigningCampaign(campaign.id, { limit: 2 });
    expect(first).toMatchObject({ processed: 2, completed: false });
    let calls = 0;
    const crashing = () => {
      calls += 1;
      if (calls === 2) throw new Error('process killed');
      return new Date();
    };
    await expect(runResigningCampaign(campaign.id, { now: crashing })).rejects.toThrow('process killed');
    const pendingAfterCrash = await hub.prisma.resigningCampaignItem.count({ where: { campaignId: campaign.id, status: 'PENDING' } });
    expect(pendingAfterCrash).toBe(2);

    // Two workers resume at once (SKIP LOCKED shares the items), and a third run finds nothing.
    const [a, b] = await Promise.all([runResigningCampaign(campaign.id), runResigningCampaign(campaign.id)]);
    expect(a.processed + b.processed).toBe(2);
    expect([a.completed, b.completed].filter(Boolean)).toHaveLength(1);
    expect(await runResigningCampaign(campaign.id)).toMatchObject({ processed: 0, remaining: 0, completed: false });

    for (const agreement of agreements) {
      const item = await hub.prisma.resigningCampaignItem.findFirstOrThrow({ where: { campaignId: campaign.id, agreementId: agreement.id } });
      const versions = await hub.prisma.agreementVersion.count({ where: { agreementId: agreement.id } });
      const amended = await hub.prisma.auditEvent.count({
        where: { entityId: agreement.id, type: 'agreement.amended', data: { path: ['campaignId'], equals: campaign.id } },
      });
      if (item.status === 'RESIGNED') {
        expect(versions).toBe(2);
        expect(amended).toBe(1);
        expect(item.versionNo).toBe(2);
      } else {
        expect(versions).toBe(1);
        expect(amended).toBe(0);
      }
    }
    const current = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: agreements[0]!.id, versionNo: 2 },
      include: { clauses: true, indicators: true },
    });
    expect(current).toMatchObject({ templateCode: 'MAS-CAMPAIGN', templateVersion: '1' });
    expect(current.clauses.map((c) => c.bodyZh)).toEqual(['新条款']);
    expect(current.indicators.map((i) => [i.metric, i.threshold.toString()])).toEqual([['DRUG_SHARE', '38']]);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'resigningCampaign.completed', entityId: campaign.id } })).toBe(1);

    const view = ok(
      await hub.exec<{
        node: { status: string; counts: Record<string, number>; items: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
      }>(
        CAMPAIGN,
        { id: gid('ResigningCampaign', campaign.id) },
        insurerViewer(insurer.id),
      ),
    ).node;
    expect(view.status).toBe('COMPLETED');
    expect(view.counts).toEqual({ pending: 0, resigned: 4, excepted: 1, refused: 1 });
    expect(view.items.totalCount).toBe(6);
    // The excepted provider's item gives its reason as a code, with zh and en text.
    expect(view.items.edges.map((e) => e.node).find((n) => n.status === 'EXCEPTED')).toMatchObject({
      reasonCode: 'PROVIDER_EXCEPTED',
      reason: null,
      reasonZh: '该机构在本次重签的例外名单中',
      reasonEn: 'The provider is on the campaign’s exception list',
    });

    // A provider sees the campaign, but only its own item.
    const mine = ok(
      await hub.exec<{ node: { counts: Record<string, number>; items: { totalCount: number; edges: { node: { status: string } }[] } } }>(
        CAMPAIGN,
        { id: gid('ResigningCampaign', campaign.id) },
        providerStaff(providers[3]!.id),
      ),
    ).node;
    expect(mine.items.totalCount).toBe(1);
    expect(mine.items.edges[0]!.node.status).toBe('REFUSED');
    expect(mine.counts).toEqual({ pending: 0, resigned: 0, excepted: 0, refused: 1 });
  });
});
