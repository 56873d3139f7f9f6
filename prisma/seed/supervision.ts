import type { Tx } from '../../server/db/database.js';
import { contentHash, isLate, reportDueOn, type ReportLine } from '../../server/domain/monthly-reports/rules.js';
import { SCORE_ITEMS } from '../../server/domain/admission/rules.js';
import type { Ids } from './ids.js';
import { cst, day, fen } from './util.js';
import { agencyDay } from '../../server/domain/shared/local-date.js';
import { fixedServiceFee } from '../../server/domain/credit/fee.js';
import { parseScore } from '../../server/domain/shared/score.js';

/**
 * The agencies' daily work as it stands on the demo's first start, so every supervision screen
 * has something to open: ended suspensions, the health authority's notices and referrals of
 * the Linyi and Zibo cases, designation applications and monthly drug-purchase reports in
 * Ma'anshan, and Linyi's published blacklist entry and typical case.
 */
export async function seedSupervision(prisma: Tx, ids: Ids): Promise<void> {
  const penalty = (key: string) =>
    prisma.penalty.findUniqueOrThrow({
      where: { id: ids.penalty(key) },
      select: { id: true, providerId: true, physicianId: true, agreement: { select: { insurerId: true } } },
    });
  const lyPharmacist = await penalty('p-ly-pharmacist');
  const zbPhysician = await penalty('p-zb-physician');
  const lyJudicial = await penalty('p-ly-judicial');
  const lyBlacklist = await penalty('p-ly-blacklist');
  const lyDisclose = await penalty('p-ly-disclose');

  // Two restorations of insured persons' settlement in Ma'anshan, each after the year had run,
  // on the person's written request and pledge (docs/domain/measures.md).
  await prisma.sanctionEnd.createMany({
    data: [
      {
        insurerId: ids.insurer('MAS'), kind: 'INSURED_SETTLEMENT_SUSPENSION', reason: 'TERM_ENDED',
        insuredPersonId: ids.insured('ins-2'), suspendedUntil: day('2026-06-30'), endedOn: day('2026-07-03'),
        requestDocumentRef: '马医保申〔2026〕019号', pledgeDocumentRef: '马医保诺〔2026〕019号',
        actorType: 'USER', actorId: ids.user('mas-admin'), createdAt: cst('2026-07-03T09:30:00'),
      },
      {
        insurerId: ids.insurer('MAS'), kind: 'INSURED_SETTLEMENT_SUSPENSION', reason: 'TERM_ENDED',
        insuredPersonId: ids.insured('ins-3'), suspendedUntil: day('2026-09-01'), endedOn: day('2026-09-15'),
        requestDocumentRef: '马医保申〔2026〕031号', pledgeDocumentRef: '马医保诺〔2026〕031号',
        note: '已退回违规结算费用并书面承诺', actorType: 'USER', actorId: ids.user('mas-admin'),
        createdAt: cst('2026-09-15T10:20:00'),
      },
    ],
  });

  // Notices of physicians' billing suspensions to the health authority, one delivered.
  await prisma.dispatchedDocument.createMany({
    data: [
      {
        insurerId: lyPharmacist.agreement.insurerId, providerId: lyPharmacist.providerId, penaltyId: lyPharmacist.id,
        physicianId: lyPharmacist.physicianId, kind: 'HEALTH_AUTHORITY_NOTICE', recipient: '临沂市卫生健康委员会',
        documentRef: '临医保抄〔2025〕012号', dispatchedAt: cst('2025-05-20T09:00:00'), deliveryStatus: 'DELIVERED',
        deliveredAt: cst('2025-05-22T15:30:00'), version: 2,
      },
      {
        insurerId: zbPhysician.agreement.insurerId, providerId: zbPhysician.providerId, penaltyId: zbPhysician.id,
        physicianId: zbPhysician.physicianId, kind: 'HEALTH_AUTHORITY_NOTICE', recipient: '淄博市卫生健康委员会',
        documentRef: '淄医保抄〔2026〕007号', dispatchedAt: cst('2026-06-28T09:00:00'),
      },
    ],
  });

  // Linyi's false-prescription case: referred to the police, and to joint punishment.
  await prisma.referral.createMany({
    data: [
      {
        insurerId: lyJudicial.agreement.insurerId, providerId: lyJudicial.providerId, penaltyId: lyJudicial.id,
        kind: 'JUDICIAL', receivingAuthority: '临沂市公安局', documentRef: '临医保移〔2025〕003号',
        referredAt: cst('2025-05-18T10:00:00'), outcome: 'ACCEPTED', outcomeNote: '已立案侦查',
        outcomeAt: cst('2025-06-02T16:00:00'), version: 2,
      },
      {
        insurerId: lyBlacklist.agreement.insurerId, providerId: lyBlacklist.providerId, penaltyId: lyBlacklist.id,
        kind: 'JOINT_PUNISHMENT', receivingAuthority: '临沂市社会信用体系建设领导小组办公室',
        documentRef: '临医保惩〔2025〕004号', referredAt: cst('2025-05-20T10:00:00'),
      },
    ],
  });

  // Designation applications in Ma'anshan: one waiting, one evaluated, one refused.
  const scores = (site: number, materials: number, system: number) =>
    SCORE_ITEMS.map((s, i) => ({ item: s.item, score: [site, materials, system][i]!, note: null }));
  const application = (n: number, submitted: string) => ({
    number: `APP-${submitted.replaceAll('-', '')}-DEMO00000${n}`, insurerId: ids.insurer('MAS'),
    submittedAt: cst(`${submitted}T09:30:00`), submittedByType: 'USER' as const, submittedById: ids.user('mas-admin'),
    regionCode: '340503', ownership: 'PRIVATE' as const,
  });
  await prisma.designationApplication.createMany({
    data: [
      {
        ...application(1, '2026-11-25'), applicantNameZh: '花山区仁和堂大药房', applicantNameEn: 'Renhetang Pharmacy',
        kind: 'RETAIL_PHARMACY', pharmacyClass: 'B', licenceScope: ['中成药', '化学药制剂'],
        materials: [{ title: '药品经营许可证', ref: 'DEMO-APP1-01' }, { title: '营业执照', ref: 'DEMO-APP1-02' }],
        evaluationDueOn: day('2026-12-25'), decisionDueOn: day('2027-01-09'),
      },
      {
        ...application(2, '2026-10-12'), applicantNameZh: '雨山区康宁诊所', applicantNameEn: 'Kangning Clinic',
        kind: 'CLINIC', licenceScope: ['内科', '全科医疗'], status: 'EVALUATED',
        materials: [{ title: '医疗机构执业许可证', ref: 'DEMO-APP2-01' }],
        evaluationDueOn: day('2026-11-11'), decisionDueOn: day('2026-11-26'),
        scoreItems: scores(35, 26, 25), totalScore: '86.00', evaluatedAt: cst('2026-11-05T15:00:00'), version: 2,
      },
      {
        ...application(3, '2026-08-03'), applicantNameZh: '博望区便民大药房', applicantNameEn: 'Bowang Convenience Pharmacy',
        kind: 'RETAIL_PHARMACY', pharmacyClass: 'B', licenceScope: ['非处方药'], status: 'REFUSED',
        materials: [{ title: '药品经营许可证', ref: 'DEMO-APP3-01' }],
        evaluationDueOn: day('2026-09-02'), decisionDueOn: day('2026-09-17'),
        scoreItems: scores(22, 18, 12), totalScore: '52.00', evaluatedAt: cst('2026-08-28T15:00:00'),
        decidedAt: cst('2026-09-10T10:00:00'), refusalReason: '评估得分未达准入标准（60分）：信息系统未完成接口对接。',
        version: 3,
      },
    ],
  });

  // Two months of a Ma'anshan clinic's drug-purchase reports (月报制), the second filed late.
  const husong = ids.provider('mas-husong');
  const lines: ReportLine[] = [
    { drugCode: 'XA01', drugName: '阿莫西林胶囊', maker: '华北制药', channel: '国药控股安徽', category: 'WESTERN', unitPriceFen: 1250n, quantity: 60 },
    { drugCode: 'XC02', drugName: '硝苯地平缓释片', maker: '拜耳医药', channel: '九州通医药', category: 'WESTERN', unitPriceFen: 3180n, quantity: 20 },
    { drugCode: 'ZA03', drugName: '六味地黄丸', maker: '北京同仁堂', channel: '九州通医药', category: 'PATENT_CHINESE', unitPriceFen: 3300n, quantity: 15 },
  ];
  for (const [period, submitted] of [['2026-09', '2026-10-08T16:00:00'], ['2026-10', '2026-11-14T11:00:00']] as const) {
    const dueOn = reportDueOn(period, 10);
    const submittedAt = cst(submitted);
    await prisma.monthlyReport.create({
      data: {
        insurerId: ids.insurer('MAS'), providerId: husong, period, dueOn, submittedAt,
        late: isLate(agencyDay(submittedAt), dueOn), lineCount: lines.length,
        totalFen: lines.reduce((sum, l) => sum + l.unitPriceFen * BigInt(l.quantity), 0n),
        contentHash: contentHash(lines), source: 'API',
        lines: {
          create: lines.map((l, i) => ({
            ...l, lineNo: i + 1, insurerId: ids.insurer('MAS'), providerId: husong, amountFen: l.unitPriceFen * BigInt(l.quantity),
          })),
        },
      },
    });
  }

  // Ping An's partner agreement in Ma'anshan pays its service fee by the assessment score.
  const pingan = await prisma.agreement.update({
    where: { id: ids.agreement('mas-pingan') },
    data: {
      serviceFeeBaseFen: fen(1_200_000),
      serviceFeeBands: [
        { minScore: '90.00', factorBasisPoints: 10_000 },
        { minScore: '80.00', factorBasisPoints: 9_000 },
        { minScore: '60.00', factorBasisPoints: 7_000 },
      ],
    },
  });
  // Its 2025 result was published under this formula, so it carries the fee fixed then.
  for (const a of await prisma.assessment.findMany({ where: { agreementId: pingan.id, status: 'PUBLISHED' } })) {
    const fee = fixedServiceFee(pingan, parseScore(a.score.toFixed(2))!)!;
    await prisma.assessment.update({
      where: { id: a.id },
      data: { serviceFeeBaseFen: fee.baseFeeFen, serviceFeeFactorBasisPoints: fee.factorBasisPoints, serviceFeeFen: fee.feeFen },
    });
  }

  // Linyi publishes its blacklisted pharmacy and the case behind it (曝光).
  const provider = await prisma.provider.findUniqueOrThrow({
    where: { id: lyDisclose.providerId },
    include: { insurer: true },
  });
  const blacklisting = await prisma.creditEvaluation.findFirstOrThrow({
    where: { providerId: provider.id, blacklisted: true },
    select: { id: true },
  });
  const common = {
    insurerId: provider.insurerId, providerId: provider.id, insurerNameZh: provider.insurer.nameZh,
    insurerNameEn: provider.insurer.nameEn, providerNameZh: provider.nameZh, providerNameEn: provider.nameEn,
    providerKind: provider.kind, regionCode: provider.regionCode,
    violationsZh: ['虚开处方套取医保基金'], violationsEn: ['False prescriptions to draw on the fund'],
  };
  await prisma.publicDisclosure.createMany({
    data: [
      {
        ...common, kind: 'TYPICAL_CASE', measures: ['JUDICIAL_REFERRAL', 'BLACKLIST', 'PUBLIC_DISCLOSURE'],
        amountFen: fen(865_000), decidedOn: day('2025-05-15'), sourcePenaltyId: lyDisclose.id,
        publishedAt: cst('2025-06-10T10:00:00'),
      },
      {
        ...common, kind: 'BLACKLISTED_PROVIDER', measures: ['BLACKLIST'], creditGrade: 'D', year: 2025,
        decidedOn: day('2025-05-15'), sourceCreditEvaluationId: blacklisting.id,
        publishedAt: cst('2025-06-10T10:00:00'),
      },
    ],
  });
}
