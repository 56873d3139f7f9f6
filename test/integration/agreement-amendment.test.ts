import { describe, expect, it } from 'vitest';
import { eventBySeq, expectNoChange, ok } from './mutation-helpers.js';
import { createPublishedTemplate, templateCodeOf } from '../factories/records.js';
import {
  AMEND,
  DRAFT,
  draftAndSign,
  rawId,
  serviceDraft,
  useAgreementWorld,
  w,
  type AgreementOut,
} from './agreement-fixture.js';

/** Amending an agreement into a new version; the old one stays as it was. */
useAgreementWorld();

describe('amendAgreement', () => {
  it('amends into version 2; version 1 stays readable and unchanged', async () => {
    const a = await draftAndSign();
    const id = rawId(a.id);
    // The insurer's 2020 template: version 2 of the code the agreement was drafted on.
    await createPublishedTemplate(w.hub.prisma, {
      insurerId: w.insurerA.id,
      code: templateCodeOf('MEDICAL_INSTITUTION_SERVICE'),
      versionNo: 2,
    });
    const v1Before = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 1 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    const res = ok(
      await w.hub.exec<{
        amendAgreement: { auditSeq: string; agreement: { currentVersionNo: number; status: string } };
      }>(
        AMEND,
        {
          input: {
            id: a.id,
            expectedVersion: 2,
            changeNote: '2020 版协议范本',
            templateVersion: '2',
            clauses: [
              {
                clauseNo: '30',
                titleZh: '违约责任',
                titleEn: 'Liability',
                bodyZh: '按违规费用3倍核减',
                bodyEn: 'Deduct at 3×',
              },
            ],
            removeIndicatorMetrics: ['DRUG_SHARE'],
            indicators: [
              { metric: 'WESTERN_DRUG_STOCKING_RATE', comparator: 'GTE', threshold: '80', unit: 'PERCENT' },
            ],
          },
        },
        w.adminA,
      ),
    ).amendAgreement;
    expect(res.agreement).toMatchObject({ currentVersionNo: 2, status: 'ACTIVE' });
    const v2 = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 2 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    expect(v2.templateVersion).toBe('2');
    expect(v2.clauses.map((c) => [c.clauseNo, c.bodyZh])).toEqual([
      ['1', '甲乙双方……'],
      ['30', '按违规费用3倍核减'],
    ]);
    expect(v2.indicators.map((i) => i.metric)).toEqual(['WESTERN_DRUG_STOCKING_RATE']);
    const v1After = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 1 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    expect(v1After).toEqual(v1Before);
    expect(await eventBySeq(w.hub, res.auditSeq)).toMatchObject({
      type: 'agreement.amended',
      actorId: w.adminA.actorId,
      entityType: 'Agreement',
      entityId: id,
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      data: expect.objectContaining({ versionNo: 2, changedClauses: ['30'] }),
    });
  });

  it('refuses to amend a draft, naming DRAFT, and an amendment that changes nothing', async () => {
    const drafted = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    const versions = () => w.hub.prisma.agreementVersion.count({ where: { agreementId: rawId(drafted.id) } });
    const ext = await expectNoChange(
      w.hub,
      versions,
      () =>
        w.hub.exec(
          AMEND,
          { input: { id: drafted.id, expectedVersion: 1, changeNote: 'x', templateVersion: '2' } },
          w.adminA,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('DRAFT');
    await expectNoChange(
      w.hub,
      versions,
      () => w.hub.exec(AMEND, { input: { id: drafted.id, expectedVersion: 1, changeNote: 'x' } }, w.adminA),
      'BAD_USER_INPUT',
    );
  });
});
