import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerViewer, partnerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { createInsurer, createPartner, createProvider } from '../factories/records.js';
import { claimInput, type MonitoringWorld } from './rules/world.js';
import { eventBySeq, expectNoChange, lastEvents, ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let w: MonitoringWorld;

beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
});
afterAll(() => hub.close());

const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey kind blocking amountFen } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) {
  auditSeq hits { ruleKey amountFen } claim { id settlementId fundFen lines { lineNo catalogueCode amountFen } } } }`;
const CLAIMS = `{ claims(first: 50) { totalCount edges { node { settlementId provider { code } } } } }`;

describe('checkClaim (before settlement)', () => {
  it('returns reminders, stores nothing of the claim, counts the reminder', async () => {
    const p = await w.person({ sex: 'MALE' });
    const input = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-PRICE', unitPriceFen: '1500', quantity: '2' })] });
    const r = ok(await hub.exec<{ checkClaim: { reminders: { ruleKey: string; amountFen: number }[] } }>(CHECK, { input: claimInput(input) }, insurerAdmin(w.insurer.id)));
    expect(r.checkClaim.reminders).toEqual([expect.objectContaining({ ruleKey: 'PRICE_ABOVE_STANDARD', amountFen: 1000 })]);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: input.settlementId } })).toBe(0);
    expect(await hub.prisma.claim.count({ where: { settlementId: input.settlementId } })).toBe(0);
    const [event] = await lastEvents(hub, 1);
    expect(event).toMatchObject({ type: 'claim.reminded', insurerId: w.insurer.id });
    expect(JSON.stringify(event!.data)).not.toContain(input.settlementId);
  });

  it('is refused to viewers and partners, and to malformed claims with the field named', async () => {
    const p = await w.person();
    const input = w.claim({ insuredIdNumber: p.idNumber });
    refused(await hub.exec(CHECK, { input: claimInput(input) }, insurerViewer(w.insurer.id)), 'FORBIDDEN');
    refused(await hub.exec(CHECK, { input: claimInput(input) }, partnerViewer((await createPartner(hub.prisma)).id)), 'FORBIDDEN');
    const ext = refused(await hub.exec(CHECK, { input: { ...claimInput(input), settledAt: '0000-01-01T00:00:00Z', diagnoses: ['not-icd'], totalFen: 1 } }, insurerAdmin(w.insurer.id)), 'BAD_USER_INPUT');
    const fields = (ext.fields as { path: (string | number)[] }[]).map((i) => i.path.join('.'));
    expect(fields).toEqual(['input.settledAt', 'input.diagnoses.0', 'input.totalFen']);
  });
});

describe('settleClaim (during settlement)', () => {
  it('a blocking violation refuses the settlement with SETTLEMENT_BLOCKED and records the interception', async () => {
    const p = await w.person({ sex: 'MALE' });
    const input = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-SEX-F', unitPriceFen: '2500' })] });
    const ext = refused(await hub.exec(SETTLE, { input: claimInput(input) }, insurerAdmin(w.insurer.id)), 'SETTLEMENT_BLOCKED');
    expect((ext.hits as { ruleKey: string; blocking: boolean }[]).find((h) => h.ruleKey === 'SEX_RESTRICTION')).toMatchObject({ blocking: true, amountFen: '2500' });
    expect(await hub.prisma.claimKey.count({ where: { settlementId: input.settlementId } })).toBe(0);
    const interception = await hub.prisma.monitoringOutcome.findFirstOrThrow({ where: { settlementId: input.settlementId } });
    expect(interception).toMatchObject({ outcome: 'INTERCEPTED', moment: 'DURING', insurerId: w.insurer.id, hitAmountFen: 2500n });
    const [event] = await lastEvents(hub, 1);
    expect(event).toMatchObject({ type: 'claim.intercepted', entityId: interception.id, insurerId: w.insurer.id });
  });

  it('settles a claim with suspicious hits returned and stored for review, with its audit event', async () => {
    const p = await w.person();
    const input = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-QTY', quantity: '12', unitPriceFen: '100' })] });
    const r = ok(await hub.exec<{ settleClaim: { auditSeq: string; hits: { ruleKey: string; amountFen: number }[]; claim: { settlementId: string; lines: unknown[] } } }>(SETTLE, { input: claimInput(input) }, insurerAdmin(w.insurer.id))).settleClaim;
    expect(r.hits).toEqual([{ ruleKey: 'QUANTITY_OVER_LIMIT', amountFen: 200 }]);
    expect(r.claim.settlementId).toBe(input.settlementId);
    expect(r.claim.lines).toHaveLength(1);
    expect(await hub.prisma.ruleHit.count({ where: { claimRef: input.settlementId, stage: 'DURING', status: 'OPEN' } })).toBe(1);
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({ type: 'claim.settled', insurerId: w.insurer.id, providerId: w.providers[0]!.id });
    // The same settlement id again is a conflict, and changes nothing.
    await expectNoChange(hub, () => hub.prisma.claim.count(), () => hub.exec(SETTLE, { input: claimInput(input) }, insurerAdmin(w.insurer.id)), 'CONFLICT');
  });

  it('provider staff settle only their own provider’s claims', async () => {
    const p = await w.person();
    const own = w.claim({ insuredIdNumber: p.idNumber, insurerCode: w.insurer.code });
    ok(await hub.exec(SETTLE, { input: claimInput(own) }, providerStaff(w.providers[0]!.id)));
    const other = w.claim({ insuredIdNumber: p.idNumber, insurerCode: w.insurer.code, providerCode: w.providers[1]!.code, settledAt: '2026-03-11T02:00:00Z' });
    await expectNoChange(hub, () => hub.prisma.claim.count(), () => hub.exec(SETTLE, { input: claimInput(other) }, providerStaff(w.providers[0]!.id)), 'BAD_USER_INPUT');
  });

  it('a settlement id another provider of the insurer already used answers as a fresh one; the same provider’s is still a conflict', async () => {
    const p = await w.person();
    const first = w.claim({ insuredIdNumber: p.idNumber, insurerCode: w.insurer.code, providerCode: w.providers[1]!.code, settledAt: '2026-03-12T02:00:00Z' });
    ok(await hub.exec(SETTLE, { input: claimInput(first) }, providerStaff(w.providers[1]!.id)));
    // Provider 0 picks the same settlement id: "already settled" would tell it that provider 1
    // (or someone) settled it. Its answer is the one a never-used id gets.
    const probe = { ...w.claim({ insuredIdNumber: (await w.person()).idNumber, insurerCode: w.insurer.code }), settlementId: first.settlementId };
    const fresh = w.claim({ insuredIdNumber: (await w.person()).idNumber, insurerCode: w.insurer.code });
    type S = { settleClaim: { claim: { settlementId: string }; hits: { ruleKey: string }[] } };
    const a = ok(await hub.exec<S>(SETTLE, { input: claimInput(probe) }, providerStaff(w.providers[0]!.id))).settleClaim;
    const b = ok(await hub.exec<S>(SETTLE, { input: claimInput(fresh) }, providerStaff(w.providers[0]!.id))).settleClaim;
    expect(a.claim.settlementId).toBe(first.settlementId);
    expect(a.hits).toEqual(b.hits);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: first.settlementId } })).toBe(2);
    // Duplicate detection for one provider is as strict as before, for its staff and the insurer.
    await expectNoChange(hub, () => hub.prisma.claim.count(), () => hub.exec(SETTLE, { input: claimInput(probe) }, providerStaff(w.providers[0]!.id)), 'CONFLICT');
    await expectNoChange(hub, () => hub.prisma.claim.count(), () => hub.exec(SETTLE, { input: claimInput({ ...first, insurerCode: undefined }) }, insurerAdmin(w.insurer.id)), 'CONFLICT');
  });
});

describe('claims are tenant data', () => {
  it('the insurer sees its claims; another insurer, a partner and another provider see none of them', async () => {
    const mine = ok(await hub.exec<{ claims: { totalCount: number } }>(CLAIMS, undefined, insurerAdmin(w.insurer.id))).claims.totalCount;
    expect(mine).toBeGreaterThanOrEqual(2);
    expect(ok(await hub.exec<{ claims: { totalCount: number } }>(CLAIMS, undefined, platformAdmin())).claims.totalCount).toBeGreaterThanOrEqual(mine);
    const other = await createInsurer(hub.prisma);
    expect(ok(await hub.exec<{ claims: { totalCount: number } }>(CLAIMS, undefined, insurerAdmin(other.id))).claims.totalCount).toBe(0);
    const partner = await createPartner(hub.prisma);
    expect(ok(await hub.exec<{ claims: { totalCount: number } }>(CLAIMS, undefined, partnerViewer(partner.id))).claims.totalCount).toBe(0);
    const stranger = await createProvider(hub.prisma, { insurerId: w.insurer.id });
    expect(ok(await hub.exec<{ claims: { totalCount: number } }>(CLAIMS, undefined, providerStaff(stranger.id))).claims.totalCount).toBe(0);
    const own = ok(await hub.exec<{ claims: { totalCount: number; edges: { node: { provider: { code: string } } }[] } }>(CLAIMS, undefined, providerStaff(w.providers[0]!.id))).claims;
    expect(own.totalCount).toBeGreaterThanOrEqual(1);
    expect(own.edges.every((e) => e.node.provider.code === w.providers[0]!.code)).toBe(true);
  });
});

describe('monitoringReport', () => {
  const REPORT = `query ($insurerId: ID) { monitoringReport(month: "2026-03", insurerId: $insurerId) {
    reminders { count amountFen } interceptions { count fundFen amountFen } flagged { count amountFen }
    settledClaims settledFundFen violatingShare byRule { ruleCode hits } } }`;
  it('counts the month’s reminders, interceptions and flagged claims of the insurer; others are refused', async () => {
    type R = { monitoringReport: { reminders: { count: number }; interceptions: { count: number; amountFen: number }; flagged: { count: number }; settledClaims: number; violatingShare: number; byRule: { ruleCode: string }[] } };
    const r = ok(await hub.exec<R>(REPORT, {}, insurerAdmin(w.insurer.id))).monitoringReport;
    expect(r.reminders.count).toBeGreaterThanOrEqual(1);
    expect(r.interceptions).toMatchObject({ count: 1, amountFen: 2500 });
    expect(r.flagged.count).toBe(1);
    expect(r.settledClaims).toBeGreaterThanOrEqual(2);
    expect(r.violatingShare).toBeGreaterThan(0);
    expect(r.byRule.map((x) => x.ruleCode)).toEqual([`${w.insurer.code}-QUANTITY_OVER_LIMIT`]);
    refused(await hub.exec(REPORT, {}, insurerViewer(w.insurer.id)), 'FORBIDDEN');
    const other = await createInsurer(hub.prisma);
    refused(await hub.exec(REPORT, { insurerId: Buffer.from(`Insurer:${w.insurer.id}`).toString('base64') }, insurerAdmin(other.id)), 'NOT_FOUND');
  });
});

// After the report's counts: these settlements add flagged claims of their own.
describe('other providers’ claims in reminders', () => {
  const CHECK_DETAIL = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey detail explanationZh explanationEn } } }`;
  it('provider staff learn that the person was in hospital elsewhere, not that provider’s settlement id; the insurer sees it', async () => {
    const p = await w.person();
    const stay = (providerCode: string, admittedOn: string, dischargedOn: string) =>
      w.claim({
        insuredIdNumber: p.idNumber, insurerCode: w.insurer.code, providerCode, visitType: 'INPATIENT', settlementCategory: 'INPATIENT',
        admittedOn, dischargedOn, settledAt: `${dischargedOn}T02:00:00Z`, lines: [w.line({ servedOn: admittedOn })],
      });
    const elsewhere = stay(w.providers[1]!.code, '2026-03-01', '2026-03-10');
    ok(await hub.exec(SETTLE, { input: claimInput(elsewhere) }, providerStaff(w.providers[1]!.id)));
    const here = stay(w.providers[0]!.code, '2026-03-05', '2026-03-12');
    type R = { checkClaim: { reminders: { ruleKey: string; detail: { other?: string }[]; explanationZh: string; explanationEn: string }[] } };
    const staff = ok(await hub.exec<R>(CHECK_DETAIL, { input: claimInput(here) }, providerStaff(w.providers[0]!.id))).checkClaim.reminders;
    const overlap = staff.find((r) => r.ruleKey === 'OVERLAPPING_STAYS');
    expect(overlap?.detail[0]).toMatchObject({ other: '***', admittedOn: '2026-03-01', dischargedOn: '2026-03-10' });
    expect(JSON.stringify(staff)).not.toContain(elsewhere.settlementId);
    const agency = ok(await hub.exec<R>(CHECK_DETAIL, { input: claimInput({ ...here, insurerCode: undefined }) }, insurerAdmin(w.insurer.id))).checkClaim.reminders;
    expect(agency.find((r) => r.ruleKey === 'OVERLAPPING_STAYS')?.detail[0]).toMatchObject({ other: elsewhere.settlementId });
    expect(agency.find((r) => r.ruleKey === 'OVERLAPPING_STAYS')?.explanationEn).toContain(elsewhere.settlementId);
  });
});
