import { beforeAll, describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import { createInsurer, createPublishedTemplate, templateCodeOf } from '../factories/records.js';
import { expectNoChange, ok } from './mutation-helpers.js';
import {
  AMEND,
  DRAFT,
  SIGN,
  draftAndSign,
  rawId,
  serviceDraft,
  useAgreementWorld,
  w,
  type AgreementOut,
} from './agreement-fixture.js';
import { APPLY, pharmacy } from './admission-fixture.js';

/**
 * 协议模板: an agreement is written on one of its insurer's published templates of its kind
 * (S2: Ma'anshan re-signed all 585 institutions on its new template). The console offers only
 * those; the API must refuse any other code — unpublished, a draft, retired, of another kind,
 * another insurer's — on drafting, editing a draft, amending and designating on admission.
 */
useAgreementWorld();

const MED = 'MEDICAL_INSTITUTION_SERVICE';
const UPDATE = `mutation ($input: UpdateDraftAgreementInput!) { updateDraftAgreement(input: $input) { agreement { id version } } }`;
const EVALUATE = `mutation ($input: EvaluateApplicationInput!) { evaluateApplication(input: $input) { application { version } } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { application { status agreement { id } } } }`;

const agreements = () => w.hub.prisma.agreement.count();
const versions = () => w.hub.prisma.agreementVersion.count();

beforeAll(async () => {
  const p = w.hub.prisma;
  await createPublishedTemplate(p, {
    insurerId: w.insurerA.id,
    code: 'A-DRAFT',
    status: 'DRAFT',
    publishedAt: null,
  });
  await createPublishedTemplate(p, { insurerId: w.insurerA.id, code: 'A-OLD', status: 'RETIRED' });
  await createPublishedTemplate(p, { insurerId: w.insurerB.id, code: 'B-ONLY' });
});

function expectTemplateRefused(ext: Record<string, unknown>, named: string) {
  const [field] = ext.fields as { path: string[]; messageZh: string; messageEn: string }[];
  expect(field!.path).toEqual(['input', 'templateCode']);
  expect(field!.messageZh).toContain(`模板 ${named} 不是本经办机构已发布的该类协议模板`);
  expect(field!.messageEn).toContain(
    `Template ${named} is not a template of this kind that the insurer has published`,
  );
  expect(String(ext.messageZh)).toContain('输入有误');
}

describe('draftAgreement names a published template of its kind', () => {
  it.each([
    ['a code the insurer never published', 'NO-SUCH', '1'],
    ['a draft template', 'A-DRAFT', '1'],
    ['a retired template', 'A-OLD', '1'],
    ['a published template of another kind', templateCodeOf('OUTPATIENT_SERVICE'), '1'],
    ["another insurer's published template", 'B-ONLY', '1'],
    ['a version that does not exist', templateCodeOf(MED), '2'],
    ['a version that is not a version number', templateCodeOf(MED), '1.0'],
  ])('refuses %s, writing nothing', async (_label, templateCode, templateVersion) => {
    const ext = await expectNoChange(
      w.hub,
      async () => [await agreements(), await versions()],
      () => w.hub.exec(DRAFT, { input: serviceDraft({ templateCode, templateVersion }) }, w.adminA),
      'BAD_USER_INPUT',
    );
    expectTemplateRefused(ext, `${templateCode} ${templateVersion}`);
  });

  it('accepts the published template of its kind (the twin)', async () => {
    const a = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    const v = await w.hub.prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: rawId(a.id) } });
    expect([v.templateCode, v.templateVersion]).toEqual([templateCodeOf(MED), '1']);
  });
});

describe('a draft edited, or a signed agreement amended, stays on a published template of its kind', () => {
  it('refuses changing only the kind (the template is of the old kind); accepts kind and template together', async () => {
    const a = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    const row = () => w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: rawId(a.id) } });
    const ext = await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(UPDATE, { input: { id: a.id, expectedVersion: 1, kind: 'OUTPATIENT_SERVICE' } }, w.adminA),
      'BAD_USER_INPUT',
    );
    expectTemplateRefused(ext, `${templateCodeOf(MED)} 1`);
    const input = {
      id: a.id,
      expectedVersion: 1,
      kind: 'OUTPATIENT_SERVICE',
      templateCode: templateCodeOf('OUTPATIENT_SERVICE'),
    };
    expect(
      ok(
        await w.hub.exec<{ updateDraftAgreement: { agreement: { version: number } } }>(
          UPDATE,
          { input },
          w.adminA,
        ),
      ),
    ).toMatchObject({ updateDraftAgreement: { agreement: { version: 2 } } });
  });

  it('refuses an amendment onto an unpublished template version; accepts the published next version', async () => {
    const a = await draftAndSign();
    const amend = (templateVersion: string) =>
      w.hub.exec(
        AMEND,
        { input: { id: a.id, expectedVersion: 2, changeNote: '新版协议范本', templateVersion } },
        w.adminA,
      );
    const ext = await expectNoChange(w.hub, versions, () => amend('3'), 'BAD_USER_INPUT');
    expectTemplateRefused(ext, `${templateCodeOf(MED)} 3`);
    await createPublishedTemplate(w.hub.prisma, {
      insurerId: w.insurerA.id,
      code: templateCodeOf(MED),
      versionNo: 3,
    });
    expect(ok(await amend('3'))).toMatchObject({ amendAgreement: { agreement: { currentVersionNo: 2 } } });
  });
});

describe('designation on admission drafts on a published template', () => {
  async function evaluated() {
    const applied = ok(
      await w.hub.exec<{ applyForDesignation: { application: { id: string } } }>(
        APPLY,
        { input: { ...pharmacy, applicantNameZh: `药房${Math.random()}` } },
        w.adminA,
      ),
    ).applyForDesignation.application;
    const scores = [
      { item: 'SITE_VISIT', score: 35 },
      { item: 'MATERIALS', score: 25 },
      { item: 'INFORMATION_SYSTEM', score: 25 },
    ];
    ok(
      await w.hub.exec(
        EVALUATE,
        { input: { id: applied.id, expectedVersion: 1, scores } },
        insurerAuditor(w.insurerA.id),
      ),
    );
    return applied.id;
  }

  it('refuses a named template that is not a published pharmacy template; unnamed, takes the published one', async () => {
    const id = await evaluated();
    const ext = await expectNoChange(
      w.hub,
      async () => [await agreements(), await w.hub.prisma.provider.count()],
      () =>
        w.hub.exec(
          DECIDE,
          {
            input: {
              id,
              expectedVersion: 2,
              decision: 'DESIGNATE',
              templateCode: templateCodeOf(MED),
              templateVersion: '1',
            },
          },
          insurerAdmin(w.insurerA.id),
        ),
      'BAD_USER_INPUT',
    );
    expectTemplateRefused(ext, `${templateCodeOf(MED)} 1`);
    const d = ok(
      await w.hub.exec<{ decideApplication: { application: { agreement: { id: string } } } }>(
        DECIDE,
        { input: { id, expectedVersion: 2, decision: 'DESIGNATE' } },
        insurerAdmin(w.insurerA.id),
      ),
    ).decideApplication.application;
    const v = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: rawId(d.agreement.id) },
    });
    expect([v.templateCode, v.templateVersion]).toEqual([templateCodeOf('RETAIL_PHARMACY_SERVICE'), '1']);
  });
});

describe('signing re-checks the draft’s template', () => {
  it('refuses to sign a draft designated before any template of its kind was published; signs once it is on a published one', async () => {
    const p = w.hub.prisma;
    const insurer = await createInsurer(p);
    const admin = insurerAdmin(insurer.id);
    const applied = ok(
      await w.hub.exec<{ applyForDesignation: { application: { id: string } } }>(APPLY, { input: pharmacy }, admin),
    ).applyForDesignation.application;
    const scores = [
      { item: 'SITE_VISIT', score: 35 },
      { item: 'MATERIALS', score: 25 },
      { item: 'INFORMATION_SYSTEM', score: 25 },
    ];
    ok(await w.hub.exec(EVALUATE, { input: { id: applied.id, expectedVersion: 1, scores } }, insurerAuditor(insurer.id)));
    const decided = ok(
      await w.hub.exec<{ decideApplication: { application: { agreement: { id: string } } } }>(
        DECIDE,
        { input: { id: applied.id, expectedVersion: 2, decision: 'DESIGNATE' } },
        admin,
      ),
    ).decideApplication.application;
    const id = decided.agreement.id;
    const row = () => p.agreement.findUniqueOrThrow({ where: { id: rawId(id) } });
    const draft = await row();
    expect(draft.status).toBe('DRAFT');
    const ext = await expectNoChange(
      w.hub,
      row,
      () => w.hub.exec(SIGN, { input: { id, expectedVersion: draft.version } }, admin),
      'TEMPLATE_NOT_PUBLISHED',
    );
    expect(String(ext.messageZh)).toContain('不是本经办机构已发布的该类协议模板，不能签订');
    expect(String(ext.messageEn)).toContain('not a published template of its kind');

    await createPublishedTemplate(p, { insurerId: insurer.id, kind: 'RETAIL_PHARMACY_SERVICE', code: 'C-PHARMACY' });
    const updated = ok(
      await w.hub.exec<{ updateDraftAgreement: { agreement: { version: number } } }>(
        UPDATE,
        { input: { id, expectedVersion: draft.version, templateCode: 'C-PHARMACY', templateVersion: '1' } },
        admin,
      ),
    ).updateDraftAgreement.agreement;
    const signed = ok(
      await w.hub.exec<{ signAgreement: { agreement: AgreementOut } }>(SIGN, { input: { id, expectedVersion: updated.version } }, admin),
    ).signAgreement.agreement;
    expect(['SIGNED', 'ACTIVE']).toContain(signed.status);
  });
});
