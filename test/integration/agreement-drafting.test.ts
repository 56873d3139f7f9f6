import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import { agencyToday, eventBySeq, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';
import {
  DRAFT,
  rawId,
  serviceDraft,
  useAgreementWorld,
  w,
  type AgreementOut,
} from './agreement-fixture.js';

/** Drafting an agreement: version 1 with its clauses and indicators, and what a draft may not be. */
useAgreementWorld();

describe('draftAgreement', () => {
  it('drafts version 1 with clauses and indicators, one transition and one tagged event', async () => {
    const res = ok(
      await w.hub.exec<{ draftAgreement: { auditSeq: string; agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        w.adminA,
      ),
    );
    const { agreement, auditSeq } = res.draftAgreement;
    expect(agreement).toMatchObject({ status: 'DRAFT', version: 1, currentVersionNo: 1 });
    const id = rawId(agreement.id);
    const version = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id },
      include: { clauses: true, indicators: true },
    });
    expect(version.clauses).toHaveLength(2);
    expect(version.indicators[0]).toMatchObject({
      metric: 'DRUG_SHARE',
      breachMeasure: 'AGREEMENT_SUSPENSION',
    });
    const transitions = await w.hub.prisma.agreementTransition.findMany({ where: { agreementId: id } });
    expect(transitions).toMatchObject([
      { action: 'DRAFT', fromStatus: null, toStatus: 'DRAFT', actorId: w.adminA.actorId },
    ]);
    const event = await eventBySeq(w.hub, auditSeq);
    expect(event).toMatchObject({
      type: 'agreement.drafted',
      actorId: w.adminA.actorId,
      actorType: 'USER',
      entityType: 'Agreement',
      entityId: id,
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      partnerId: null,
    });
  });

  it('drafts a partner agreement with its entrusted work', async () => {
    const res = ok(
      await w.hub.exec<{ draftAgreement: { auditSeq: string; agreement: AgreementOut } }>(
        DRAFT,
        {
          input: serviceDraft({
            family: 'PARTNER',
            kind: 'INVESTIGATION_ENTRUSTMENT',
            providerId: null,
            partnerId: gid('Partner', w.partner.id),
            entrustedWork: ['TRAUMA_INVESTIGATION'],
          }),
        },
        w.adminA,
      ),
    );
    expect((await eventBySeq(w.hub, res.draftAgreement.auditSeq)).partnerId).toBe(w.partner.id);
  });

  const agreements = () => w.hub.prisma.agreement.count();

  it('refuses inconsistent parties with field paths, writing nothing', async () => {
    const ext = await expectNoChange(
      w.hub,
      agreements,
      () =>
        w.hub.exec(
          DRAFT,
          { input: serviceDraft({ providerId: null, partnerId: gid('Partner', w.partner.id) }) },
          w.adminA,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.providerId',
      'input.partnerId',
    ]);
    const ext2 = await expectNoChange(
      w.hub,
      agreements,
      () =>
        w.hub.exec(
          DRAFT,
          {
            input: serviceDraft({
              family: 'PARTNER',
              kind: 'SUPERVISION_SERVICE',
              providerId: null,
              partnerId: gid('Partner', w.partner.id),
            }),
          },
          w.adminA,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext2.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.entrustedWork',
    ]);
  });

  it('refuses a term that ends before it starts', async () => {
    const ext = await expectNoChange(
      w.hub,
      agreements,
      () => w.hub.exec(DRAFT, { input: serviceDraft({ endsOn: iso(plusDays(agencyToday(), -31)) }) }, w.adminA),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'endsOn'],
        message: expect.any(String),
        messageZh: '协议期限的结束日期不能早于开始日期',
        messageEn: expect.any(String),
      },
    ]);
  });

  it('refuses a viewer role (FORBIDDEN) and another insurer (NOT_FOUND)', async () => {
    await expectNoChange(
      w.hub,
      agreements,
      () => w.hub.exec(DRAFT, { input: serviceDraft() }, insurerViewer(w.insurerA.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      w.hub,
      agreements,
      () => w.hub.exec(DRAFT, { input: serviceDraft() }, insurerAdmin(w.insurerB.id)),
      'NOT_FOUND',
    );
  });
});
