import { beforeAll, describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor, providerStaff } from '../factories/viewers.js';
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

const STEP = (field: string, input = 'RuleHitStepInput') =>
  `mutation ($input: ${input}!) { ${field}(input: $input) { ruleHit { step } } }`;
const CONFIRM = `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) {
  confirmed { finding { id } ladderPenalty { id measure status legalBasis version } } } }`;
const ISSUE = `mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { penalty { status version } } }`;
const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { penalty { status } } }`;
const AGREEMENT = `query ($id: ID!) { node(id: $id) { ... on Agreement { status } } }`;
type Confirmed = { finding: { id: string }; ladderPenalty: { id: string; measure: string; status: string; legalBasis: string; version: number } | null };

describe('备药率: a confirmed stocking-rate breach leads to the suspension the document prescribes', () => {
  it('confirming the hit through the review procedure proposes an agreement suspension; issued and executed, the agreement is suspended', async () => {
    const { hub, insurer, pharmacy } = m;
    const auditor = insurerAuditor(insurer.id);
    const admin = insurerAdmin(insurer.id);
    const hit = await hub.prisma.ruleHit.findFirstOrThrow({
      where: { providerId: pharmacy.id, indicatorMetric: 'WESTERN_DRUG_STOCKING_RATE' },
    });
    const agreement = await hub.prisma.agreement.findFirstOrThrow({ where: { id: hit.agreementId! } });
    expect(agreement.status).toBe('ACTIVE');
    const input = { ruleHitId: gid('RuleHit', hit.id), note: '备药率不达标' };
    ok(await hub.exec(STEP('reviewRuleHit'), { input }, auditor));
    ok(await hub.exec(STEP('reexamineRuleHit'), { input }, auditor));
    ok(await hub.exec(STEP('answerRuleHit'), { input: { ...input, note: '本月部分品种断货' } }, providerStaff(pharmacy.id)));
    ok(await hub.exec(STEP('investigateRuleHit', 'InvestigateRuleHitInput'), { input }, auditor));
    const confirmed = ok(
      await hub.exec<{ confirmRuleHits: { confirmed: Confirmed[] } }>(
        CONFIRM,
        { input: { items: [{ ruleHitId: input.ruleHitId }], note: '核实西药备药率 75%，低于协议 80%' } },
        auditor,
      ),
    ).confirmRuleHits.confirmed[0]!;
    const finding = await hub.prisma.finding.findFirstOrThrow({ where: { ruleHits: { some: { id: hit.id } } }, include: { violationType: true } });
    expect(finding.violationType).toMatchObject({ code: 'STOCKING_RATE_SHORTFALL', nameZh: '备药率不达标' });
    const penalty = confirmed.ladderPenalty!;
    expect(penalty).toMatchObject({ measure: 'AGREEMENT_SUSPENSION', status: 'PROPOSED' });
    expect(penalty.legalBasis).toContain('西药备药率');
    const row = await hub.prisma.penalty.findFirstOrThrow({ where: { agreementId: agreement.id } });
    expect(row).toMatchObject({ agreementId: agreement.id, providerId: pharmacy.id, clauseRef: '协议控制指标「西药备药率」 ≥ 80' });
    expect(await hub.prisma.auditEvent.count({ where: { type: 'penalty.proposed', entityId: row.id } })).toBe(1);

    const issued = ok(await hub.exec<{ issuePenalty: { penalty: { version: number } } }>(ISSUE, { input: { id: penalty.id, expectedVersion: row.version } }, admin));
    ok(await hub.exec(EXECUTE, { input: { id: penalty.id, expectedVersion: issued.issuePenalty.penalty.version } }, admin));
    const after = ok(await hub.exec<{ node: { status: string } }>(AGREEMENT, { id: gid('Agreement', agreement.id) }, auditor));
    expect(after.node.status).toBe('SUSPENDED');
  });
});
