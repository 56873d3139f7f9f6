import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import * as f from './records.js';

/**
 * A small two-insurer world for read tests: insurer A (马鞍山) with two providers, a partner
 * entrusted with case-record review, agreements in several states, findings, penalties,
 * appeals, assessments, credit grades, rules, hits and tip-offs; insurer B with one of each
 * so isolation tests have something to not see. Values are chosen so each filter splits them.
 */
export async function createQueryWorld(db: PrismaClient) {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000);

  const insA = await f.createInsurer(db, {
    nameZh: '马鞍山市医疗保障局',
    nameEn: "Ma'anshan Healthcare Security Bureau",
    regionCode: '340500',
  });
  const insB = await f.createInsurer(db, {
    nameZh: '南京市医疗保障局',
    nameEn: 'Nanjing Healthcare Security Bureau',
    level: 'PROVINCE',
    regionCode: '320100',
    regionZh: '南京市',
    regionEn: 'Nanjing',
  });
  const partnerP = await f.createPartner(db, { nameZh: '人保财险马鞍山分公司', nameEn: 'PICC Ma’anshan' });
  const partnerQ = await f.createPartner(db, {
    nameZh: '软件服务公司',
    nameEn: 'IT Vendor Co',
    kind: 'IT_VENDOR',
  });

  const pA1 = await f.createProvider(db, {
    insurerId: insA.id,
    nameZh: '马鞍山市人民医院',
    nameEn: "Ma'anshan People's Hospital",
    hospitalGrade: 'GRADE_3',
  });
  const pA2 = await f.createProvider(db, {
    insurerId: insA.id,
    nameZh: '仁和大药房',
    nameEn: 'Renhe Pharmacy',
    kind: 'RETAIL_PHARMACY',
    hospitalGrade: null,
    pharmacyClass: 'A',
    ownership: 'PRIVATE',
    regionCode: '340504',
    status: 'SUSPENDED',
    reapplicationBannedUntil: new Date('2099-01-01T00:00:00Z'),
  });
  const pB1 = await f.createProvider(db, {
    insurerId: insB.id,
    nameZh: '南京鼓楼诊所',
    nameEn: 'Gulou Clinic',
    kind: 'CLINIC',
    regionCode: '320106',
  });

  const aA1 = await f.createAgreement(
    db,
    { insurerId: insA.id, providerId: pA1.id, currentVersionNo: 2, startsOn: f.day('2025-01-01') },
    { clauses: 3, indicators: 2 },
  );
  await f.createAgreementVersion(
    db,
    { agreementId: aA1.id, versionNo: 2, changeNote: '新增分娩条款', effectiveFrom: f.day('2025-07-01') },
    { clauses: 4, indicators: 3 },
  );
  const aA2 = await f.createAgreement(db, {
    insurerId: insA.id,
    providerId: pA1.id,
    kind: 'MATERNITY_SERVICE',
    status: 'SUSPENDED',
    suspensionScope: 'REAL_TIME_SETTLEMENT',
    startsOn: f.day('2024-01-01'),
    endsOn: inDays(30),
  });
  const aA3 = await f.createAgreement(db, {
    insurerId: insA.id,
    providerId: pA2.id,
    kind: 'RETAIL_PHARMACY_SERVICE',
    status: 'TERMINATED',
    startsOn: f.day('2023-01-01'),
    endsOn: f.day('2026-06-30'),
  });
  const aP = await f.createAgreement(db, {
    insurerId: insA.id,
    partnerId: partnerP.id,
    entrustedWork: ['CASE_RECORD_REVIEW'],
  });
  const aB1 = await f.createAgreement(db, { insurerId: insB.id, providerId: pB1.id, endsOn: inDays(20) });
  const aQ = await f.createAgreement(db, {
    insurerId: insB.id,
    partnerId: partnerQ.id,
    kind: 'ADMINISTRATION_SERVICE',
    entrustedWork: ['ROUTINE_ADMINISTRATION'],
  });
  for (const [action, from, to] of [
    ['DRAFT', null, 'DRAFT'],
    ['SIGN', 'DRAFT', 'SIGNED'],
    ['ACTIVATE', 'SIGNED', 'ACTIVE'],
    ['AMEND', 'ACTIVE', 'ACTIVE'],
  ] as const) {
    await f.createTransition(db, { agreementId: aA1.id, action, fromStatus: from, toStatus: to });
  }

  const vt1 = await f.createViolationType(db, {
    nameZh: '分解住院',
    nameEn: 'Split admission',
    category: 'HOSPITALISATION',
  });
  const vt2 = await f.createViolationType(db, {
    nameZh: '串换项目',
    nameEn: 'Item substitution',
    category: 'BILLING',
    appliesTo: ['PROVIDER', 'PHYSICIAN'],
  });

  const docA = await f.createPhysician(db, {
    primaryProviderId: pA1.id,
    nameZh: '王医生',
    nameEn: 'Dr Wang',
    idNumber: '340503198001011234',
  });
  await f.createPracticeSite(db, { physicianId: docA.id, providerId: pA2.id, startsOn: f.day('2025-01-01') });
  const docB = await f.createPhysician(db, {
    primaryProviderId: pB1.id,
    nameZh: '李医生',
    nameEn: 'Dr Li',
    idNumber: '320106198502022345',
  });

  const personA = await f.createInsuredPerson(db, {
    insurerId: insA.id,
    nameZh: '张三丰',
    idNumber: '340502199001011234',
  });
  const personB = await f.createInsuredPerson(db, {
    insurerId: insB.id,
    nameZh: '赵六',
    idNumber: '320102199202023456',
  });

  const tA = await f.createTipOff(db, {
    insurerId: insA.id,
    providerId: pA1.id,
    status: 'VERIFIED',
    verifiedAmountFen: 7_286_000n,
    summary: '举报分娩费用造假',
  });
  const tA2 = await f.createTipOff(db, { insurerId: insA.id, channel: 'ONLINE', summary: '举报药房串换' });
  const tB = await f.createTipOff(db, { insurerId: insB.id, summary: '南京举报' });

  const fA1 = await f.createFinding(db, {
    agreementId: aA1.id,
    violationTypeId: vt1.id,
    violatingAmountFen: 3_643_000n,
    foundOn: f.day('2025-03-01'),
    physicianId: docA.id,
    insuredPersonId: personA.id,
    description: '分解住院 12 人次',
  });
  const fA2 = await f.createFinding(db, {
    agreementId: aA2.id,
    violationTypeId: vt2.id,
    violatingAmountFen: 7_286_000n,
    foundOn: f.day('2025-07-15'),
    source: 'PARTNER_INVESTIGATION',
    partnerId: partnerP.id,
    tipOffId: tA.id,
    status: 'PENALISED',
  });
  const fA3 = await f.createFinding(db, {
    agreementId: aA3.id,
    violationTypeId: vt1.id,
    violatingAmountFen: 50_000n,
    foundOn: f.day('2025-09-01'),
    source: 'SMART_MONITORING',
    status: 'DISMISSED',
  });
  const fB1 = await f.createFinding(db, {
    agreementId: aB1.id,
    violationTypeId: vt1.id,
    foundOn: f.day('2025-04-01'),
  });

  const pen1 = await f.createPenalty(db, {
    findingId: fA1.id,
    status: 'ISSUED',
    amountFen: 7_286_000n,
    proposedAt: new Date('2025-03-10T02:00:00Z'),
    appealDeadline: new Date('2025-03-25T16:00:00Z'),
    physicianId: docA.id,
  });
  const pen2 = await f.createPenalty(db, {
    findingId: fA1.id,
    measure: 'WARNING',
    status: 'PROPOSED',
    amountFen: null,
    baseAmountFen: null,
    multiple: null,
    proposedAt: new Date('2025-03-11T02:00:00Z'),
  });
  const pen3 = await f.createPenalty(db, {
    findingId: fA2.id,
    measure: 'RECOVERY',
    status: 'EXECUTED',
    amountFen: 7_286_000n,
    multiple: null,
    proposedAt: new Date('2025-08-01T02:00:00Z'),
    target: 'PROVIDER',
  });
  const penB = await f.createPenalty(db, { findingId: fB1.id, proposedAt: new Date('2025-04-10T02:00:00Z') });

  const ap1 = await f.createAppeal(db, { penaltyId: pen1.id, filedAt: new Date('2025-03-20T02:00:00Z') });
  const ap2 = await f.createAppeal(db, {
    penaltyId: pen3.id,
    kind: 'RECONSIDERATION',
    filedAt: new Date('2025-08-05T02:00:00Z'),
    decision: 'REDUCE',
    reducedAmountFen: 5_000_000n,
    decidedAt: new Date('2025-08-20T02:00:00Z'),
  });
  const apB = await f.createAppeal(db, { penaltyId: penB.id });

  const asA1 = await f.createAssessment(db, {
    agreementId: aA1.id,
    year: 2024,
    score: '95.00',
    result: 'EXCELLENT',
    status: 'PUBLISHED',
  });
  const asA2 = await f.createAssessment(db, {
    agreementId: aA1.id,
    year: 2025,
    score: '82.00',
    result: 'PASS',
  });
  const asP = await f.createAssessment(db, {
    agreementId: aP.id,
    year: 2025,
    score: '88.00',
    result: 'PASS',
  });
  const asB = await f.createAssessment(db, {
    agreementId: aB1.id,
    year: 2025,
    score: '55.00',
    result: 'FAIL',
  });

  const ceA1 = await f.createCreditEvaluation(db, { insurerId: insA.id, providerId: pA1.id, grade: 'A' });
  const ceA2 = await f.createCreditEvaluation(db, {
    insurerId: insA.id,
    providerId: pA2.id,
    grade: 'D',
    blacklisted: true,
    score: '40.00',
    year: 2024,
  });
  const ceP = await f.createCreditEvaluation(db, { insurerId: insA.id, partnerId: partnerP.id, grade: 'B' });
  const ceDoc = await f.createCreditEvaluation(db, { insurerId: insA.id, physicianId: docA.id, grade: 'C' });
  const ceB = await f.createCreditEvaluation(db, { insurerId: insB.id, providerId: pB1.id });

  const rA1 = await f.createAuditRule(db, {
    insurerId: insA.id,
    nameZh: '重复收费规则',
    stages: ['BEFORE', 'DURING'],
    violationTypeId: vt1.id,
  });
  const rA2 = await f.createAuditRule(db, { insurerId: insA.id, kind: 'VIOLATION', active: false });
  const rB1 = await f.createAuditRule(db, { insurerId: insB.id });
  const hit1 = await f.createRuleHit(db, {
    ruleId: rA1.id,
    providerId: pA1.id,
    agreementId: aA1.id,
    findingId: fA1.id,
    claimRef: 'CLM-MAS-0001',
  });
  const hit2 = await f.createRuleHit(db, {
    ruleId: rA1.id,
    providerId: pA2.id,
    amountFen: 90_000n,
    status: 'CONFIRMED',
    stage: 'DURING',
    occurredAt: new Date('2025-09-01T08:00:00Z'),
  });
  const hitB = await f.createRuleHit(db, { ruleId: rB1.id, providerId: pB1.id });

  return {
    insA,
    insB,
    partnerP,
    partnerQ,
    pA1,
    pA2,
    pB1,
    aA1,
    aA2,
    aA3,
    aP,
    aB1,
    aQ,
    vt1,
    vt2,
    docA,
    docB,
    personA,
    personB,
    tA,
    tA2,
    tB,
    fA1,
    fA2,
    fA3,
    fB1,
    pen1,
    pen2,
    pen3,
    penB,
    ap1,
    ap2,
    apB,
    asA1,
    asA2,
    asP,
    asB,
    ceA1,
    ceA2,
    ceP,
    ceDoc,
    ceB,
    rA1,
    rA2,
    rB1,
    hit1,
    hit2,
    hitB,
  };
}

export type QueryWorld = Awaited<ReturnType<typeof createQueryWorld>>;

/** The relay global ID of a record (base64 "Type:id"), as the API hands it out. */
export const gid = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');
