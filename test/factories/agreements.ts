import type { Prisma } from '../../server/db/generated/prisma/client.js';
import { AgreementKind } from '../../server/db/generated/prisma/enums.js';
import type { Db } from './db.js';
import { day, termEndInForce, uniq } from './db.js';

// Agreements with their versions (clauses, indicators) and status transitions.

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
      endsOn: termEndInForce(),
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

/**
 * A published agreement template (协议模板) of an insurer, with no clauses: what a draft,
 * an amendment or an admission names by `templateCode` and `templateVersion` (its versionNo).
 */
export function createPublishedTemplate(
  db: Db,
  data: Partial<Prisma.AgreementTemplateUncheckedCreateInput> & { insurerId: string; code: string },
) {
  return db.agreementTemplate.create({
    data: {
      kind: 'MEDICAL_INSTITUTION_SERVICE',
      versionNo: 1,
      titleZh: '定点医疗机构服务协议',
      titleEn: 'Designated medical institution service agreement',
      status: 'PUBLISHED',
      effectiveFrom: day('2019-01-01'),
      publishedAt: new Date('2018-12-20T02:00:00Z'),
      clauses: [],
      indicators: [],
      ...data,
    },
  });
}

/** The code of the template `createPublishedTemplates` publishes for a kind: `<prefix>-<KIND>`. */
export const templateCodeOf = (kind: string, prefix = 'T') => `${prefix}-${kind}`;

/** One published template (version 1) of every agreement kind for an insurer, coded by `templateCodeOf`. */
export async function createPublishedTemplates(db: Db, insurerId: string, prefix = 'T') {
  const kinds = Object.values(AgreementKind);
  for (const kind of kinds)
    await createPublishedTemplate(db, { insurerId, kind, code: templateCodeOf(kind, prefix) });
}
