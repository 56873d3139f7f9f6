import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer, platformAdmin } from '../factories/viewers.js';
import {
  createAgreement,
  createAssessment,
  createInsurer,
  createPartner,
  createProvider,
} from '../factories/records.js';
import { expireAgreements } from '../../server/domain/agreements/expire-agreements.js';
import {
  auditCount,
  eventBySeq,
  expectNoChange,
  gid,
  iso,
  lastEvents,
  ok,
  plusDays,
  refused,
  todayUtc,
} from './mutation-helpers.js';

let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };
let provider: { id: string };
let partner: { id: string };
let adminA: ReturnType<typeof insurerAdmin>;
const today = todayUtc();

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurerA.id });
  partner = await createPartner(hub.prisma);
  adminA = insurerAdmin(insurerA.id);
});
afterAll(() => hub.close());

const DRAFT = /* GraphQL */ `
  mutation ($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      auditSeq
      agreement {
        id
        status
        version
        currentVersionNo
        number
      }
    }
  }
`;
const SIGN = `mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { auditSeq agreement { id status version signedAt } } }`;
const SUSPEND = `mutation ($input: SuspendAgreementInput!) { suspendAgreement(input: $input) { auditSeq agreement { status suspensionScope version } } }`;
const RESUME = `mutation ($input: ResumeAgreementInput!) { resumeAgreement(input: $input) { auditSeq agreement { status suspensionScope version } } }`;
const AMEND = `mutation ($input: AmendAgreementInput!) { amendAgreement(input: $input) { auditSeq agreement { status currentVersionNo version } } }`;
const TERMINATE = `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { auditSeq agreement { status terminatedAt version } } }`;
const RENEW = `mutation ($input: RenewAgreementInput!) { renewAgreement(input: $input) { auditSeq agreement { id status startsOn endsOn renewedFrom { id } } } }`;

type AgreementOut = { id: string; status: string; version: number; currentVersionNo: number; number: string };

function serviceDraft(over: Record<string, unknown> = {}) {
  return {
    family: 'SERVICE',
    kind: 'MEDICAL_INSTITUTION_SERVICE',
    providerId: gid('Provider', provider.id),
    startsOn: iso(plusDays(today, -30)),
    endsOn: iso(plusDays(today, 335)),
    templateCode: 'MAS-MED',
    templateVersion: '2019.1',
    clauses: [
      { clauseNo: '1', titleZh: '总则', titleEn: 'General', bodyZh: '甲乙双方……', bodyEn: 'The parties …' },
      {
        clauseNo: '30',
        titleZh: '违约责任',
        titleEn: 'Liability',
        bodyZh: '按违规费用2倍核减',
        bodyEn: 'Deduct at 2×',
      },
    ],
    indicators: [
      {
        metric: 'DRUG_SHARE',
        comparator: 'LTE',
        threshold: '40',
        unit: 'PERCENT',
        breachMeasure: 'AGREEMENT_SUSPENSION',
      },
    ],
    ...over,
  };
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const agreementRow = (id: string) => hub.prisma.agreement.findUniqueOrThrow({ where: { id: rawId(id) } });

async function draftAndSign(over: Record<string, unknown> = {}) {
  const drafted = ok(
    await hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
      DRAFT,
      { input: serviceDraft(over) },
      adminA,
    ),
  ).draftAgreement.agreement;
  const signed = ok(
    await hub.exec<{ signAgreement: { agreement: AgreementOut } }>(
      SIGN,
      { input: { id: drafted.id, expectedVersion: 1 } },
      adminA,
    ),
  );
  return signed.signAgreement.agreement;
}

describe('draftAgreement', () => {
  it('drafts version 1 with clauses and indicators, one transition and one tagged event', async () => {
    const res = ok(
      await hub.exec<{ draftAgreement: { auditSeq: string; agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        adminA,
      ),
    );
    const { agreement, auditSeq } = res.draftAgreement;
    expect(agreement).toMatchObject({ status: 'DRAFT', version: 1, currentVersionNo: 1 });
    const id = rawId(agreement.id);
    const version = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id },
      include: { clauses: true, indicators: true },
    });
    expect(version.clauses).toHaveLength(2);
    expect(version.indicators[0]).toMatchObject({
      metric: 'DRUG_SHARE',
      breachMeasure: 'AGREEMENT_SUSPENSION',
    });
    const transitions = await hub.prisma.agreementTransition.findMany({ where: { agreementId: id } });
    expect(transitions).toMatchObject([
      { action: 'DRAFT', fromStatus: null, toStatus: 'DRAFT', actorId: adminA.actorId },
    ]);
    const event = await eventBySeq(hub, auditSeq);
    expect(event).toMatchObject({
      type: 'agreement.drafted',
      actorId: adminA.actorId,
      actorType: 'USER',
      entityType: 'Agreement',
      entityId: id,
      insurerId: insurerA.id,
      providerId: provider.id,
      partnerId: null,
    });
  });

  it('drafts a partner agreement with its entrusted work', async () => {
    const res = ok(
      await hub.exec<{ draftAgreement: { auditSeq: string; agreement: AgreementOut } }>(
        DRAFT,
        {
          input: serviceDraft({
            family: 'PARTNER',
            kind: 'INVESTIGATION_ENTRUSTMENT',
            providerId: null,
            partnerId: gid('Partner', partner.id),
            entrustedWork: ['TRAUMA_INVESTIGATION'],
          }),
        },
        adminA,
      ),
    );
    expect((await eventBySeq(hub, res.draftAgreement.auditSeq)).partnerId).toBe(partner.id);
  });

  const agreements = () => hub.prisma.agreement.count();

  it('refuses inconsistent parties with field paths, writing nothing', async () => {
    const ext = await expectNoChange(
      hub,
      agreements,
      () =>
        hub.exec(
          DRAFT,
          { input: serviceDraft({ providerId: null, partnerId: gid('Partner', partner.id) }) },
          adminA,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.providerId',
      'input.partnerId',
    ]);
    const ext2 = await expectNoChange(
      hub,
      agreements,
      () =>
        hub.exec(
          DRAFT,
          {
            input: serviceDraft({
              family: 'PARTNER',
              kind: 'SUPERVISION_SERVICE',
              providerId: null,
              partnerId: gid('Partner', partner.id),
            }),
          },
          adminA,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext2.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.entrustedWork',
    ]);
  });

  it('refuses a term that ends before it starts', async () => {
    const ext = await expectNoChange(
      hub,
      agreements,
      () => hub.exec(DRAFT, { input: serviceDraft({ endsOn: iso(plusDays(today, -31)) }) }, adminA),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toEqual([{ path: ['input', 'endsOn'], message: expect.any(String) }]);
  });

  it('refuses a viewer role (FORBIDDEN) and another insurer (NOT_FOUND)', async () => {
    await expectNoChange(
      hub,
      agreements,
      () => hub.exec(DRAFT, { input: serviceDraft() }, insurerViewer(insurerA.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      agreements,
      () => hub.exec(DRAFT, { input: serviceDraft() }, insurerAdmin(insurerB.id)),
      'NOT_FOUND',
    );
  });
});

describe('sign, suspend, resume, amend', () => {
  it('signing a started term activates; signing twice names the current state', async () => {
    const agreement = await draftAndSign();
    expect(agreement).toMatchObject({ status: 'ACTIVE', version: 2 });
    const [event] = await lastEvents(hub);
    expect(event).toMatchObject({
      type: 'agreement.signed',
      actorId: adminA.actorId,
      entityId: rawId(agreement.id),
      insurerId: insurerA.id,
      providerId: provider.id,
    });
    const ext = await expectNoChange(
      hub,
      () => agreementRow(agreement.id),
      () => hub.exec(SIGN, { input: { id: agreement.id, expectedVersion: 2 } }, adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ACTIVE', action: 'SIGN' });
    expect(ext.messageEn).toContain('ACTIVE');
    expect(ext.messageZh).toContain('ACTIVE');
  });

  it('signing a future term leaves it SIGNED until the expiry job activates it', async () => {
    const agreement = await draftAndSign({ startsOn: iso(plusDays(today, 10)) });
    expect(agreement.status).toBe('SIGNED');
    const result = await expireAgreements(plusDays(new Date(), 11));
    expect(result.activated.map((a) => a.id)).toContain(rawId(agreement.id));
    expect((await agreementRow(agreement.id)).status).toBe('ACTIVE');
    expect(
      (await eventBySeq(hub, result.activated.find((a) => a.id === rawId(agreement.id))!.auditSeq.toString()))
        .type,
    ).toBe('agreement.activated');
  });

  it('refuses a stale expectedVersion and another tenant', async () => {
    const drafted = ok(
      await hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        adminA,
      ),
    ).draftAgreement.agreement;
    const ext = await expectNoChange(
      hub,
      () => agreementRow(drafted.id),
      () => hub.exec(SIGN, { input: { id: drafted.id, expectedVersion: 7 } }, adminA),
      'STALE_VERSION',
    );
    expect(ext).toMatchObject({ expectedVersion: 7, currentVersion: 1 });
    await expectNoChange(
      hub,
      () => agreementRow(drafted.id),
      () => hub.exec(SIGN, { input: { id: drafted.id, expectedVersion: 1 } }, insurerAdmin(insurerB.id)),
      'NOT_FOUND',
    );
    // A global ID of another type is bad input, not a lookup.
    await expectNoChange(
      hub,
      () => agreementRow(drafted.id),
      () => hub.exec(SIGN, { input: { id: gid('Provider', rawId(drafted.id)), expectedVersion: 1 } }, adminA),
      'BAD_USER_INPUT',
    );
  });

  it('two concurrent edits of the same version: one wins, the other is STALE_VERSION, one event', async () => {
    // Its own provider: if the termination wins, that provider is banned, and later tests
    // must not inherit the ban.
    const own = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const a = await draftAndSign({ providerId: gid('Provider', own.id) });
    const before = await auditCount(hub);
    const results = await Promise.all([
      hub.exec(
        SUSPEND,
        { input: { id: a.id, expectedVersion: 2, scope: 'AGREEMENT', reason: 'one' } },
        adminA,
      ),
      hub.exec(TERMINATE, { input: { id: a.id, expectedVersion: 2, reason: 'two' } }, adminA),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'STALE_VERSION']);
    expect((await agreementRow(a.id)).version).toBe(3);
    // The winner's events only (a termination also appends the provider's ban event).
    const winner = results.find((r) => !r.errors)!;
    expect(await auditCount(hub)).toBe(before + ('terminateAgreement' in (winner.data ?? {}) ? 2 : 1));
  });

  it('suspends only real-time settlement, refuses a second suspension, resumes', async () => {
    const a = await draftAndSign();
    const s = ok(
      await hub.exec<{
        suspendAgreement: {
          auditSeq: string;
          agreement: { status: string; suspensionScope: string; version: number };
        };
      }>(
        SUSPEND,
        { input: { id: a.id, expectedVersion: 2, scope: 'REAL_TIME_SETTLEMENT', reason: '备药率不达标' } },
        adminA,
      ),
    ).suspendAgreement;
    expect(s.agreement).toMatchObject({
      status: 'SUSPENDED',
      suspensionScope: 'REAL_TIME_SETTLEMENT',
      version: 3,
    });
    expect(await eventBySeq(hub, s.auditSeq)).toMatchObject({
      type: 'agreement.suspended',
      actorId: adminA.actorId,
      entityType: 'Agreement',
      insurerId: insurerA.id,
      providerId: provider.id,
      entityId: rawId(a.id),
      data: expect.objectContaining({ suspensionScope: 'REAL_TIME_SETTLEMENT', reason: '备药率不达标' }),
    });
    const transition = await hub.prisma.agreementTransition.findFirstOrThrow({
      where: { agreementId: rawId(a.id), action: 'SUSPEND' },
    });
    expect(transition).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'SUSPENDED',
      reason: '备药率不达标',
      actorId: adminA.actorId,
    });

    const ext = await expectNoChange(
      hub,
      () => agreementRow(a.id),
      () =>
        hub.exec(
          SUSPEND,
          { input: { id: a.id, expectedVersion: 3, scope: 'AGREEMENT', reason: 'x' } },
          adminA,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('SUSPENDED');

    const r = ok(
      await hub.exec<{
        resumeAgreement: { auditSeq: string; agreement: { status: string; suspensionScope: string | null } };
      }>(RESUME, { input: { id: a.id, expectedVersion: 3, reason: '整改到位' } }, adminA),
    ).resumeAgreement;
    expect(r.agreement).toMatchObject({ status: 'ACTIVE', suspensionScope: null });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'agreement.resumed',
      actorId: adminA.actorId,
      entityType: 'Agreement',
      entityId: rawId(a.id),
      insurerId: insurerA.id,
      providerId: provider.id,
    });
    const ext2 = await expectNoChange(
      hub,
      () => agreementRow(a.id),
      () => hub.exec(RESUME, { input: { id: a.id, expectedVersion: 4, reason: 'x' } }, adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('ACTIVE');
  });

  it('amends into version 2; version 1 stays readable and unchanged', async () => {
    const a = await draftAndSign();
    const id = rawId(a.id);
    const v1Before = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 1 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    const res = ok(
      await hub.exec<{
        amendAgreement: { auditSeq: string; agreement: { currentVersionNo: number; status: string } };
      }>(
        AMEND,
        {
          input: {
            id: a.id,
            expectedVersion: 2,
            changeNote: '2020 版协议范本',
            templateVersion: '2020.1',
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
        adminA,
      ),
    ).amendAgreement;
    expect(res.agreement).toMatchObject({ currentVersionNo: 2, status: 'ACTIVE' });
    const v2 = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 2 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    expect(v2.templateVersion).toBe('2020.1');
    expect(v2.clauses.map((c) => [c.clauseNo, c.bodyZh])).toEqual([
      ['1', '甲乙双方……'],
      ['30', '按违规费用3倍核减'],
    ]);
    expect(v2.indicators.map((i) => i.metric)).toEqual(['WESTERN_DRUG_STOCKING_RATE']);
    const v1After = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: id, versionNo: 1 },
      include: { clauses: { orderBy: { clauseNo: 'asc' } }, indicators: true },
    });
    expect(v1After).toEqual(v1Before);
    expect(await eventBySeq(hub, res.auditSeq)).toMatchObject({
      type: 'agreement.amended',
      actorId: adminA.actorId,
      entityType: 'Agreement',
      entityId: id,
      insurerId: insurerA.id,
      providerId: provider.id,
      data: expect.objectContaining({ versionNo: 2, changedClauses: ['30'] }),
    });
  });

  it('refuses to amend a draft, naming DRAFT, and an amendment that changes nothing', async () => {
    const drafted = ok(
      await hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        adminA,
      ),
    ).draftAgreement.agreement;
    const versions = () => hub.prisma.agreementVersion.count({ where: { agreementId: rawId(drafted.id) } });
    const ext = await expectNoChange(
      hub,
      versions,
      () =>
        hub.exec(
          AMEND,
          { input: { id: drafted.id, expectedVersion: 1, changeNote: 'x', templateVersion: '2' } },
          adminA,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('DRAFT');
    await expectNoChange(
      hub,
      versions,
      () => hub.exec(AMEND, { input: { id: drafted.id, expectedVersion: 1, changeNote: 'x' } }, adminA),
      'BAD_USER_INPUT',
    );
  });
});

describe('terminate and the 3-year re-application ban', () => {
  it('terminates, bans the provider for 3 years, and refuses a new draft naming the date', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const a = await draftAndSign({ providerId: gid('Provider', p.id) });
    const effectiveOn = iso(plusDays(today, -1));
    const res = ok(
      await hub.exec<{ terminateAgreement: { auditSeq: string; agreement: { status: string } } }>(
        TERMINATE,
        {
          input: { id: a.id, expectedVersion: 2, reason: '伪造病情，解除协议', effectiveOn },
        },
        adminA,
      ),
    ).terminateAgreement;
    expect(res.agreement.status).toBe('TERMINATED');
    const bannedUntil = `${Number(effectiveOn.slice(0, 4)) + 3}${effectiveOn.slice(4)}`;
    const provider = await hub.prisma.provider.findUniqueOrThrow({ where: { id: p.id } });
    expect(provider.status).toBe('TERMINATED');
    expect(iso(provider.reapplicationBannedUntil!)).toBe(bannedUntil);
    const [terminated, banned] = await lastEvents(hub, 2);
    expect(terminated).toMatchObject({
      type: 'agreement.terminated',
      seq: BigInt(res.auditSeq),
      actorId: adminA.actorId,
      entityId: rawId(a.id),
      insurerId: insurerA.id,
      providerId: p.id,
    });
    expect(banned).toMatchObject({
      type: 'provider.reapplicationBanned',
      entityType: 'Provider',
      entityId: p.id,
      providerId: p.id,
      data: expect.objectContaining({ bannedUntil }),
    });

    const ext = await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(DRAFT, { input: serviceDraft({ providerId: gid('Provider', p.id) }) }, adminA),
      'REAPPLICATION_BANNED',
    );
    expect(ext.bannedUntil).toBe(bannedUntil);
    expect(ext.messageEn).toContain(bannedUntil);
    expect(ext.messageZh).toContain(bannedUntil);

    const ext2 = await expectNoChange(
      hub,
      () => agreementRow(a.id),
      () => hub.exec(TERMINATE, { input: { id: a.id, expectedVersion: 3, reason: 'again' } }, adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('TERMINATED');
  });

  it('allows a new draft once the ban date is reached', async () => {
    const p = await createProvider(hub.prisma, {
      insurerId: insurerA.id,
      status: 'TERMINATED',
      reapplicationBannedUntil: today,
    });
    ok(await hub.exec(DRAFT, { input: serviceDraft({ providerId: gid('Provider', p.id) }) }, adminA));
  });
});

describe('renew and expire at term end', () => {
  it('renews an agreement near its end into a DRAFT for the next term', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const old = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: p.id,
      startsOn: plusDays(today, -300),
      endsOn: plusDays(today, 30),
    });
    const res = ok(
      await hub.exec<{
        renewAgreement: {
          auditSeq: string;
          agreement: { id: string; status: string; startsOn: string; renewedFrom: { id: string } };
        };
      }>(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, adminA),
    ).renewAgreement;
    expect(res.agreement).toMatchObject({
      status: 'DRAFT',
      startsOn: iso(plusDays(today, 31)),
      renewedFrom: { id: gid('Agreement', old.id) },
    });
    const renewedVersion = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: rawId(res.agreement.id) },
      include: { clauses: true },
    });
    expect(renewedVersion.clauses).toHaveLength(2);
    expect(await eventBySeq(hub, res.auditSeq)).toMatchObject({
      type: 'agreement.renewed',
      entityId: old.id,
      actorId: adminA.actorId,
      insurerId: insurerA.id,
      providerId: p.id,
    });
    const [drafted] = await lastEvents(hub);
    expect(drafted).toMatchObject({ type: 'agreement.drafted', entityId: rawId(res.agreement.id) });
    // Renewing the same agreement twice is a conflict.
    await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 2 } }, adminA),
      'CONFLICT',
    );
  });

  it('refuses a renewal long before term end', async () => {
    const old = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      startsOn: plusDays(today, -30),
      endsOn: plusDays(today, 200),
    });
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, adminA),
      'RENEWAL_NOT_DUE',
    );
    expect(ext.endsOn).toBe(iso(plusDays(today, 200)));
  });

  it('refuses a renewal after a failed published assessment', async () => {
    const old = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      startsOn: plusDays(today, -300),
      endsOn: plusDays(today, 10),
    });
    await createAssessment(hub.prisma, {
      agreementId: old.id,
      year: 2025,
      score: '52.00',
      result: 'FAIL',
      status: 'PUBLISHED',
    });
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, adminA),
      'RENEWAL_BLOCKED',
    );
    expect(ext).toMatchObject({ assessmentYear: 2025, result: 'FAIL' });
  });

  it('refuses to renew a terminated agreement, naming TERMINATED', async () => {
    const old = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      status: 'TERMINATED',
      startsOn: plusDays(today, -300),
      endsOn: plusDays(today, 10),
    });
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('TERMINATED');
  });

  it('expires ACTIVE and SUSPENDED agreements past their end, each with transition and event; leaves others', async () => {
    const ended = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      startsOn: plusDays(today, -400),
      endsOn: plusDays(today, -1),
    });
    const suspended = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      status: 'SUSPENDED',
      suspensionScope: 'AGREEMENT',
      startsOn: plusDays(today, -400),
      endsOn: plusDays(today, -5),
    });
    const running = await createAgreement(hub.prisma, {
      insurerId: insurerA.id,
      providerId: provider.id,
      startsOn: plusDays(today, -400),
      endsOn: today,
    });
    const result = await expireAgreements(new Date());
    const expiredIds = result.expired.map((e) => e.id);
    expect(expiredIds).toEqual(expect.arrayContaining([ended.id, suspended.id]));
    expect(expiredIds).not.toContain(running.id);
    for (const a of [ended, suspended]) {
      const row = await hub.prisma.agreement.findUniqueOrThrow({ where: { id: a.id } });
      expect(row).toMatchObject({ status: 'EXPIRED', suspensionScope: null, version: 2 });
      expect(
        await hub.prisma.agreementTransition.findFirst({ where: { agreementId: a.id, action: 'EXPIRE' } }),
      ).toMatchObject({ toStatus: 'EXPIRED', actorType: 'SYSTEM', actorId: 'system' });
      const seq = result.expired.find((e) => e.id === a.id)!.auditSeq;
      expect(await eventBySeq(hub, seq.toString())).toMatchObject({
        type: 'agreement.expired',
        entityId: a.id,
        actorType: 'SYSTEM',
        insurerId: insurerA.id,
      });
    }
    // Idempotent: a second run changes nothing.
    const before = await auditCount(hub);
    const again = await expireAgreements(new Date());
    expect(again.expired).toEqual([]);
    expect(await auditCount(hub)).toBe(before);
  });

  it('lets the platform admin act for any insurer', async () => {
    const res = ok(
      await hub.exec<{ draftAgreement: { auditSeq: string } }>(
        DRAFT,
        { input: serviceDraft({ insurerId: gid('Insurer', insurerA.id) }) },
        platformAdmin(),
      ),
    );
    expect((await eventBySeq(hub, res.draftAgreement.auditSeq)).insurerId).toBe(insurerA.id);
    refused(await hub.exec(DRAFT, { input: serviceDraft() }, platformAdmin()), 'BAD_USER_INPUT');
  });
});
