import type { Db } from './db.js';
import { day, termEndInForce, uniq } from './db.js';
import { createViolationType } from './supervision.js';

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
        endsOn: termEndInForce(),
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
