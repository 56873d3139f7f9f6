import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { insurerAdmin, partnerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createPartner } from '../factories/records.js';
import { claimInput, createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { SEED_CASES } from './known-violations-seed-cases.js';
import { gid, ok, refused } from './mutation-helpers.js';

/**
 * 超量开药 on a long prescription (长处方, docs/domain/seed-violation-coverage.md) through the GraphQL
 * API as a hospital's system submits chronic-disease claims: a 12-week supply within what its
 * days allow settles with no hit, one over it settles with a QUANTITY_OVER_LIMIT hit (suspicious,
 * not blocking, amount in fen) that the insurer, a partner it entrusts and the hospital read and
 * another provider does not; the insurer tunes the long-prescription limit and the next check
 * judges by it.
 */
let hub: TestHub;
let w: MonitoringWorld;
let entrusted: string;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createMonitoringWorld(hub.prisma);
  entrusted = (await createPartner(hub.prisma)).id;
  await createAgreement(hub.prisma, { insurerId: w.insurer.id, partnerId: entrusted, kind: 'SUPERVISION_SERVICE', entrustedWork: ['SMART_MONITORING'] });
});
afterAll(() => hub?.close());

const FINDING = 'ruleKey ruleCode kind judgementLevel blocking amountFen explanationZh';
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ${FINDING} } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { hits { ${FINDING} } claim { settlementId } } }`;
const HITS = `query ($search: String) { ruleHits(first: 10, filter: { search: $search }) { edges { node { claimRef stage amountFen rule { ruleKey } } } } }`;
const TUNE = `mutation ($input: TuneRuleInput!) { tuneRule(input: $input) { rule { parameters } } }`;

type Finding = { ruleKey: string; ruleCode: string; kind: string; judgementLevel: string; blocking: boolean; amountFen: number | string; explanationZh: string };
const longCase = SEED_CASES.find((c) => c.rule === 'QUANTITY_OVER_LIMIT')!;
const hospital = () => providerStaff(w.providers[0]!.id);
const asProvider = (c: ClaimIn) => claimInput({ ...c, insurerCode: w.insurer.code });
const settle = async (c: ClaimIn) => ok(await hub.exec<{ settleClaim: { hits: Finding[] } }>(SETTLE, { input: asProvider(c) }, hospital())).settleClaim.hits;
const check = async (c: ClaimIn) => ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: asProvider(c) }, hospital())).checkClaim.reminders;
const hitsSeenBy = async (viewer: Viewer, claim: ClaimIn) =>
  ok(await hub.exec<{ ruleHits: { edges: { node: unknown }[] } }>(HITS, { search: claim.settlementId }, viewer)).ruleHits.edges.map((e) => e.node);

describe('长处方 (QUANTITY_OVER_LIMIT on a chronic-disease claim) during settlement', () => {
  it('over what its 84 days allow: settled with the hit, stored and read by the right viewers; the 12-week twin settles clean', async () => {
    const { bad, clean } = await longCase.build(w);
    expect(await settle(bad)).toEqual([{
      ruleKey: 'QUANTITY_OVER_LIMIT', ruleCode: `${w.insurer.code}-QUANTITY_OVER_LIMIT`, kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED',
      blocking: false, amountFen: 1000, explanationZh: '第1行 K-QTY 数量 30 超过慢性病长处方 84 天的限量 28',
    }]);
    for (const twin of clean) expect(await settle(twin)).toEqual([]);

    const stored = [{ claimRef: bad.settlementId, stage: 'DURING', amountFen: 1000, rule: { ruleKey: 'QUANTITY_OVER_LIMIT' } }];
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), bad)).toEqual(stored);
    expect(await hitsSeenBy(partnerViewer(entrusted), bad)).toEqual(stored);
    expect(await hitsSeenBy(hospital(), bad)).toEqual(stored);
    expect(await hitsSeenBy(providerStaff(w.providers[1]!.id), bad)).toEqual([]);
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), clean[0]!)).toEqual([]);
  });
});

describe('the insurer tunes the long-prescription limit', () => {
  it('8 weeks: the 84-day supply is then over it in the next check; out of range is refused naming the field', async () => {
    const rule = await hub.prisma.auditRule.findFirstOrThrow({ where: { insurerId: w.insurer.id, ruleKey: 'QUANTITY_OVER_LIMIT' } });
    const tune = (parameters: Record<string, unknown>) =>
      hub.exec(TUNE, { input: { ruleId: gid('AuditRule', rule.id), parameters, note: '长处方限8周' } }, insurerAdmin(w.insurer.id));
    const { clean } = await longCase.build(w);
    expect(await check(clean[0]!)).toEqual([]);

    const ext = refused(await tune({ longPrescriptionDays: 367 }), 'BAD_USER_INPUT');
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual(['input.parameters.longPrescriptionDays']);

    ok(await tune({ longPrescriptionDays: 56 }));
    // 28 units for 84 days against 8 weeks: the 28 days over are a third of the 14,000-fen line.
    expect((await check(clean[0]!)).map((f) => [f.ruleKey, f.amountFen, f.explanationZh])).toEqual([
      ['QUANTITY_OVER_LIMIT', 4667, '第1行 K-QTY 用药天数 84 天，超过长处方限定 56 天'],
    ]);
  });
});
