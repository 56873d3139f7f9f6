import { describe, expect, it } from 'vitest';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createFinding } from '../factories/records.js';
import { localDay } from '../../server/domain/shared/local-date.js';
import { claimInput } from './rules/world.js';
import { useMonitoringWorld } from './monitoring-world-fixture.js';
import { gid, ok, refused } from './mutation-helpers.js';

/**
 * The scope of an insured person's settlement suspension, through GraphQL as an agency sets it:
 * propose (with the scope), issue, execute; then the person's claims are settled. S2 narrows the
 * sanction to 门诊规定病种定点药店结算 — the person still treated at the chosen hospital — while
 * 暂停医保直接结算 (the default) refuses every claim.
 */
const env = useMonitoringWorld();

const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id insuredSuspensionScope } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { auditSeq } }`;
const SUSPENSIONS = `query ($id: ID!) { node(id: $id) { ... on InsuredPerson { settlementSuspensions { scope } } } }`;

async function suspend(scope: 'ALL_DIRECT_SETTLEMENT' | 'CHRONIC_PHARMACY' | null) {
  const agreement = await createAgreement(env.hub.prisma, { insurerId: env.w.insurer.id, providerId: env.w.providers[0]!.id });
  const finding = await createFinding(env.hub.prisma, { agreementId: agreement.id, violatingAmountFen: 300_000n });
  const person = await env.w.person();
  const input = { findingId: gid('Finding', finding.id), legalBasis: '协议第六十条', clauseRef: '第六十条', measure: 'INSURED_SETTLEMENT_SUSPENSION', insuredPersonId: gid('InsuredPerson', person.id) };
  const proposed = ok(
    await env.hub.exec<{ proposePenalty: { penalty: { id: string; insuredSuspensionScope: string } } }>(PROPOSE, { input: scope ? { ...input, insuredSuspensionScope: scope } : input }, insurerAuditor(env.w.insurer.id)),
  ).proposePenalty.penalty;
  expect(proposed.insuredSuspensionScope).toBe(scope ?? 'ALL_DIRECT_SETTLEMENT');
  ok(await env.hub.exec(`mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`, { input: { id: proposed.id, expectedVersion: 1 } }, env.admin));
  ok(await env.hub.exec(`mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq } }`, { input: { id: proposed.id, expectedVersion: 2 } }, env.admin));
  const shown = ok(await env.hub.exec<{ node: { settlementSuspensions: { scope: string }[] } }>(SUSPENSIONS, { id: gid('InsuredPerson', person.id) }, env.admin));
  expect(shown.node.settlementSuspensions).toEqual([{ scope: scope ?? 'ALL_DIRECT_SETTLEMENT' }]);
  return person;
}

/** Today's visits (inside the suspension, which starts today): a prescribed chronic-disease sale at the pharmacy, a hospital visit. */
function visits(idNumber: string) {
  const now = new Date();
  const lines = [env.w.line({ catalogueCode: 'X-BP', name: '降压药', prescriptionNo: 'RX-SCOPE-1', prescribedOn: localDay(now), servedOn: localDay(now) })];
  const common = { insuredIdNumber: idNumber, settledAt: now.toISOString(), settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'], lines };
  return {
    pharmacy: env.w.claim({ ...common, visitType: 'PHARMACY', providerCode: env.w.pharmacy.code }),
    hospital: env.w.claim({ ...common, visitType: 'CHRONIC_OUTPATIENT', providerCode: env.w.providers[0]!.code }),
  };
}

const blockedBy = (ext: Record<string, unknown>) => (ext.hits as { ruleKey: string; blocking: boolean }[]).filter((h) => h.blocking).map((h) => h.ruleKey);

describe("the scope of an insured person's settlement suspension", () => {
  it('CHRONIC_PHARMACY: the chronic-disease sale at the pharmacy is refused, the same person is settled at the hospital', async () => {
    const person = await suspend('CHRONIC_PHARMACY');
    const { pharmacy, hospital } = visits(person.idNumber);
    expect(blockedBy(refused(await env.hub.exec(SETTLE, { input: claimInput(pharmacy) }, env.admin), 'SETTLEMENT_BLOCKED'))).toEqual(['INSURED_SUSPENDED']);
    ok(await env.hub.exec(SETTLE, { input: claimInput(hospital) }, env.admin));
    expect(await env.hub.prisma.claimKey.count({ where: { settlementId: { in: [pharmacy.settlementId, hospital.settlementId] } } })).toBe(1);
  });

  it('ALL_DIRECT_SETTLEMENT, the default when no scope is given: both claims are refused', async () => {
    const person = await suspend(null);
    const { pharmacy, hospital } = visits(person.idNumber);
    for (const claim of [pharmacy, hospital])
      expect(blockedBy(refused(await env.hub.exec(SETTLE, { input: claimInput(claim) }, env.admin), 'SETTLEMENT_BLOCKED'))).toEqual(['INSURED_SUSPENDED']);
  });

  it('a scope on any other measure is refused, in Chinese and English, and nothing is proposed', async () => {
    const agreement = await createAgreement(env.hub.prisma, { insurerId: env.w.insurer.id, providerId: env.w.providers[1]!.id });
    const finding = await createFinding(env.hub.prisma, { agreementId: agreement.id, violatingAmountFen: 300_000n });
    const ext = refused(
      await env.hub.exec(PROPOSE, { input: { findingId: gid('Finding', finding.id), legalBasis: '协议第六十条', clauseRef: '第六十条', measure: 'RECOVERY', insuredSuspensionScope: 'CHRONIC_PHARMACY' } }, insurerAuditor(env.w.insurer.id)),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toContainEqual(
      expect.objectContaining({ path: ['input', 'insuredSuspensionScope'], messageZh: '只有暂停参保人医保结算才有暂停范围', messageEn: "only an insured person's settlement suspension has a scope" }),
    );
    expect(await env.hub.prisma.penalty.count({ where: { findingId: finding.id } })).toBe(0);
  });
});
