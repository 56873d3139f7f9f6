import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createAgreement, createFinding, createPhysician, createProvider } from '../factories/records.js';
import { claimInput, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { agencyToday, gid, lastEvents, ok, rawOf, refused } from './mutation-helpers.js';
import { startOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { screenChunk } from '../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../server/domain/monitoring/active-rules.js';
import { monthOf } from '../../server/domain/monitoring/claim-record.js';
import { inTransaction } from '../../server/domain/transaction.js';

/**
 * What a measure forbids once executed (docs/domain/measures.md "What a measure forbids"),
 * driven end to end through GraphQL: the penalty is proposed, issued and executed as an agency
 * does, then the provider's next claim is settled (事中) and refused, or settled again once the
 * measure is lifted.
 */
let hub: TestHub;
let w: MonitoringWorld;
let admin: ReturnType<typeof insurerAdmin>;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  admin = insurerAdmin(w.insurer.id);
});
afterAll(() => hub.close());

const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { auditSeq hits { ruleKey } } }`;
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey blocking } } }`;
const settle = (c: ClaimIn) => hub.exec<{ settleClaim: { auditSeq: string } }>(SETTLE, { input: claimInput(c) }, admin);
const blockedBy = (ext: Record<string, unknown>) =>
  (ext.hits as { ruleKey: string; blocking: boolean }[]).filter((h) => h.blocking).map((h) => h.ruleKey);

/** A provider of the world with an active service agreement and a finding under it. */
async function contracted(providerIndex: number) {
  const provider = w.providers[providerIndex]!;
  const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
  return { provider, agreement, finding };
}

async function executed(findingId: string, over: Record<string, unknown>, beforeExecute?: (id: string) => Promise<void>) {
  const p = ok(
    await hub.exec<{ proposePenalty: { penalty: { id: string } } }>(
      `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id } } }`,
      { input: { findingId: gid('Finding', findingId), legalBasis: '《服务协议》', clauseRef: '第三十条', multiple: null, ...over } },
      insurerAuditor(w.insurer.id),
    ),
  ).proposePenalty.penalty;
  ok(await hub.exec(`mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`, { input: { id: p.id, expectedVersion: 1 } }, admin));
  await beforeExecute?.(p.id);
  ok(await hub.exec(`mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq } }`, { input: { id: p.id, expectedVersion: 2 } }, admin));
  return p.id;
}

describe("a physician's stopped billing right (停止医保结算资格) refuses their claims", () => {
  it('refused while suspended, with the interception counted; settled again once the suspension is overturned on appeal', async () => {
    const { provider, finding } = await contracted(0);
    const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id });
    const id = await executed(finding.id, { measure: 'PHYSICIAN_BILLING_SUSPENSION', physicianId: gid('Physician', physician.id), durationMonths: 12 });
    const person = await w.person();
    const claim = w.claim({ insuredIdNumber: person.idNumber, physicianCode: physician.code });
    const before = ok(await hub.exec<{ checkClaim: { reminders: { ruleKey: string; blocking: boolean }[] } }>(CHECK, { input: claimInput(claim) }, admin));
    expect(before.checkClaim.reminders).toContainEqual({ ruleKey: 'PHYSICIAN_SUSPENDED', blocking: true });
    expect(blockedBy(refused(await settle(claim), 'SETTLEMENT_BLOCKED'))).toEqual(['PHYSICIAN_SUSPENDED']);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: claim.settlementId } })).toBe(0);
    const [event] = await lastEvents(hub, 1);
    expect(event).toMatchObject({ type: 'claim.intercepted', providerId: provider.id });
    // Another physician of the same provider still bills.
    ok(await settle(w.claim({ insuredIdNumber: person.idNumber, physicianCode: w.physician.code, settledAt: '2026-03-11T02:00:00Z' })));
    ok(await hub.exec(`mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { auditSeq } }`, { input: { penaltyId: id, kind: 'APPEAL', grounds: '该医师未参与违规诊疗' } }, providerStaff(provider.id)));
    ok(await hub.exec(`mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { auditSeq } }`, { input: { penaltyId: id, expectedVersion: 4, decision: 'OVERTURN', reason: '查无实据' } }, admin));
    const again = ok(await settle({ ...claim, settlementId: `${claim.settlementId}-R` })).settleClaim;
    expect(await lastEvents(hub, 1)).toMatchObject([{ type: 'claim.settled', seq: BigInt(again.auditSeq) }]);
  });
});

describe('a terminated agreement (解除协议) refuses every later claim under it', () => {
  it('refused under the terminated agreement and, naming none, for the provider with no agreement in force', async () => {
    const { provider, agreement, finding } = await contracted(1);
    await executed(finding.id, { measure: 'AGREEMENT_TERMINATION' }, async (id) => {
      // A termination waits for the appeal period: as if issued sixteen days ago.
      const endOfYesterday = new Date(startOfAgencyDay(agencyToday()).getTime() - 1);
      await hub.prisma.penalty.update({ where: { id: Buffer.from(id, 'base64').toString().split(':')[1]! }, data: { appealDeadline: endOfYesterday } });
    });
    const person = await w.person();
    const under = w.claim({ insuredIdNumber: person.idNumber, providerCode: provider.code, agreementNumber: agreement.number });
    expect(blockedBy(refused(await settle(under), 'SETTLEMENT_BLOCKED'))).toEqual(['AGREEMENT_ENDED']);
    const unnamed = w.claim({ insuredIdNumber: person.idNumber, providerCode: provider.code, settledAt: '2026-03-12T02:00:00Z' });
    expect(blockedBy(refused(await settle(unnamed), 'SETTLEMENT_BLOCKED'))).toEqual(['AGREEMENT_ENDED']);
  });
});

describe('a suspended real-time settlement (暂停医保实时结算) refuses claims until the agreement is resumed', () => {
  it('refused while suspended; resumed by the agency with a reason, the next claim settles', async () => {
    const { provider, agreement, finding } = await contracted(2);
    await executed(finding.id, { measure: 'SETTLEMENT_SUSPENSION', durationMonths: 3 });
    const person = await w.person();
    // Served today: inside the suspension, which starts on the execution day.
    const claim = w.claim({ insuredIdNumber: person.idNumber, providerCode: provider.code, agreementNumber: agreement.number, settledAt: new Date().toISOString() });
    expect(blockedBy(refused(await settle(claim), 'SETTLEMENT_BLOCKED'))).toEqual(['PROVIDER_SUSPENDED']);
    const row = await hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    ok(await hub.exec(`mutation ($input: ResumeAgreementInput!) { resumeAgreement(input: $input) { auditSeq } }`, { input: { id: gid('Agreement', agreement.id), expectedVersion: row.version, reason: '整改到位，恢复结算' } }, admin));
    ok(await settle({ ...claim, settlementId: `${claim.settlementId}-R` }));
  });
});

/**
 * A provider whose settlement was suspended by an executed penalty effective ten days ago (on the
 * agency's calendar), and its claims served a given number of days back.
 */
async function suspendedTenDaysAgo() {
  const provider = await createProvider(hub.prisma, { insurerId: w.insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
  const startedOn = agencyToday();
  startedOn.setUTCDate(startedOn.getUTCDate() - 10);
  const p = ok(
    await hub.exec<{ proposePenalty: { penalty: { id: string } } }>(
      `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id } } }`,
      { input: { findingId: gid('Finding', finding.id), legalBasis: '《服务协议》', clauseRef: '第三十条', measure: 'SETTLEMENT_SUSPENSION', durationMonths: 3 } },
      insurerAuditor(w.insurer.id),
    ),
  ).proposePenalty.penalty;
  ok(await hub.exec(`mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`, { input: { id: p.id, expectedVersion: 1 } }, admin));
  // Issued (notified) ten days ago too: a penalty takes effect on its issue day at the earliest.
  await hub.prisma.penalty.update({ where: { id: rawOf(p.id) }, data: { issuedAt: new Date(Date.now() - 10 * 86_400_000) } });
  ok(await hub.exec(`mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq } }`, { input: { id: p.id, expectedVersion: 2, effectiveFrom: startedOn.toISOString().slice(0, 10) } }, admin));
  const person = await w.person();
  const servedDaysAgo = (n: number, tag: string) =>
    ({ ...w.claim({ insuredIdNumber: person.idNumber, providerCode: provider.code, agreementNumber: agreement.number, settledAt: new Date(Date.now() - n * 86_400_000).toISOString() }), settlementId: `SV-${tag}-${Math.random()}` });
  const resume = async () => {
    const row = await hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    ok(await hub.exec(`mutation ($input: ResumeAgreementInput!) { resumeAgreement(input: $input) { auditSeq } }`, { input: { id: gid('Agreement', agreement.id), expectedVersion: row.version, reason: '整改到位，恢复结算' } }, admin));
  };
  return { provider, servedDaysAgo, resume };
}

describe('a claim is judged against the suspension in force on its service day', () => {
  it('served before the suspension began: settles while the agreement is suspended; served inside it: refused, also after the agreement resumed', async () => {
    const { servedDaysAgo, resume } = await suspendedTenDaysAgo();
    ok(await settle(servedDaysAgo(20, 'before')));
    expect(blockedBy(refused(await settle(servedDaysAgo(5, 'inside')), 'SETTLEMENT_BLOCKED'))).toEqual(['PROVIDER_SUSPENDED']);
    await resume();
    const later = refused(await settle(servedDaysAgo(5, 'inside-later')), 'SETTLEMENT_BLOCKED');
    expect(blockedBy(later)).toEqual(['PROVIDER_SUSPENDED']);
    // The resumed agreement no longer carries a scope: the suspension's transition tells that it
    // was the real-time settlement (a SETTLEMENT_SUSPENSION penalty), not the whole agreement.
    expect((later.hits as { explanationZh: string }[]).map((h) => h.explanationZh)).toEqual(['定点机构医保实时结算暂停期间结算']);
    ok(await settle(servedDaysAgo(0, 'after')));
  });

  it('after settlement (事后审核), once the agreement resumed: a screening hits only the claim served inside the suspension', async () => {
    const { provider, servedDaysAgo, resume } = await suspendedTenDaysAgo();
    await resume();
    const claims = { before: servedDaysAgo(20, 'before'), inside: servedDaysAgo(5, 'inside'), after: servedDaysAgo(0, 'after') };
    const ctx = { actor: admin, requestId: null };
    const report = await importClaims(ctx, w.insurer.id, (async function* () {
      for (const [i, value] of Object.values(claims).entries()) yield { line: i + 1, value };
    })());
    expect(report.errors).toEqual([]);
    await inTransaction(ctx, async (tx) => {
      const rules = await activeRules(tx, w.insurer.id, 'AFTER');
      const [fromMonth, toMonth] = [claims.before, claims.after].map((c) => monthOf(new Date(c.settledAt))) as [string, string];
      await screenChunk(tx, { insurerId: w.insurer.id, providerId: provider.id, fromMonth, toMonth, runId: null }, rules);
    });
    const hits = await hub.prisma.ruleHit.findMany({ where: { providerId: provider.id, stage: 'AFTER', rule: { ruleKey: 'PROVIDER_SUSPENDED' } } });
    expect(hits.map((h) => h.claimRef)).toEqual([claims.inside.settlementId]);
  });
});

describe("an insured person's suspended direct settlement (暂停直接结算) refuses their claims", () => {
  it('refused after execution; the appeal overturns it and the same person settles again, without the written-request step', async () => {
    const { finding } = await contracted(0);
    const person = await w.person();
    const id = await executed(finding.id, { measure: 'INSURED_SETTLEMENT_SUSPENSION', insuredPersonId: gid('InsuredPerson', person.id) });
    expect((await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } })).settlementSuspendedUntil).not.toBeNull();
    // A visit today: the suspension starts on the execution day, so a fixed visit day turns into a
    // visit before the suspension (not inside it) once the clock passes it.
    const claim = w.claim({ insuredIdNumber: person.idNumber, settledAt: new Date().toISOString() });
    expect(blockedBy(refused(await settle(claim), 'SETTLEMENT_BLOCKED'))).toEqual(['INSURED_SUSPENDED']);
    // The person's appeal is filed by the agency on paper (an insured person holds no account).
    ok(await hub.exec(`mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { auditSeq } }`, { input: { penaltyId: id, kind: 'RECONSIDERATION', grounds: '药品为本人按处方取用' } }, admin));
    ok(await hub.exec(`mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { auditSeq } }`, { input: { penaltyId: id, expectedVersion: 4, decision: 'OVERTURN', reason: '处方真实' } }, admin));
    const [restored] = await lastEvents(hub, 2);
    // Personal data: the restoration event is tagged with the insurer only.
    expect(restored).toMatchObject({ type: 'insuredPerson.settlementRestored', insurerId: w.insurer.id, providerId: null });
    ok(await settle({ ...claim, settlementId: `${claim.settlementId}-R` }));
  });
});
