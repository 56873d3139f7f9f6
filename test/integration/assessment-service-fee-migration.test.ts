import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { migrationStatements } from '../support/migration-sql.js';
import {
  createAgreement,
  createAssessment,
  createInsurer,
  createPartner,
  createProvider,
} from '../factories/records.js';

/**
 * The data half of migration `…_assessment_service_fee_fixed`, run over rows as they stood
 * before it: a published result of a partner agreement with a formula keeps the fee the API
 * computed for it until now (base × the highest band reached, down to the fen; none reached,
 * zero); drafts, providers' results and agreements without a formula get no fee.
 */
const dataStatements = migrationStatements('assessment_service_fee_fixed', 'WITH');

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

describe('migration assessment_service_fee_fixed (data)', () => {
  it('fixes the fee of published partner results from the formula they showed', async () => {
    expect(dataStatements).toHaveLength(1);
    const insurer = await createInsurer(hub.prisma);
    const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    const withFormula = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      partnerId: (await createPartner(hub.prisma)).id,
    });
    const without = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      partnerId: (await createPartner(hub.prisma)).id,
    });
    const service = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    await hub.prisma.agreement.update({
      where: { id: withFormula.id },
      data: {
        serviceFeeBaseFen: 100_000_01n,
        serviceFeeBands: [
          { minScore: '60.00', factorBasisPoints: 7_000 },
          { minScore: '90', factorBasisPoints: 10_000 },
          { minScore: '80.5', factorBasisPoints: 9_000 },
        ],
      },
    });
    const published = (agreementId: string, year: number, score: string) =>
      createAssessment(hub.prisma, { agreementId, year, score, status: 'PUBLISHED' });
    const at805 = await published(withFormula.id, 2023, '80.50');
    const at8049 = await published(withFormula.id, 2022, '80.49');
    const below = await published(withFormula.id, 2021, '59.99');
    const draft = await createAssessment(hub.prisma, {
      agreementId: withFormula.id,
      year: 2024,
      score: '95.00',
    });
    const noFormula = await published(without.id, 2023, '95.00');
    const provider2023 = await published(service.id, 2023, '95.00');

    await hub.prisma.$executeRawUnsafe(dataStatements[0]!);

    const fee = async (id: string) => {
      const a = await hub.prisma.assessment.findUniqueOrThrow({ where: { id } });
      return [a.serviceFeeBaseFen, a.serviceFeeFactorBasisPoints, a.serviceFeeFen];
    };
    // 100,000.01 yuan × 90 % = 90,000.009 → 90,000.00 yuan; × 70 % = 70,000.007 → 70,000.00 yuan.
    expect(await fee(at805.id)).toEqual([100_000_01n, 9_000, 90_000_00n]);
    expect(await fee(at8049.id)).toEqual([100_000_01n, 7_000, 70_000_00n]);
    expect(await fee(below.id)).toEqual([100_000_01n, 0, 0n]);
    for (const a of [draft, noFormula, provider2023]) expect(await fee(a.id)).toEqual([null, null, null]);
  });

  it('keeps the three fee columns together', async () => {
    const insurer = await createInsurer(hub.prisma);
    const agreement = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      partnerId: (await createPartner(hub.prisma)).id,
    });
    await expect(
      createAssessment(hub.prisma, { agreementId: agreement.id, serviceFeeBaseFen: 1n }),
    ).rejects.toThrow(/Assessment_service_fee_whole/);
  });
});
