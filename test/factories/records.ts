import type { Prisma, PrismaClient } from '../../server/db/generated/prisma/client.js';

/**
 * Records for tests, written straight through Prisma (no domain rules, no audit events), so a
 * test can set up any state, including ones the domain would refuse. Every function takes the
 * required parents and overridable fields; unique codes and numbers come from a counter.
 */
type Db = PrismaClient | Prisma.TransactionClient;

let counter = 0;
const run = Math.random().toString(36).slice(2, 6).toUpperCase();
/** A unique suffix per call (per process; each test file has its own database anyway). */
export function uniq(prefix = ''): string {
  counter += 1;
  return `${prefix}${run}${String(counter).padStart(5, '0')}`;
}

export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export function createInsurer(db: Db, data: Partial<Prisma.InsurerUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('INS');
  return db.insurer.create({
    data: {
      code,
      nameZh: `测试医保中心${code}`,
      nameEn: `Test Insurer ${code}`,
      level: 'CITY',
      regionCode: '340500',
      regionZh: '马鞍山市',
      regionEn: "Ma'anshan",
      ...data,
    },
  });
}

export function createProvider(
  db: Db,
  data: Partial<Prisma.ProviderUncheckedCreateInput> & { insurerId: string },
) {
  const code = data.code ?? uniq('H');
  return db.provider.create({
    data: {
      code,
      nameZh: `测试医院${code}`,
      nameEn: `Test Hospital ${code}`,
      kind: 'HOSPITAL',
      hospitalGrade: 'GRADE_2',
      ownership: 'PUBLIC',
      licenceScope: ['内科', '外科'],
      regionCode: '340503',
      ...data,
    },
  });
}

export function createPartner(db: Db, data: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('P');
  return db.partner.create({
    data: {
      code,
      nameZh: `测试保险公司${code}`,
      nameEn: `Test Insurance ${code}`,
      kind: 'COMMERCIAL_INSURER',
      unifiedSocialCreditCode: uniq('91340500'),
      ...data,
    },
  });
}

/** A physician with its primary practice site at `primaryProviderId`. */
export async function createPhysician(
  db: Db,
  data: Partial<Prisma.PhysicianUncheckedCreateInput> & { primaryProviderId: string },
) {
  const code = data.code ?? uniq('D');
  const physician = await db.physician.create({
    data: {
      code,
      nameZh: `医师${code}`,
      nameEn: `Doctor ${code}`,
      idNumber: `3205031980${String(counter).padStart(8, '0')}`,
      licenceNumber: uniq('LIC'),
      profession: 'PHYSICIAN',
      ...data,
    },
  });
  await createPracticeSite(db, {
    physicianId: physician.id,
    providerId: data.primaryProviderId,
    isPrimary: true,
  });
  return physician;
}

export function createPracticeSite(
  db: Db,
  data: Partial<Prisma.PracticeSiteUncheckedCreateInput> & { physicianId: string; providerId: string },
) {
  return db.practiceSite.create({ data: { startsOn: day('2024-01-01'), ...data } });
}

export function createInsuredPerson(
  db: Db,
  data: Partial<Prisma.InsuredPersonUncheckedCreateInput> & { insurerId: string },
) {
  return db.insuredPerson.create({
    data: { nameZh: '张三丰', idNumber: `34050219900101${String(++counter).padStart(4, '0')}`, ...data },
  });
}

export interface AgreementOptions {
  /** Clauses and indicators of version 1 (default 2 clauses, 1 indicator); 0 for none. */
  clauses?: number;
  indicators?: number;
  /** false: no version at all. */
  withVersion?: boolean;
}

/** An agreement (service when `providerId` is given, else partner) with version 1 and its terms. */
export async function createAgreement(
  db: Db,
  data: Partial<Prisma.AgreementUncheckedCreateInput> & { insurerId: string },
  options: AgreementOptions = {},
) {
  const family = data.family ?? (data.partnerId ? 'PARTNER' : 'SERVICE');
  const agreement = await db.agreement.create({
    data: {
      number: uniq('XY-'),
      family,
      kind: family === 'PARTNER' ? 'INVESTIGATION_ENTRUSTMENT' : 'MEDICAL_INSTITUTION_SERVICE',
      status: 'ACTIVE',
      startsOn: day('2025-01-01'),
      endsOn: day('2027-12-31'),
      signedAt: new Date('2024-12-20T02:00:00Z'),
      entrustedWork: family === 'PARTNER' ? ['CASE_RECORD_REVIEW'] : [],
      ...data,
    },
  });
  if (options.withVersion !== false) {
    await createAgreementVersion(db, { agreementId: agreement.id, versionNo: 1 }, options);
  }
  return agreement;
}

export async function createAgreementVersion(
  db: Db,
  data: Partial<Prisma.AgreementVersionUncheckedCreateInput> & { agreementId: string; versionNo: number },
  options: Pick<AgreementOptions, 'clauses' | 'indicators'> = {},
) {
  const version = await db.agreementVersion.create({
    data: {
      templateCode: 'AH-2024-MED',
      templateVersion: '2024.1',
      effectiveFrom: day('2025-01-01'),
      ...data,
    },
  });
  const clauses = options.clauses ?? 2;
  if (clauses > 0) {
    await db.agreementClause.createMany({
      data: Array.from({ length: clauses }, (_, i) => ({
        versionId: version.id,
        clauseNo: `${i + 1}`,
        titleZh: `第${i + 1}条`,
        titleEn: `Article ${i + 1}`,
        bodyZh: `条款正文 ${i + 1}（第${data.versionNo}版）`,
        bodyEn: `Clause body ${i + 1} (version ${data.versionNo})`,
      })),
    });
  }
  const metrics = ['DRUG_SHARE', 'WESTERN_DRUG_STOCKING_RATE', 'AVERAGE_COST_PER_VISIT'] as const;
  const indicators = Math.min(options.indicators ?? 1, metrics.length);
  if (indicators > 0) {
    await db.controlIndicator.createMany({
      data: metrics.slice(0, indicators).map((metric) => ({
        versionId: version.id,
        metric,
        comparator: metric === 'WESTERN_DRUG_STOCKING_RATE' ? ('GTE' as const) : ('LTE' as const),
        threshold: metric === 'AVERAGE_COST_PER_VISIT' ? '25000' : metric === 'DRUG_SHARE' ? '40' : '80',
        unit: metric === 'AVERAGE_COST_PER_VISIT' ? ('FEN' as const) : ('PERCENT' as const),
      })),
    });
  }
  return version;
}

export function createTransition(
  db: Db,
  data: Partial<Prisma.AgreementTransitionUncheckedCreateInput> & { agreementId: string },
) {
  return db.agreementTransition.create({
    data: {
      action: 'SIGN',
      fromStatus: 'DRAFT',
      toStatus: 'SIGNED',
      reason: '双方签订',
      effectiveOn: day('2025-01-01'),
      actorType: 'SYSTEM',
      actorId: 'test',
      ...data,
    },
  });
}

export function createViolationType(db: Db, data: Partial<Prisma.ViolationTypeUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('V');
  return db.violationType.create({
    data: {
      code,
      nameZh: `分解住院${code}`,
      nameEn: `Split admission ${code}`,
      category: 'HOSPITALISATION',
      appliesTo: ['PROVIDER'],
      ...data,
    },
  });
}

/** A finding on an agreement; provider defaults to the agreement's, violation type is created if absent. */
export async function createFinding(
  db: Db,
  data: Partial<Prisma.FindingUncheckedCreateInput> & { agreementId: string },
) {
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: data.agreementId } });
  const providerId = data.providerId ?? agreement.providerId;
  if (!providerId) throw new Error('createFinding: a partner agreement needs an explicit providerId');
  const violationTypeId = data.violationTypeId ?? (await createViolationType(db)).id;
  return db.finding.create({
    data: {
      number: uniq('WG-'),
      source: 'ON_SITE_INSPECTION',
      description: '检查发现违规',
      violatingAmountFen: 3_643_000n,
      foundOn: day('2025-06-01'),
      ...data,
      insurerId: agreement.insurerId,
      providerId,
      violationTypeId,
    },
  });
}

/** A penalty on a finding; agreement and provider come from the finding. */
export async function createPenalty(
  db: Db,
  data: Partial<Prisma.PenaltyUncheckedCreateInput> & { findingId: string },
) {
  const finding = await db.finding.findUniqueOrThrow({ where: { id: data.findingId } });
  return db.penalty.create({
    data: {
      number: uniq('CF-'),
      agreementId: finding.agreementId,
      insurerId: finding.insurerId,
      providerId: finding.providerId,
      target: 'PROVIDER',
      measure: 'DEDUCTION',
      baseAmountFen: finding.violatingAmountFen,
      multiple: '2.00',
      amountFen: finding.violatingAmountFen * 2n,
      legalBasis: '《医疗保障基金使用监督管理条例》第三十八条',
      ...data,
    },
  });
}

export function createAppeal(
  db: Db,
  data: Partial<Prisma.AppealUncheckedCreateInput> & { penaltyId: string },
) {
  return db.appeal.create({
    data: { kind: 'APPEAL', grounds: '计算有误', filedByType: 'USER', filedById: 'test', ...data },
  });
}

export function createAssessment(
  db: Db,
  data: Partial<Prisma.AssessmentUncheckedCreateInput> & { agreementId: string },
) {
  return db.assessment.create({ data: { year: 2025, score: '86.50', result: 'PASS', ...data } });
}

export function createCreditEvaluation(
  db: Db,
  data: Partial<Prisma.CreditEvaluationUncheckedCreateInput> & { insurerId: string },
) {
  return db.creditEvaluation.create({
    data: {
      subjectType: data.partnerId ? 'PARTNER' : data.physicianId ? 'PHYSICIAN' : 'PROVIDER',
      year: 2025,
      score: '90.00',
      grade: 'A',
      ...data,
    },
  });
}

export function createAuditRule(
  db: Db,
  data: Partial<Prisma.AuditRuleUncheckedCreateInput> & { insurerId: string },
) {
  const code = data.code ?? uniq('R');
  return db.auditRule.create({
    data: {
      code,
      nameZh: `规则${code}`,
      nameEn: `Rule ${code}`,
      kind: 'SUSPICIOUS',
      stages: ['AFTER'],
      ...data,
    },
  });
}

export function createRuleHit(
  db: Db,
  data: Partial<Prisma.RuleHitUncheckedCreateInput> & { ruleId: string; providerId: string },
) {
  return db.ruleHit.create({
    data: {
      stage: 'AFTER',
      claimRef: uniq('CLM'),
      amountFen: 12_000n,
      occurredAt: new Date('2025-05-01T08:00:00Z'),
      ...data,
    },
  });
}

export function createTipOff(
  db: Db,
  data: Partial<Prisma.TipOffUncheckedCreateInput> & { insurerId: string; reporterContact?: string | null },
) {
  // The reporter's identity lives in its own table (whistle-blower protection).
  const { reporterContact = '138****0000 王女士', ...rest } = data;
  return db.tipOff.create({
    data: {
      number: uniq('JB-'),
      channel: 'PHONE',
      summary: '举报挂床住院',
      ...rest,
      ...(reporterContact ? { reporter: { create: { insurerId: rest.insurerId, contact: reporterContact } } } : {}),
    },
  });
}

export interface TreeSize {
  providers: number;
  agreementsEach: number;
  penaltiesEach: number;
}

/**
 * A bulk tree for volume tests: `providers` providers of one insurer, each with `agreementsEach`
 * service agreements, each with one finding and `penaltiesEach` penalties (createMany per level).
 */
export async function createProviderTree(db: Db, insurerId: string, size: TreeSize) {
  const violationType = await createViolationType(db);
  const providers = await db.provider.createManyAndReturn({
    data: Array.from({ length: size.providers }, () => {
      const code = uniq('H');
      return {
        code,
        nameZh: `批量医院${code}`,
        nameEn: `Bulk Hospital ${code}`,
        kind: 'HOSPITAL' as const,
        ownership: 'PUBLIC' as const,
        regionCode: '340503',
        insurerId,
      };
    }),
  });
  const agreements = await db.agreement.createManyAndReturn({
    data: providers.flatMap((p) =>
      Array.from({ length: size.agreementsEach }, () => ({
        number: uniq('XY-'),
        family: 'SERVICE' as const,
        kind: 'MEDICAL_INSTITUTION_SERVICE' as const,
        status: 'ACTIVE' as const,
        insurerId,
        providerId: p.id,
        startsOn: day('2025-01-01'),
        endsOn: day('2027-12-31'),
      })),
    ),
  });
  const findings = await db.finding.createManyAndReturn({
    data: agreements.map((a) => ({
      number: uniq('WG-'),
      agreementId: a.id,
      insurerId: a.insurerId,
      providerId: a.providerId!,
      violationTypeId: violationType.id,
      source: 'SMART_MONITORING' as const,
      description: '批量',
      violatingAmountFen: 100_000n,
      foundOn: day('2025-06-01'),
    })),
  });
  await db.penalty.createMany({
    data: findings.flatMap((f) =>
      Array.from({ length: size.penaltiesEach }, (_, i) => ({
        number: uniq('CF-'),
        findingId: f.id,
        agreementId: f.agreementId,
        insurerId: f.insurerId,
        providerId: f.providerId,
        target: 'PROVIDER' as const,
        measure: 'DEDUCTION' as const,
        amountFen: BigInt(200_000 + i),
        legalBasis: '协议第三十条',
      })),
    ),
  });
  return { providers, agreements, findings };
}
