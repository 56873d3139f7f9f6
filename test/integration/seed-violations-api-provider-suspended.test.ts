import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { insurerAdmin, partnerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createPartner, createProvider } from '../factories/records.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { screenChunk } from '../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../server/domain/monitoring/active-rules.js';
import { inTransaction } from '../../server/domain/transaction.js';
import { claimInput, createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { bj } from './known-violations-boundaries-support.js';
import { ok, refused } from './mutation-helpers.js';

/**
 * 暂停结算期间结算 (PROVIDER_SUSPENDED) for an agreement suspended before transitions were kept
 * (no AgreementTransition rows; its row last changed on 5 March 2026, China time): the suspension
 * is known from that day, so the provider's system is refused a claim settled on it and is not
 * refused one settled the day before; a screening after settlement flags the first only, and the
 * stored hit is read by the insurer, a partner it entrusts and the provider, not another provider.
 */
let hub: TestHub;
let w: MonitoringWorld;
let provider: { id: string; code: string };
let agreementNumber: string;
let entrusted: string;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createMonitoringWorld(hub.prisma);
  entrusted = (await createPartner(hub.prisma)).id;
  await createAgreement(hub.prisma, { insurerId: w.insurer.id, partnerId: entrusted, kind: 'SUPERVISION_SERVICE', entrustedWork: ['SMART_MONITORING'] });
  provider = await createProvider(hub.prisma, { insurerId: w.insurer.id });
  agreementNumber = (await createAgreement(hub.prisma, {
    insurerId: w.insurer.id, providerId: provider.id, status: 'SUSPENDED', suspensionScope: 'AGREEMENT', updatedAt: new Date(bj('2026-03-05', '00:10')),
  })).number;
});
afterAll(() => hub?.close());

const FINDING = 'ruleKey kind judgementLevel blocking amountFen explanationZh';
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ${FINDING} } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { hits { ${FINDING} } claim { settlementId } } }`;
const HITS = `query ($search: String) { ruleHits(first: 10, filter: { search: $search }) { edges { node { claimRef stage amountFen rule { ruleKey } } } } }`;

const claimOn = async (settledDay: string) => {
  const p = await w.person();
  return w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber, settledAt: bj(settledDay, '10:00') });
};
const asProvider = (c: ClaimIn) => ({ input: claimInput({ ...c, insurerCode: w.insurer.code }) });
const staff = () => providerStaff(provider.id);
const hitsSeenBy = async (viewer: Viewer, claim: ClaimIn) =>
  ok(await hub.exec<{ ruleHits: { edges: { node: unknown }[] } }>(HITS, { search: claim.settlementId }, viewer)).ruleHits.edges.map((e) => e.node);

describe('a suspension known only from the row (no recorded transitions)', () => {
  it('before and during settlement: refused from the day the row changed; the day before is not judged by it', async () => {
    const inside = await claimOn('2026-03-05');
    const reminders = ok(await hub.exec<{ checkClaim: { reminders: unknown[] } }>(CHECK, asProvider(inside), staff())).checkClaim.reminders;
    expect(reminders).toEqual([{ ruleKey: 'PROVIDER_SUSPENDED', kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, amountFen: Number(inside.fundFen), explanationZh: '定点机构服务协议暂停期间结算' }]);
    const ext = refused(await hub.exec(SETTLE, asProvider(inside), staff()), 'SETTLEMENT_BLOCKED');
    expect((ext.hits as { ruleKey: string }[]).map((h) => h.ruleKey)).toEqual(['PROVIDER_SUSPENDED']);

    const before = await claimOn('2026-03-04');
    expect(ok(await hub.exec<{ checkClaim: { reminders: unknown[] } }>(CHECK, asProvider(before), staff())).checkClaim.reminders).toEqual([]);
    expect(ok(await hub.exec<{ settleClaim: { hits: unknown[] } }>(SETTLE, asProvider(before), staff())).settleClaim.hits).toEqual([]);
  });

  it("after settlement: a screening flags only the claim settled inside it, read by the insurer, its entrusted partner and the provider", async () => {
    const [before, inside] = [await claimOn('2026-03-04'), await claimOn('2026-03-06')];
    const ctx = { actor: insurerAdmin(w.insurer.id), requestId: null };
    const report = await importClaims(ctx, w.insurer.id, (async function* () {
      for (const [i, value] of [before, inside].entries()) yield { line: i + 1, value };
    })());
    expect(report.errors).toEqual([]);
    await inTransaction(ctx, async (tx) => {
      const rules = await activeRules(tx, w.insurer.id, 'AFTER');
      await screenChunk(tx, { insurerId: w.insurer.id, providerId: provider.id, fromMonth: '2026-03-01', toMonth: '2026-03-01', runId: null }, rules);
    });
    const stored = [{ claimRef: inside.settlementId, stage: 'AFTER', amountFen: Number(inside.fundFen), rule: { ruleKey: 'PROVIDER_SUSPENDED' } }];
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), inside)).toEqual(stored);
    expect(await hitsSeenBy(partnerViewer(entrusted), inside)).toEqual(stored);
    expect(await hitsSeenBy(staff(), inside)).toEqual(stored);
    expect(await hitsSeenBy(providerStaff(w.providers[0]!.id), inside)).toEqual([]);
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), before)).toEqual([]);
  });
});
