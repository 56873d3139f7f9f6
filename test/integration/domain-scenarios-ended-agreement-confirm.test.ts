import { describe, expect, it } from 'vitest';
import { insurerAuditor, providerStaff } from '../factories/viewers.js';
import { gid, ok } from './mutation-helpers.js';
import { OVERDUE, lines, m, useMonthlyReportWorld } from './monthly-report-fixture.js';

/**
 * A stocking-rate breach (备药率, S0: 违者暂停医保定点资格) confirmed after the pharmacy's
 * agreement has expired is still a finding, but the suspension it would propose cannot apply
 * to an ended agreement (domain-scenarios-ended-agreement-penalties.test.ts): the confirmation
 * records the finding and proposes nothing, rather than being refused whole.
 */
useMonthlyReportWorld();

const FILE = `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { report { id } } }`;
const CHECK = `mutation ($input: CheckMonthlyReportsInput!) { checkMonthlyReports(input: $input) { checked } }`;
const STEP = (field: string, input = 'RuleHitStepInput') =>
  `mutation ($input: ${input}!) { ${field}(input: $input) { ruleHit { step } } }`;
const CONFIRM = `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) {
  confirmed { finding { id } ladderPenalty { id } } } }`;

describe('a breach confirmed on an expired agreement', () => {
  it('records the finding and proposes no suspension', async () => {
    const { hub, insurer, pharmacy } = m;
    const auditor = insurerAuditor(insurer.id);
    ok(await hub.exec(FILE, { input: { period: OVERDUE, lines } }, providerStaff(pharmacy.id)));
    ok(await hub.exec(CHECK, { input: { period: OVERDUE } }, auditor));
    const hit = await hub.prisma.ruleHit.findFirstOrThrow({
      where: { providerId: pharmacy.id, indicatorMetric: 'WESTERN_DRUG_STOCKING_RATE' },
    });
    const input = { ruleHitId: gid('RuleHit', hit.id), note: '备药率不达标' };
    ok(await hub.exec(STEP('reviewRuleHit'), { input }, auditor));
    ok(await hub.exec(STEP('reexamineRuleHit'), { input }, auditor));
    ok(await hub.exec(STEP('answerRuleHit'), { input: { ...input, note: '本月部分品种断货' } }, providerStaff(pharmacy.id)));
    ok(await hub.exec(STEP('investigateRuleHit', 'InvestigateRuleHitInput'), { input }, auditor));
    // The term ran out while the breach was under review.
    await hub.prisma.agreement.update({ where: { id: hit.agreementId! }, data: { status: 'EXPIRED' } });
    const confirmed = ok(
      await hub.exec<{ confirmRuleHits: { confirmed: { finding: { id: string }; ladderPenalty: null | { id: string } }[] } }>(
        CONFIRM,
        { input: { items: [{ ruleHitId: input.ruleHitId }], note: '核实西药备药率 75%，低于协议 80%' } },
        auditor,
      ),
    ).confirmRuleHits.confirmed;
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.ladderPenalty).toBeNull();
    expect(await hub.prisma.finding.count({ where: { ruleHits: { some: { id: hit.id } } } })).toBe(1);
    expect(await hub.prisma.penalty.count({ where: { agreementId: hit.agreementId! } })).toBe(0);
  });
});
