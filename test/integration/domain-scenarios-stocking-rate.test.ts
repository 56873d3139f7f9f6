import { beforeAll, describe, expect, it } from 'vitest';
import { insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createAgreement, createProvider, day } from '../factories/records.js';
import { gid, ok } from './mutation-helpers.js';
import { OVERDUE, lines, m, useMonthlyReportWorld } from './monthly-report-fixture.js';

/**
 * 备药率 (S0, Huai'an §三): the agreement requires a share of the formulary in stock (Western
 * ≥ x %, patent Chinese ≥ y %), "违者暂停医保定点资格"; the monthly purchase report (月报制) shows
 * it. A report under its indicator enters the review procedure as an indicator hit when the
 * month is checked, so the breach can be confirmed into its measure; exactly at the indicator is
 * no breach. Both pharmacies report 3 of 4 Western drugs (75.00 %): one agreement asks ≥ 80, the
 * other ≥ 75. The month checked is two months back on the agency's calendar: always overdue.
 */
useMonthlyReportWorld();

const FILE = `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { report { stockingRates { category ratePercent threshold met } } } }`;
const CHECK = `mutation ($input: CheckMonthlyReportsInput!) { checkMonthlyReports(input: $input) { checked } }`;
const HITS = `query { ruleHits(first: 50) { edges { node { claimRef amountFen detail provider { id } rule { code } } } } }`;
type Hit = { claimRef: string; amountFen: string; detail: string; provider: { id: string }; rule: { code: string } };

let atThreshold: { id: string };
beforeAll(async () => {
  const { hub, insurer } = m;
  atThreshold = await createProvider(hub.prisma, { insurerId: insurer.id, kind: 'RETAIL_PHARMACY', hospitalGrade: null, pharmacyClass: 'B' });
  const agreement = await createAgreement(
    hub.prisma,
    { insurerId: insurer.id, providerId: atThreshold.id, kind: 'RETAIL_PHARMACY_SERVICE', startsOn: day('2025-01-01'), endsOn: day(`${new Date().getUTCFullYear() + 3}-12-31`) },
    { indicators: 2 },
  );
  await hub.prisma.controlIndicator.updateMany({
    where: { version: { agreementId: agreement.id }, metric: 'WESTERN_DRUG_STOCKING_RATE' },
    data: { threshold: '75' },
  });
});

describe('备药率: a stocking rate under its indicator is a breach under review', () => {
  it('75.00 % against ≥ 80 raises one indicator hit when the month is checked; 75.00 % against ≥ 75 none; checking again raises nothing', async () => {
    const { hub, insurer, pharmacy } = m;
    const filed = ok(await hub.exec<{ fileMonthlyReport: { report: { stockingRates: { category: string; met: boolean | null }[] } } }>(FILE, { input: { period: OVERDUE, lines } }, providerStaff(pharmacy.id)));
    expect(filed.fileMonthlyReport.report.stockingRates.find((r) => r.category === 'WESTERN')).toMatchObject({ ratePercent: '75.00', threshold: '80', met: false });
    const twin = ok(await hub.exec<{ fileMonthlyReport: { report: { stockingRates: { category: string; met: boolean | null }[] } } }>(FILE, { input: { period: OVERDUE, lines } }, providerStaff(atThreshold.id)));
    expect(twin.fileMonthlyReport.report.stockingRates.find((r) => r.category === 'WESTERN')).toMatchObject({ ratePercent: '75.00', threshold: '75', met: true });

    const auditor = insurerAuditor(insurer.id);
    ok(await hub.exec(CHECK, { input: { period: OVERDUE } }, auditor));
    const stockingHits = async () =>
      ok(await hub.exec<{ ruleHits: { edges: { node: Hit }[] } }>(HITS, {}, auditor)).ruleHits.edges
        .map((e) => e.node)
        .filter((h) => h.claimRef.startsWith('INDICATOR:'));
    const hits = await stockingHits();
    expect(hits).toEqual([
      expect.objectContaining({
        claimRef: `INDICATOR:WESTERN_DRUG_STOCKING_RATE:${OVERDUE}`,
        provider: { id: gid('Provider', pharmacy.id) },
        rule: { code: `${insurer.code}-IND-WESTERN_DRUG_STOCKING_RATE` },
      }),
    ]);
    expect(hits[0]!.detail).toContain(`西药备药率 75.00，控制值 GTE 80（${OVERDUE}）`);
    const row = await hub.prisma.ruleHit.findFirstOrThrow({ where: { claimRef: hits[0]!.claimRef } });
    expect(row).toMatchObject({ status: 'OPEN', indicatorMetric: 'WESTERN_DRUG_STOCKING_RATE' });

    ok(await hub.exec(CHECK, { input: { period: OVERDUE } }, auditor));
    expect(await stockingHits()).toHaveLength(1);
  });
});
