import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { insurerAdmin, partnerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner } from '../factories/records.js';
import { claimInput, createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { SEED_CASES } from './known-violations-seed-cases.js';
import { gid, ok, refused } from './mutation-helpers.js';

/**
 * The rules added for the seed violations the first rule set missed
 * (docs/domain/seed-violation-coverage.md), through the GraphQL API as an integrator or a
 * provider's system submits claims: the hit's rule, kind, judgement level, blocking and amount
 * in fen, the clean twin with none, and who may read the stored hit afterwards (the insurer and
 * a partner it entrusts with supervision yes; its partner for routine administration and another
 * insurer's partner no; the claim's own provider yes, another provider no).
 */
let hub: TestHub;
let w: MonitoringWorld;
let entrusted: string;
let stranger: string;
let clerk: string;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createMonitoringWorld(hub.prisma);
  entrusted = (await createPartner(hub.prisma)).id;
  await createAgreement(hub.prisma, { insurerId: w.insurer.id, partnerId: entrusted, kind: 'SUPERVISION_SERVICE', entrustedWork: ['SMART_MONITORING'] });
  // Entrusted with smart monitoring too, but by another insurer.
  stranger = (await createPartner(hub.prisma)).id;
  await createAgreement(hub.prisma, { insurerId: (await createInsurer(hub.prisma)).id, partnerId: stranger, kind: 'SUPERVISION_SERVICE', entrustedWork: ['SMART_MONITORING'] });
  // The same insurer's partner for routine administration only: not entrusted with supervision.
  clerk = (await createPartner(hub.prisma)).id;
  await createAgreement(hub.prisma, { insurerId: w.insurer.id, partnerId: clerk, kind: 'SUPERVISION_SERVICE', entrustedWork: ['ROUTINE_ADMINISTRATION'] });
});
afterAll(() => hub?.close());

const FINDING = 'ruleKey ruleCode kind judgementLevel blocking amountFen explanationZh';
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ${FINDING} } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { hits { ${FINDING} } claim { settlementId } } }`;
const HITS = `query ($search: String) { ruleHits(first: 10, filter: { search: $search }) {
  edges { node { claimRef stage amountFen rule { ruleKey } provider { code } } } } }`;

type Finding = { ruleKey: string; ruleCode: string; kind: string; judgementLevel: string; blocking: boolean; amountFen: number | string; explanationZh: string };
const build = (rule: string, i = 0) => SEED_CASES.filter((c) => c.rule === rule)[i]!;
/** As the provider's own system submits it: provider staff name the insurer. */
const asProvider = (c: ClaimIn) => ({ ...c, insurerCode: w.insurer.code });
const staffOf = (c: ClaimIn) => {
  const id = [...w.providers, w.clinic, w.pharmacy].find((p) => p.code === c.providerCode)!.id;
  return providerStaff(id);
};
const hitsSeenBy = async (viewer: Viewer, claim: ClaimIn) =>
  ok(await hub.exec<{ ruleHits: { edges: { node: { claimRef: string; stage: string; amountFen: number; rule: { ruleKey: string } } }[] } }>(HITS, { search: claim.settlementId }, viewer))
    .ruleHits.edges.map((e) => e.node);

describe('住院床位费天数超住院天数 (BED_DAYS_OVER_STAY) during settlement', () => {
  it('the hospital settles the stay with the hit, stored for review; the clean twin settles with none', async () => {
    const c = build('BED_DAYS_OVER_STAY');
    const { bad, clean } = await c.build(w);
    const r = ok(await hub.exec<{ settleClaim: { hits: Finding[] } }>(SETTLE, { input: claimInput(asProvider(bad)) }, staffOf(bad))).settleClaim;
    expect(r.hits).toEqual([{
      ruleKey: 'BED_DAYS_OVER_STAY', ruleCode: `${w.insurer.code}-BED_DAYS_OVER_STAY`, kind: 'VIOLATION', judgementLevel: 'CERTAIN',
      blocking: false, amountFen: 8000, explanationZh: c.zh(bad, []),
    }]);
    const twin = ok(await hub.exec<{ settleClaim: { hits: Finding[] } }>(SETTLE, { input: claimInput(asProvider(clean[0]!)) }, staffOf(clean[0]!))).settleClaim;
    expect(twin.hits).toEqual([]);

    const stored = [{ claimRef: bad.settlementId, stage: 'DURING', amountFen: 8000, rule: { ruleKey: 'BED_DAYS_OVER_STAY' }, provider: { code: bad.providerCode } }];
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), bad)).toEqual(stored);
    expect(await hitsSeenBy(partnerViewer(entrusted), bad)).toEqual(stored);
    expect(await hitsSeenBy(staffOf(bad), bad)).toEqual(stored);
    expect(await hitsSeenBy(partnerViewer(stranger), bad)).toEqual([]);
    expect(await hitsSeenBy(partnerViewer(clerk), bad)).toEqual([]);
    expect(await hitsSeenBy(providerStaff(w.providers[1]!.id), bad)).toEqual([]);
    expect(await hitsSeenBy(insurerAdmin(w.insurer.id), clean[0]!)).toEqual([]);
  });
});

describe('超范围执业 (BEYOND_LICENCE_SCOPE) blocks the settlement', () => {
  it.each([0, 1])('case %i: refused with SETTLEMENT_BLOCKED naming the rule and amount; the clean twin settles', async (i) => {
    const c = build('BEYOND_LICENCE_SCOPE', i);
    const { bad, clean } = await c.build(w);
    const ext = refused(await hub.exec(SETTLE, { input: claimInput(asProvider(bad)) }, staffOf(bad)), 'SETTLEMENT_BLOCKED');
    expect(ext.hits).toEqual([expect.objectContaining({
      ruleKey: 'BEYOND_LICENCE_SCOPE', kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, amountFen: c.amountFen(bad), explanationZh: c.zh(bad, []),
    })]);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: bad.settlementId } })).toBe(0);
    const twin = ok(await hub.exec<{ settleClaim: { hits: Finding[] } }>(SETTLE, { input: claimInput(asProvider(clean[0]!)) }, staffOf(clean[0]!))).settleClaim;
    expect(twin.hits).toEqual([]);
  });
});

describe('无处方结算 (SETTLEMENT_WITHOUT_PRESCRIPTION) before settlement', () => {
  it('checkClaim reminds the pharmacy, with the amount in fen; the prescribed twin gets no reminder', async () => {
    const c = build('SETTLEMENT_WITHOUT_PRESCRIPTION');
    const { bad, clean } = await c.build(w);
    const r = ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: claimInput(asProvider(bad)) }, staffOf(bad))).checkClaim;
    expect(r.reminders).toEqual([{
      ruleKey: 'SETTLEMENT_WITHOUT_PRESCRIPTION', ruleCode: `${w.insurer.code}-SETTLEMENT_WITHOUT_PRESCRIPTION`, kind: 'VIOLATION',
      judgementLevel: 'CERTAIN', blocking: true, amountFen: 500, explanationZh: c.zh(bad, []),
    }]);
    const twin = ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: claimInput(asProvider(clean[0]!)) }, staffOf(clean[0]!))).checkClaim;
    expect(twin.reminders).toEqual([]);
  });
});

describe('an insurer that lets pharmacies charge a service (代煎费) names its codes', () => {
  it('tuned with the code prefix, the pharmacy service is no longer flagged; a stay at a clinic still is', async () => {
    const rule = await hub.prisma.auditRule.findFirstOrThrow({ where: { insurerId: w.insurer.id, ruleKey: 'BEYOND_LICENCE_SCOPE' } });
    const TUNE = `mutation ($input: TuneRuleInput!) { tuneRule(input: $input) { rule { parameters } } }`;
    ok(await hub.exec(TUNE, { input: { ruleId: gid('AuditRule', rule.id), parameters: { pharmacyServicePrefixes: ['X'] }, note: '药店代煎费' } }, insurerAdmin(w.insurer.id)));
    const service = await build('BEYOND_LICENCE_SCOPE', 1).build(w);
    const r = ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: claimInput(asProvider(service.bad)) }, staffOf(service.bad))).checkClaim;
    expect(r.reminders).toEqual([]);
    const stay = await build('BEYOND_LICENCE_SCOPE', 0).build(w);
    const s = ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: claimInput(asProvider(stay.bad)) }, staffOf(stay.bad))).checkClaim;
    expect(s.reminders.map((f) => f.ruleKey)).toEqual(['BEYOND_LICENCE_SCOPE']);
  });
});
