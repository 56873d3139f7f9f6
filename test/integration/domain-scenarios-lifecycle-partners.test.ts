import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, partnerViewer } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, createProvider, createViolationType } from '../factories/records.js';
import { agencyToday, eventBySeq, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';
import { APPLY, pharmacy } from './admission-fixture.js';

/**
 * Domain scenarios with numbers, through GraphQL: what a terminated agreement still allows,
 * the scope of a commercial insurer's entrustment (委托 / 社商合作: docs/domain/parties.md) and the
 * admission evaluation's pass marks (docs/domain/workflows.md "Admission").
 */
let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let violationType: { id: string };
let admin: ReturnType<typeof insurerAdmin>;
beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  violationType = await createViolationType(hub.prisma);
  admin = insurerAdmin(insurer.id);
});
afterAll(() => hub.close());

const agreementRow = (id: string) => hub.prisma.agreement.findUniqueOrThrow({ where: { id } });

describe('a terminated agreement (解除协议) is final', () => {
  it('refuses to resume, suspend or amend it, naming its state in both languages; nothing is written', async () => {
    const a = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const t = ok(
      await hub.exec<{ terminateAgreement: { auditSeq: string; agreement: { status: string; version: number } } }>(
        `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { auditSeq agreement { status version } } }`,
        { input: { id: gid('Agreement', a.id), expectedVersion: 1, reason: '伪造病情，解除服务协议' } },
        admin,
      ),
    ).terminateAgreement;
    expect(await eventBySeq(hub, t.auditSeq)).toMatchObject({ type: 'agreement.terminated', entityId: a.id });
    const id = gid('Agreement', a.id);
    const v = t.agreement.version;
    const attempts: [string, string, Record<string, unknown>][] = [
      ['resumeAgreement', 'ResumeAgreementInput', { id, expectedVersion: v, reason: '恢复' }],
      ['suspendAgreement', 'SuspendAgreementInput', { id, expectedVersion: v, reason: '暂停', scope: 'AGREEMENT' }],
      ['amendAgreement', 'AmendAgreementInput', { id, expectedVersion: v, changeNote: '新版协议', removeClauseNos: ['1'] }],
    ];
    for (const [field, type, input] of attempts) {
      const result = await hub.exec(
        `mutation ($input: ${type}!) { ${field}(input: $input) { auditSeq } }`,
        { input },
        admin,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', currentStatus: 'TERMINATED' });
      expect(result.errors?.[0]?.extensions?.messageZh).toContain('已解除');
    }
    expect(await agreementRow(a.id)).toMatchObject({ status: 'TERMINATED', version: v });
  });
});

const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) { auditSeq finding { id source } } }`;
const finding = (agreementId: string, partnerId: string) => ({
  agreementId: gid('Agreement', agreementId),
  violationTypeId: gid('ViolationType', violationType.id),
  source: 'PARTNER_INVESTIGATION',
  partnerId: gid('Partner', partnerId),
  description: '外伤调查：有第三方责任仍申请报销',
  violatingAmountFen: 2_000_000,
  foundOn: iso(plusDays(agencyToday(), -1)),
});

describe("a commercial insurer's entrustment (商业保险机构委托) reaches only supervisory work in force", () => {
  it('entrusted with trauma investigation (外伤调查): records its result; may not propose a penalty', async () => {
    const service = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const partner = await createPartner(hub.prisma, { kind: 'COMMERCIAL_INSURER' });
    await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: partner.id, kind: 'INVESTIGATION_ENTRUSTMENT', entrustedWork: ['TRAUMA_INVESTIGATION'] });
    const r = ok(
      await hub.exec<{ recordFinding: { auditSeq: string; finding: { id: string; source: string } } }>(
        RECORD,
        { input: finding(service.id, partner.id) },
        partnerViewer(partner.id),
      ),
    ).recordFinding;
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({ type: 'finding.recorded', partnerId: partner.id, insurerId: insurer.id });
    // Deciding measures stays with the agency (管办分离: the partner investigates, the agency decides).
    await expectNoChange(
      hub,
      () => hub.prisma.penalty.count(),
      () =>
        hub.exec(
          `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq } }`,
          { input: { findingId: r.finding.id, measure: 'RECOVERY', legalBasis: '协议', clauseRef: '第三十条' } },
          partnerViewer(partner.id),
        ),
      'FORBIDDEN',
    );
    const p = ok(
      await hub.exec<{ proposePenalty: { auditSeq: string } }>(
        `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq } }`,
        { input: { findingId: r.finding.id, measure: 'RECOVERY', legalBasis: '协议', clauseRef: '第三十条' } },
        insurerAuditor(insurer.id),
      ),
    ).proposePenalty;
    expect(await eventBySeq(hub, p.auditSeq)).toMatchObject({ type: 'penalty.proposed' });
  });

  it('entrusted only with routine administration, or with its entrustment suspended: records nothing (NOT_FOUND)', async () => {
    const service = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const clerkOnly = await createPartner(hub.prisma, { kind: 'COMMERCIAL_INSURER' });
    await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: clerkOnly.id, kind: 'ADMINISTRATION_SERVICE', entrustedWork: ['ROUTINE_ADMINISTRATION'] });
    const suspended = await createPartner(hub.prisma, { kind: 'COMMERCIAL_INSURER' });
    await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: suspended.id, kind: 'INVESTIGATION_ENTRUSTMENT', entrustedWork: ['TRAUMA_INVESTIGATION'], status: 'SUSPENDED' });
    for (const partner of [clerkOnly, suspended]) {
      await expectNoChange(
        hub,
        () => hub.prisma.finding.count(),
        () => hub.exec(RECORD, { input: finding(service.id, partner.id) }, partnerViewer(partner.id)),
        'NOT_FOUND',
      );
    }
  });
});

const EVALUATE = `mutation ($input: EvaluateApplicationInput!) { evaluateApplication(input: $input) { application { totalScore version } } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { auditSeq application { status } } }`;
const scores = (site: number, materials: number, system: number) => [
  { item: 'SITE_VISIT', score: site },
  { item: 'MATERIALS', score: materials },
  { item: 'INFORMATION_SYSTEM', score: system },
];

describe('admission evaluation (定点评估): at least 70 of 100 and at least 18 of 30 for the information system', () => {
  it.each([
    ['exactly 70, system exactly 18: designated', scores(30, 22, 18), true],
    ['69 in all, system 18: refused', scores(30, 21, 18), false],
    ['85 in all but system 17: refused (settlement runs online)', scores(40, 28, 17), false],
  ])('%s', async (_name, items, passes) => {
    const app = ok(
      await hub.exec<{ applyForDesignation: { application: { id: string } } }>(
        APPLY,
        { input: { ...pharmacy, applicantNameZh: `药房${Math.random().toString(36).slice(2, 8)}` } },
        admin,
      ),
    ).applyForDesignation.application;
    const e = ok(
      await hub.exec<{ evaluateApplication: { application: { totalScore: string; version: number } } }>(
        EVALUATE,
        { input: { id: app.id, expectedVersion: 1, scores: items } },
        admin,
      ),
    ).evaluateApplication.application;
    const decide = () => hub.exec(DECIDE, { input: { id: app.id, expectedVersion: e.version, decision: 'DESIGNATE' } }, admin);
    if (passes) {
      expect(Number(e.totalScore)).toBe(70);
      expect(ok(await decide())).toMatchObject({ decideApplication: { application: { status: 'DESIGNATED' } } });
    } else {
      await expectNoChange(hub, () => hub.prisma.designationApplication.findUniqueOrThrow({ where: { id: Buffer.from(app.id, 'base64').toString().split(':')[1]! } }), decide, 'ADMISSION_SCORE_TOO_LOW');
    }
  });
});
