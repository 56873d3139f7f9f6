import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { Side } from './tenant-world-late.js';
import * as f from './records.js';

const at = new Date('2025-05-10T02:00:00Z');

/**
 * One side's rows of the agency's own work (templates and re-signing campaigns, what-if
 * replays, indicator measurements, ends of sanctions, applications for designation, the
 * formulary, monthly reports, documents sent, referrals, disclosures, an entrusted tip-off).
 */
export async function seedAgencySide(db: PrismaClient, s: Side): Promise<void> {
  const insurerId = s.insurerId;
  const system = { actorType: 'SYSTEM', actorId: 'test' } as const;

  // The agency's own calendar: its staff read it, no partner or provider does.
  await db.agencyCalendarDay.create({ data: { insurerId, day: f.day('2026-10-01'), kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day' } });

  const template = await db.agreementTemplate.create({
    data: {
      insurerId,
      kind: 'MEDICAL_INSTITUTION_SERVICE',
      code: f.uniq('TPL'),
      versionNo: 1,
      titleZh: '医疗机构服务协议',
      titleEn: 'Medical institution service agreement',
      status: 'PUBLISHED',
      effectiveFrom: f.day('2026-01-01'),
      publishedAt: at,
      clauses: [],
      indicators: [],
    },
  });
  // A draft no provider is asked to sign: the insurer sees it, the provider must not.
  await db.agreementTemplate.create({
    data: {
      insurerId,
      kind: 'MEDICAL_INSTITUTION_SERVICE',
      code: f.uniq('TPL'),
      versionNo: 1,
      titleZh: '草稿',
      titleEn: 'Draft',
      effectiveFrom: f.day('2026-01-01'),
      clauses: [],
      indicators: [],
    },
  });
  await db.resigningCampaign.create({
    data: {
      insurerId,
      templateId: template.id,
      total: 1,
      startedById: 'test',
      items: { create: { insurerId, providerId: s.providerId, agreementId: s.agreementId } },
    },
  });
  await db.whatIfReplay.create({
    data: {
      insurerId,
      templateId: template.id,
      periodFrom: f.day('2025-01-01'),
      periodTo: f.day('2025-06-30'),
      createdById: 'test',
    },
  });
  await db.agreementTransition.create({
    data: {
      agreementId: s.agreementId,
      action: 'SIGN',
      fromStatus: 'DRAFT',
      toStatus: 'SIGNED',
      reason: '双方签订',
      effectiveOn: f.day('2025-01-01'),
      ...system,
    },
  });
  await db.indicatorMeasurement.create({
    data: {
      insurerId,
      providerId: s.providerId,
      agreementId: s.agreementId,
      month: f.day('2025-05-01'),
      metric: 'DRUG_SHARE',
      value: '38.5',
      numerator: '385',
      denominator: '1000',
      comparator: 'LTE',
      threshold: '40',
    },
  });
  await db.sanctionEnd.create({
    data: {
      insurerId,
      providerId: s.providerId,
      kind: 'PHYSICIAN_BILLING_SUSPENSION',
      reason: 'TERM_ENDED',
      physicianId: s.physicianId,
      endedOn: f.day('2025-06-01'),
      ...system,
    },
  });
  await db.designationApplication.create({
    data: {
      number: f.uniq('SQ-'),
      insurerId,
      providerId: s.providerId,
      applicantNameZh: '申请机构',
      applicantNameEn: 'Applicant',
      kind: 'HOSPITAL',
      ownership: 'PUBLIC',
      licenceScope: ['内科'],
      regionCode: '340503',
      submittedAt: at,
      evaluationDueOn: f.day('2025-06-10'),
      decisionDueOn: f.day('2025-07-10'),
      submittedByType: 'USER',
      submittedById: 'test',
    },
  });
  await db.formularyDrug.create({
    data: {
      insurerId,
      drugCode: f.uniq('XD'),
      nameZh: '阿莫西林',
      nameEn: 'Amoxicillin',
      category: 'WESTERN',
    },
  });
  await db.monthlyReport.create({
    data: {
      insurerId,
      providerId: s.providerId,
      period: '2025-05',
      dueOn: f.day('2025-06-10'),
      submittedAt: at,
      late: false,
      lineCount: 1,
      totalFen: 12_000n,
      contentHash: 'h',
      source: 'test',
      lines: {
        create: {
          insurerId,
          providerId: s.providerId,
          lineNo: 1,
          drugCode: 'XJ01CA',
          drugName: '阿莫西林胶囊',
          maker: '某药厂',
          channel: '集采',
          category: 'WESTERN',
          unitPriceFen: 6_000n,
          quantity: 2,
          amountFen: 12_000n,
        },
      },
    },
  });
  const penaltyDoc = {
    insurerId,
    providerId: s.providerId,
    penaltyId: s.penaltyId,
    documentRef: f.uniq('DOC'),
  };
  await db.dispatchedDocument.create({
    data: { ...penaltyDoc, kind: 'HEALTH_AUTHORITY_NOTICE', recipient: '卫生健康委员会', dispatchedAt: at },
  });
  await db.referral.create({
    data: { ...penaltyDoc, kind: 'ADMINISTRATIVE', receivingAuthority: '市场监督管理局', referredAt: at },
  });
  await db.publicDisclosure.create({
    data: {
      insurerId,
      providerId: s.providerId,
      kind: 'TYPICAL_CASE',
      insurerNameZh: '医保局',
      insurerNameEn: 'Insurer',
      providerNameZh: '医院',
      providerNameEn: 'Hospital',
      providerKind: 'HOSPITAL',
      regionCode: '340503',
      violationsZh: ['分解住院'],
      violationsEn: ['Split admission'],
      measures: ['DEDUCTION'],
      decidedOn: f.day('2025-06-01'),
      sourcePenaltyId: s.penaltyId,
      publishedAt: at,
    },
  });
  // The partner entrusted by this insurer investigates one of its tip-offs (and only that one).
  await f.createTipOff(db, {
    insurerId,
    providerId: s.providerId,
    assigneePartnerId: s.partnerId,
    summary: '委托调查',
  });
}
