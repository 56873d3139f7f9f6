import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createAgreement, createFinding } from '../factories/records.js';
import { claimInput, type MonitoringWorld } from './rules/world.js';
import { gid, lastEvents, ok, refused } from './mutation-helpers.js';

/**
 * An insured person's settlement suspension (暂停医保结算) proposed without a duration: reported
 * as leaving no end date, so that the person was never suspended. Driven through GraphQL as an
 * agency does — propose, issue, execute — then the person's next claim is checked and settled.
 */
let hub: TestHub;
let w: MonitoringWorld;
let admin: ReturnType<typeof insurerAdmin>;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  admin = insurerAdmin(w.insurer.id);
});
afterAll(() => hub.close());

const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id durationMonths } } }`;
const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq penalty { effectiveFrom effectiveUntil } } }`;
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey blocking } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { auditSeq } }`;

describe('an insured settlement suspension proposed without a duration', () => {
  it('gets the standard term, so the person is suspended: checkClaim warns and settleClaim refuses, with the interception recorded', async () => {
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: w.providers[0]!.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
    const person = await w.person();
    const proposed = ok(
      await hub.exec<{ proposePenalty: { penalty: { id: string; durationMonths: number | null } } }>(
        PROPOSE,
        {
          input: {
            findingId: gid('Finding', finding.id),
            legalBasis: '《医疗保障基金使用监督管理条例》',
            clauseRef: '第四十一条',
            measure: 'INSURED_SETTLEMENT_SUSPENSION',
            insuredPersonId: gid('InsuredPerson', person.id),
            multiple: null,
            durationMonths: null,
          },
        },
        insurerAuditor(w.insurer.id),
      ),
    ).proposePenalty.penalty;
    // No open-ended insured suspension exists: the measure's term defaults (12 months).
    expect(proposed.durationMonths).toBe(12);
    ok(await hub.exec(`mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`, { input: { id: proposed.id, expectedVersion: 1 } }, admin));
    const executed = ok(
      await hub.exec<{ executePenalty: { penalty: { effectiveFrom: string; effectiveUntil: string | null } } }>(EXECUTE, { input: { id: proposed.id, expectedVersion: 2 } }, admin),
    ).executePenalty.penalty;
    expect(executed.effectiveUntil).not.toBeNull();
    const row = await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.settlementSuspendedUntil).not.toBeNull();
    expect(row.settlementSuspendedFrom).not.toBeNull();

    // A visit today, inside the suspension.
    const claim = w.claim({ insuredIdNumber: person.idNumber, settledAt: new Date().toISOString() });
    const check = ok(await hub.exec<{ checkClaim: { reminders: { ruleKey: string; blocking: boolean }[] } }>(CHECK, { input: claimInput(claim) }, admin));
    expect(check.checkClaim.reminders).toContainEqual({ ruleKey: 'INSURED_SUSPENDED', blocking: true });
    const ext = refused(await hub.exec(SETTLE, { input: claimInput(claim) }, admin), 'SETTLEMENT_BLOCKED');
    expect((ext.hits as { ruleKey: string; blocking: boolean }[]).filter((h) => h.blocking).map((h) => h.ruleKey)).toEqual(['INSURED_SUSPENDED']);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: claim.settlementId } })).toBe(0);
    expect(await lastEvents(hub, 1)).toMatchObject([{ type: 'claim.intercepted' }]);
  });

  it('a stored penalty without a duration (written outside the proposal) still suspends the person on execution', async () => {
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: w.providers[0]!.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
    const person = await w.person();
    const proposed = ok(
      await hub.exec<{ proposePenalty: { penalty: { id: string } } }>(
        PROPOSE,
        { input: { findingId: gid('Finding', finding.id), legalBasis: '条例', clauseRef: '第四十一条', measure: 'INSURED_SETTLEMENT_SUSPENSION', insuredPersonId: gid('InsuredPerson', person.id), multiple: null } },
        insurerAuditor(w.insurer.id),
      ),
    ).proposePenalty.penalty;
    ok(await hub.exec(`mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`, { input: { id: proposed.id, expectedVersion: 1 } }, admin));
    const rawId = Buffer.from(proposed.id, 'base64').toString().split(':')[1]!;
    await hub.prisma.penalty.update({ where: { id: rawId }, data: { durationMonths: null } });
    const executed = ok(
      await hub.exec<{ executePenalty: { penalty: { effectiveFrom: string; effectiveUntil: string | null } } }>(EXECUTE, { input: { id: proposed.id, expectedVersion: 2 } }, admin),
    ).executePenalty.penalty;
    // The measure's standard term, as at proposal: an insured suspension ends only when lifted after it.
    expect(executed.effectiveUntil).not.toBeNull();
    const row = await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.settlementSuspendedUntil?.toISOString().slice(0, 10)).toBe(executed.effectiveUntil);
    const [suspended] = await lastEvents(hub, 2);
    expect(suspended).toMatchObject({ type: 'insuredPerson.settlementSuspended', data: expect.objectContaining({ until: executed.effectiveUntil }) });
    const claim = w.claim({ insuredIdNumber: person.idNumber, settledAt: new Date().toISOString() });
    const ext = refused(await hub.exec(SETTLE, { input: claimInput(claim) }, admin), 'SETTLEMENT_BLOCKED');
    expect((ext.hits as { ruleKey: string; blocking: boolean }[]).filter((h) => h.blocking).map((h) => h.ruleKey)).toEqual(['INSURED_SUSPENDED']);
  });

  it('is refused for a partner (denied twin): a provider cannot propose it', async () => {
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: w.providers[1]!.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
    const person = await w.person();
    const r = await hub.exec(
      PROPOSE,
      { input: { findingId: gid('Finding', finding.id), legalBasis: '条例', clauseRef: '第四十一条', measure: 'INSURED_SETTLEMENT_SUSPENSION', insuredPersonId: gid('InsuredPerson', person.id), multiple: null } },
      providerStaff(w.providers[1]!.id),
    );
    refused(r, 'FORBIDDEN');
    expect((await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } })).settlementSuspendedUntil).toBeNull();
  });
});
