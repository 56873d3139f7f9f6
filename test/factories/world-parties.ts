import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import * as f from './records.js';

/**
 * The query world's parties and agreements: insurers A (马鞍山) and B, two partners, providers,
 * agreements in several states (with A1's transitions), violation types, physicians and insured
 * persons. `inDays` dates an agreement's end relative to today.
 */
export async function createWorldParties(db: PrismaClient, inDays: (n: number) => Date) {
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
  // 暂停结算 history: one suspension per tenant's person (one restored, one running).
  for (const [person, restoredOn] of [[personA, f.day('2025-06-01')], [personB, null]] as const)
    await db.insuredSettlementSuspension.create({
      data: {
        insurerId: person.insurerId,
        insuredPersonId: person.id,
        suspendedFrom: f.day('2025-01-01'),
        suspendedUntil: f.day('2025-04-01'),
        restoredOn,
      },
    });

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
  };
}

export type WorldParties = Awaited<ReturnType<typeof createWorldParties>>;
