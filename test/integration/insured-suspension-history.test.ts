import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createFinding } from '../factories/records.js';
import { claimInput, type MonitoringWorld } from './rules/world.js';
import { agencyToday, gid, iso, ok, plusDays, refused } from './mutation-helpers.js';

/**
 * Two settlement suspensions of one insured person in sequence: an earlier one, restored, then a
 * second executed through GraphQL. Each claim is judged by the suspension in force on its visit
 * day — not only the latest — and the person's history lists both.
 */
let hub: TestHub;
let w: MonitoringWorld;
let admin: ReturnType<typeof insurerAdmin>;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  admin = insurerAdmin(w.insurer.id);
});
afterAll(() => hub.close());

const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id } } }`;
const ISSUE = `mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq } }`;
const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { penalty { effectiveFrom effectiveUntil } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { auditSeq } }`;
const HISTORY = `query ($id: ID!) { node(id: $id) { ... on InsuredPerson { settlementSuspensions { suspendedFrom suspendedUntil restoredOn reversedOn } } } }`;

/** Noon, China time, on the agency day `days` from today. */
const noonOn = (days: number) => new Date(plusDays(agencyToday(), days).getTime() + 4 * 3_600_000).toISOString();

describe('an insured person suspended twice', () => {
  it('refuses claims inside either suspension, settles the one between, and lists both', async () => {
    const first = { from: plusDays(agencyToday(), -300), until: plusDays(agencyToday(), -210), restoredOn: plusDays(agencyToday(), -200) };
    // The first suspension, run and restored on request (as liftSettlementSuspension leaves it).
    const person = await w.person();
    await hub.prisma.insuredPerson.update({
      where: { id: person.id },
      data: {
        settlementSuspendedFrom: first.from,
        settlementRestoredOn: first.restoredOn,
        settlementSuspensions: {
          create: { insurerId: w.insurer.id, suspendedFrom: first.from, suspendedUntil: first.until, restoredOn: first.restoredOn },
        },
      },
    });
    // The second, proposed, issued and executed through the API: it starts today.
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: w.providers[0]!.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
    const { id } = ok(
      await hub.exec<{ proposePenalty: { penalty: { id: string } } }>(
        PROPOSE,
        {
          input: {
            findingId: gid('Finding', finding.id),
            legalBasis: '《医疗保障基金使用监督管理条例》',
            clauseRef: '第四十一条',
            measure: 'INSURED_SETTLEMENT_SUSPENSION',
            insuredPersonId: gid('InsuredPerson', person.id),
            multiple: null,
            durationMonths: 6,
          },
        },
        insurerAuditor(w.insurer.id),
      ),
    ).proposePenalty.penalty;
    ok(await hub.exec(ISSUE, { input: { id, expectedVersion: 1 } }, admin));
    const second = ok(
      await hub.exec<{ executePenalty: { penalty: { effectiveFrom: string; effectiveUntil: string } } }>(EXECUTE, { input: { id, expectedVersion: 2 } }, admin),
    ).executePenalty.penalty;

    const settle = (settledAt: string) => hub.exec(SETTLE, { input: claimInput(w.claim({ insuredIdNumber: person.idNumber, settledAt })) }, admin);
    const blockedBy = (r: Awaited<ReturnType<typeof settle>>) =>
      (refused(r, 'SETTLEMENT_BLOCKED').hits as { ruleKey: string; blocking: boolean }[]).filter((h) => h.blocking).map((h) => h.ruleKey);
    // Inside the first (restored before the second began): the latest suspension alone would miss it.
    expect(blockedBy(await settle(noonOn(-250)))).toEqual(['INSURED_SUSPENDED']);
    // Between the two: settled.
    ok(await settle(noonOn(-150)));
    // Inside the second, running.
    expect(blockedBy(await settle(new Date().toISOString()))).toEqual(['INSURED_SUSPENDED']);

    const history = ok(
      await hub.exec<{ node: { settlementSuspensions: Record<string, string | null>[] } }>(HISTORY, { id: gid('InsuredPerson', person.id) }, admin),
    ).node.settlementSuspensions;
    expect(history).toEqual([
      { suspendedFrom: second.effectiveFrom, suspendedUntil: second.effectiveUntil, restoredOn: null, reversedOn: null },
      { suspendedFrom: iso(first.from), suspendedUntil: iso(first.until), restoredOn: iso(first.restoredOn), reversedOn: null },
    ]);
  });
});
