import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../prisma/seed.js';
import { RULES } from '../../server/domain/monitoring/rules/index.js';
import { readClauses, readIndicators } from '../../server/domain/templates/document.js';
import { AgreementKind } from '../../server/db/generated/prisma/enums.js';
import { createTestHub, type TestHub } from '../support/hub.js';

/**
 * What a newcomer's `npm start` seeds for smart monitoring: every demo insurer runs the shipped
 * rule set (a claim imported or checked at Xuzhou is screened as at Ma'anshan), and Ma'anshan
 * has its month of claims already screened.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
  await seedDemo(hub.prisma);
}, 300_000);
afterAll(() => hub?.close());

describe('the demo seed', () => {
  it('gives every insurer the shipped monitoring rules, and screens the demo month', async () => {
    const insurers = await hub.prisma.insurer.findMany({ select: { id: true, code: true } });
    expect(insurers.length).toBeGreaterThan(1);
    for (const insurer of insurers) {
      const keys = await hub.prisma.auditRule.findMany({ where: { insurerId: insurer.id, ruleKey: { not: null } }, select: { ruleKey: true } });
      expect(new Set(keys.map((k) => k.ruleKey)), insurer.code).toEqual(new Set(RULES.map((r) => r.key)));
    }
    expect(await hub.prisma.ruleHit.count()).toBeGreaterThan(0);
  });

  it('publishes each insurer a template of every kind, for the console to draft agreements from', async () => {
    const insurers = await hub.prisma.insurer.findMany({ select: { id: true, code: true } });
    for (const insurer of insurers) {
      const templates = await hub.prisma.agreementTemplate.findMany({ where: { insurerId: insurer.id, status: 'PUBLISHED' } });
      expect(new Set(templates.map((t) => t.kind)), insurer.code).toEqual(new Set(Object.values(AgreementKind)));
      for (const t of templates) {
        expect(readClauses(t.clauses).length, t.code).toBeGreaterThan(0);
        readIndicators(t.indicators);
      }
    }
  });

  it("keeps S2's chronic-disease suspension as narrow as the source: pharmacy settlement of the listed disease only", async () => {
    // 刘某 (Ma'anshan): 暂停其门诊规定病种定点药店结算1年, still free to use her chosen hospital.
    const penalty = await hub.prisma.penalty.findFirstOrThrow({
      where: { legalBasis: '马鞍山市门诊规定病种就医购药管理通知', measure: 'INSURED_SETTLEMENT_SUSPENSION' },
      select: { id: true, insuredSuspensionScope: true },
    });
    expect(penalty.insuredSuspensionScope).toBe('CHRONIC_PHARMACY');
    const rows = await hub.prisma.insuredSettlementSuspension.findMany({ where: { penaltyId: penalty.id }, select: { scope: true } });
    expect(rows).toEqual([{ scope: 'CHRONIC_PHARMACY' }]);
    // Every other seeded suspension suspends all direct settlement, as before.
    expect(await hub.prisma.insuredSettlementSuspension.count({ where: { scope: 'ALL_DIRECT_SETTLEMENT' } })).toBeGreaterThan(0);
  });

  it("fixes Ping An's 2025 service fee with its published result, as the console's partner page shows it", async () => {
    // 91 points reach the 90 band (100 %): 1,200,000 yuan, stored on the result (S0 §6).
    const partner = await hub.prisma.partner.findFirstOrThrow({ where: { nameZh: { contains: '平安' } }, select: { id: true } });
    const fees = await hub.prisma.assessment.findMany({
      where: { status: 'PUBLISHED', agreement: { partnerId: partner.id, serviceFeeBaseFen: { not: null } } },
      select: { year: true, serviceFeeFactorBasisPoints: true, serviceFeeFen: true },
    });
    expect(fees).toEqual([{ year: 2025, serviceFeeFactorBasisPoints: 10_000, serviceFeeFen: 1_200_000_00n }]);
  });
});
