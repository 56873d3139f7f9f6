import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, partnerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, createProvider } from '../factories/records.js';
import { eventBySeq, expectNoChange, ok } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let other: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
});
afterAll(() => hub.close());

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) {
  auditSeq template { id code versionNo status version
    clauses { clauseNo ruleCodes indicatorMetrics ladder { windowMonths steps { measure multiple } } }
    indicators { metric comparator threshold unit } } } }`;
const UPDATE = `mutation ($input: UpdateAgreementTemplateInput!) { updateAgreementTemplate(input: $input) { auditSeq template { version titleZh clauses { clauseNo } } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { auditSeq template { status publishedAt version } } }`;
const LIST = `query ($filter: AgreementTemplateFilter) { agreementTemplates(first: 20, filter: $filter) { totalCount edges { node { code versionNo status } } } }`;

const clause = {
  clauseNo: '12',
  titleZh: '药占比',
  titleEn: 'Drug share',
  bodyZh: '药品费用占比不超过 40%。',
  bodyEn: 'Drug share at most 40 %.',
  ruleCodes: ['DRUG_DIAGNOSIS_MISMATCH'],
  indicatorMetrics: ['DRUG_SHARE'],
  ladder: {
    windowMonths: 12,
    steps: [{ measure: 'FORMAL_TALK' }, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' }, { measure: 'AGREEMENT_SUSPENSION' }],
  },
};
const indicator = { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT' };
const draftInput = (code: string, extra: Record<string, unknown> = {}) => ({
  kind: 'MEDICAL_INSTITUTION_SERVICE',
  code,
  titleZh: '定点医疗机构服务协议（2027 版）',
  titleEn: 'Medical institution service agreement (2027)',
  effectiveFrom: '2027-01-01',
  clauses: [clause],
  indicators: [indicator],
  ...extra,
});

type Template = { id: string; versionNo: number; status: string; version: number; clauses: unknown[] };
async function draft(code: string, viewer = insurerAdmin(insurer.id)) {
  return ok(await hub.exec<{ draftAgreementTemplate: { auditSeq: string; template: Template } }>(DRAFT, { input: draftInput(code) }, viewer))
    .draftAgreementTemplate;
}
const templates = () => hub.prisma.agreementTemplate.findMany({ orderBy: { id: 'asc' } });

describe('draftAgreementTemplate', () => {
  it('drafts version 1 with clauses linked to rules, indicators and a ladder, and its event', async () => {
    const admin = insurerAdmin(insurer.id);
    const r = await draft('MAS-HOSP', admin);
    expect(r.template).toMatchObject({ versionNo: 1, status: 'DRAFT', version: 1 });
    expect(r.template.clauses).toEqual([
      {
        clauseNo: '12',
        ruleCodes: ['DRUG_DIAGNOSIS_MISMATCH'],
        indicatorMetrics: ['DRUG_SHARE'],
        ladder: {
          windowMonths: 12,
          steps: [
            { measure: 'FORMAL_TALK', multiple: null },
            { measure: 'LIQUIDATED_DAMAGES', multiple: '2' },
            { measure: 'AGREEMENT_SUSPENSION', multiple: null },
          ],
        },
      },
    ]);
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'agreementTemplate.drafted',
      entityType: 'AgreementTemplate',
      insurerId: insurer.id,
      actorId: admin.actorId,
      data: { code: 'MAS-HOSP', versionNo: 1, clauses: 1, indicators: 1 },
    });
  });

  it('refuses a second open draft of a code, a clause linking an undefined indicator, and non-admins', async () => {
    await draft('MAS-TWO');
    await expectNoChange(hub, templates, () => hub.exec(DRAFT, { input: draftInput('MAS-TWO') }, insurerAdmin(insurer.id)), 'CONFLICT');
    const ext = await expectNoChange(
      hub,
      templates,
      () => hub.exec(DRAFT, { input: draftInput('MAS-BAD', { indicators: [] }) }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(ext)).toContain('indicatorMetrics');
    await expectNoChange(
      hub,
      templates,
      () => hub.exec(DRAFT, { input: draftInput('MAS-X', { clauses: [{ ...clause, ladder: { windowMonths: 0, steps: [] } }] }) }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    for (const viewer of [insurerAuditor(insurer.id), insurerViewer(insurer.id)]) {
      await expectNoChange(hub, templates, () => hub.exec(DRAFT, { input: draftInput('MAS-Y') }, viewer), 'FORBIDDEN');
    }
    await expectNoChange(hub, templates, () => hub.exec(DRAFT, { input: draftInput('bad code') }, insurerAdmin(insurer.id)), 'BAD_USER_INPUT');
  });
});

describe('updating and publishing', () => {
  it('edits a draft, publishes it, retires the previous version, and then refuses edits', async () => {
    const v1 = await draft('MAS-PUB');
    const edited = ok(
      await hub.exec<{ updateAgreementTemplate: { auditSeq: string; template: { version: number; titleZh: string } } }>(
        UPDATE,
        { input: { id: v1.template.id, expectedVersion: 1, titleZh: '新标题' } },
        insurerAdmin(insurer.id),
      ),
    ).updateAgreementTemplate;
    expect(edited.template).toMatchObject({ version: 2, titleZh: '新标题' });
    expect(await eventBySeq(hub, edited.auditSeq)).toMatchObject({ type: 'agreementTemplate.updated', data: { changed: ['titleZh'] } });

    const p1 = ok(
      await hub.exec<{ publishAgreementTemplate: { auditSeq: string; template: { status: string } } }>(
        PUBLISH,
        { input: { id: v1.template.id, expectedVersion: 2 } },
        insurerAdmin(insurer.id),
      ),
    ).publishAgreementTemplate;
    expect(p1.template.status).toBe('PUBLISHED');
    expect(await eventBySeq(hub, p1.auditSeq)).toMatchObject({ type: 'agreementTemplate.published', data: { versionNo: 1, retiredVersionNos: [] } });

    const v2 = await draft('MAS-PUB');
    expect(v2.template.versionNo).toBe(2);
    const p2 = ok(
      await hub.exec<{ publishAgreementTemplate: { auditSeq: string } }>(
        PUBLISH,
        { input: { id: v2.template.id, expectedVersion: 1 } },
        insurerAdmin(insurer.id),
      ),
    ).publishAgreementTemplate;
    expect(await eventBySeq(hub, p2.auditSeq)).toMatchObject({ data: { versionNo: 2, retiredVersionNos: [1] } });
    const list = ok(await hub.exec<{ agreementTemplates: { edges: { node: { versionNo: number; status: string } }[] } }>(
      LIST,
      { filter: { code: 'MAS-PUB' } },
      insurerViewer(insurer.id),
    )).agreementTemplates.edges.map((e) => e.node);
    expect(list).toEqual(
      expect.arrayContaining([expect.objectContaining({ versionNo: 1, status: 'RETIRED' }), expect.objectContaining({ versionNo: 2, status: 'PUBLISHED' })]),
    );

    await expectNoChange(
      hub,
      templates,
      () => hub.exec(UPDATE, { input: { id: v2.template.id, expectedVersion: 2, titleZh: 'x' } }, insurerAdmin(insurer.id)),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      hub,
      templates,
      () => hub.exec(PUBLISH, { input: { id: v2.template.id, expectedVersion: 2 } }, insurerAdmin(insurer.id)),
      'ILLEGAL_TRANSITION',
    );
  });

  it('refuses a stale version and another insurer, which sees nothing', async () => {
    const v = await draft('MAS-STALE');
    const id = v.template.id;
    await expectNoChange(hub, templates, () => hub.exec(PUBLISH, { input: { id, expectedVersion: 9 } }, insurerAdmin(insurer.id)), 'STALE_VERSION');
    await expectNoChange(hub, templates, () => hub.exec(PUBLISH, { input: { id, expectedVersion: 1 } }, insurerAdmin(other.id)), 'NOT_FOUND');
    const seen = ok(await hub.exec<{ agreementTemplates: { totalCount: number } }>(LIST, {}, insurerAdmin(other.id))).agreementTemplates;
    expect(seen.totalCount).toBe(0);
    const partner = await createPartner(hub.prisma);
    const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: partner.id, entrustedWork: ['SMART_MONITORING'] });
    for (const viewer of [partnerViewer(partner.id), providerStaff(provider.id)]) {
      expect(ok(await hub.exec<{ agreementTemplates: { totalCount: number } }>(LIST, {}, viewer)).agreementTemplates.totalCount).toBe(0);
    }
  });
});
