import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, partnerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { createInsurer, createPartner } from '../factories/records.js';
import { checkClaim } from '../../server/domain/monitoring/check-claim.js';
import { settleClaim } from '../../server/domain/monitoring/settle-claim.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { screenChunk } from '../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../server/domain/monitoring/active-rules.js';
import { monthOf } from '../../server/domain/monitoring/claim-record.js';
import { AS_SYSTEM, inTransaction } from '../../server/domain/transaction.js';
import { RULES } from '../../server/domain/monitoring/rules/index.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';
import { auditCount, eventBySeq, gid, ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let w: MonitoringWorld;
let ruleId: string;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  ruleId = (await hub.prisma.auditRule.findFirstOrThrow({ where: { insurerId: w.insurer.id, ruleKey: 'SPLIT_ADMISSION' } })).id;
});
afterAll(() => hub.close());

const TUNE = `mutation ($input: TuneRuleInput!) { tuneRule(input: $input) { auditSeq rule { id version parameters blocking active judgementLevel
  versions { version parameters judgementLevel active note actorType } } } }`;
type Tuned = { auditSeq: string | null; rule: { version: number; parameters: Record<string, unknown>; active: boolean; judgementLevel: string; versions: { version: number; parameters: Record<string, unknown>; active: boolean; note: string | null; actorType: string }[] } };
const tune = (viewer: Parameters<TestHub['exec']>[2], input: Record<string, unknown>) => hub.exec<{ tuneRule: Tuned }>(TUNE, { input: { ruleId: gid('AuditRule', ruleId), ...input } }, viewer);
const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });

/** A stay discharged on 1 March and a readmission 18 days later (the default limit is 15 days). */
async function readmission(): Promise<{ history: ClaimIn; claim: ClaimIn }> {
  const p = await w.person();
  const inpatient = (a: string, d: string, settledAt: string) =>
    w.claim({ insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: a, dischargedOn: d, settledAt, lines: [w.line({ servedOn: a })] });
  return { history: inpatient('2026-02-20', '2026-03-01', '2026-03-01T03:00:00Z'), claim: inpatient('2026-03-19', '2026-03-25', '2026-03-25T03:00:00Z') };
}

async function store(claims: ClaimIn[]): Promise<void> {
  const report = await importClaims(ctx(), w.insurer.id, (async function* () {
    for (const [i, value] of claims.entries()) yield { line: i + 1, value };
  })());
  expect(report.errors).toEqual([]);
}

async function screened(claim: ClaimIn): Promise<number> {
  const month = monthOf(new Date(claim.settledAt));
  await inTransaction(AS_SYSTEM, async (tx) => {
    const rules = await activeRules(tx, w.insurer.id, 'AFTER');
    await screenChunk(tx, { insurerId: w.insurer.id, providerId: w.providers[0]!.id, fromMonth: month, toMonth: month, runId: null }, rules);
  });
  return hub.prisma.ruleHit.count({ where: { claimRef: claim.settlementId, stage: 'AFTER', rule: { ruleKey: 'SPLIT_ADMISSION' } } });
}

const fires = async (claim: ClaimIn) => (await checkClaim(ctx(), claim)).reminders.some((r) => r.ruleKey === 'SPLIT_ADMISSION');

describe('every shipped rule', () => {
  it('has defaults its own parameter schema accepts', () => {
    for (const r of RULES) {
      for (const [name, value] of Object.entries(r.defaults.parameters)) {
        expect(r.parameterSchema?.[name]?.safeParse(value).success, `${r.key}.${name}`).toBe(true);
      }
    }
  });
});

describe('tuneRule', () => {
  it('a tuned threshold changes what checkClaim, settleClaim and a screening find; each tuning is a version with its audit event', async () => {
    const before = await readmission();
    await store([before.history]);
    expect(await fires(before.claim)).toBe(false);

    const r = ok(await tune(insurerAuditor(w.insurer.id), { parameters: { days: 20 }, judgementLevel: 'CERTAIN', note: '本地区再入院间隔 20 天' })).tuneRule;
    expect(r.rule).toMatchObject({ version: 2, parameters: { days: 20 }, judgementLevel: 'CERTAIN' });
    expect(r.rule.versions.map((v) => [v.version, v.parameters, v.note, v.actorType])).toEqual([
      [2, { days: 20 }, '本地区再入院间隔 20 天', 'USER'],
      [1, { days: 15 }, null, 'SYSTEM'],
    ]);
    const event = await eventBySeq(hub, r.auditSeq!);
    expect(event).toMatchObject({ type: 'auditRule.tuned', entityType: 'AuditRule', entityId: ruleId, insurerId: w.insurer.id });
    expect(event.data).toMatchObject({ ruleKey: 'SPLIT_ADMISSION', version: 2, before: { parameters: { days: 15 } }, after: { parameters: { days: 20 }, judgementLevel: 'CERTAIN' } });

    expect(await fires(before.claim)).toBe(true);
    const settled = await settleClaim(ctx(), before.claim);
    expect(settled.hits.find((h) => h.ruleKey === 'SPLIT_ADMISSION')).toMatchObject({ ruleVersion: 2, judgementLevel: 'CERTAIN' });
    expect(await screened(before.claim)).toBe(1);
    const hit = await hub.prisma.ruleHit.findFirstOrThrow({ where: { claimRef: before.claim.settlementId, stage: 'AFTER', ruleId } });
    expect(hit.ruleVersion).toBe(2);

    // Back to the default (null) and a claim like it no longer fires, before or after.
    const back = ok(await tune(platformAdmin(), { parameters: { days: null } })).tuneRule;
    expect(back.rule).toMatchObject({ version: 3, parameters: {} });
    const next = await readmission();
    await store([next.history]);
    expect(await fires(next.claim)).toBe(false);
    await store([next.claim]);
    expect(await screened(next.claim)).toBe(0);
  });

  it('disabling a rule stops it; the same settings again change nothing', async () => {
    const c = await readmission();
    await store([c.history]);
    const current = await hub.prisma.auditRule.findUniqueOrThrow({ where: { id: ruleId } });
    ok(await tune(insurerAdmin(w.insurer.id), { parameters: { days: 30 }, expectedVersion: current.version }));
    expect(await fires(c.claim)).toBe(true);
    const off = ok(await tune(insurerAdmin(w.insurer.id), { active: false })).tuneRule;
    expect(off.rule.active).toBe(false);
    expect(await fires(c.claim)).toBe(false);
    const events = await auditCount(hub);
    const same = ok(await tune(insurerAdmin(w.insurer.id), { active: false, parameters: { days: 30 } })).tuneRule;
    expect(same.auditSeq).toBeNull();
    expect(same.rule.version).toBe(off.rule.version);
    expect(await auditCount(hub)).toBe(events);
    ok(await tune(insurerAdmin(w.insurer.id), { active: true, parameters: { days: null } }));
  });

  it('refuses parameters the rule does not have, of the wrong type or out of range, naming the field', async () => {
    const fields = async (input: Record<string, unknown>) => {
      const events = await auditCount(hub);
      const version = (await hub.prisma.auditRule.findUniqueOrThrow({ where: { id: ruleId } })).version;
      const ext = refused(await tune(insurerAdmin(w.insurer.id), input), 'BAD_USER_INPUT');
      expect(await auditCount(hub)).toBe(events);
      expect((await hub.prisma.auditRule.findUniqueOrThrow({ where: { id: ruleId } })).version).toBe(version);
      const issues = ext.fields as { path: (string | number)[]; messageZh: string; messageEn: string }[];
      for (const i of issues) expect(i.messageZh.length * i.messageEn.length).toBeGreaterThan(0);
      return issues.map((i) => i.path.join('.'));
    };
    expect(await fields({ parameters: { minProviders: 3 } })).toEqual(['input.parameters.minProviders']);
    expect(await fields({ parameters: { days: 'fifteen' } })).toEqual(['input.parameters.days']);
    expect(await fields({ parameters: { days: 0 } })).toEqual(['input.parameters.days']);
    expect(await fields({ parameters: { days: 1.5, __proto__x: 1 } })).toEqual(['input.parameters.days', 'input.parameters.__proto__x']);
    expect(await fields({ parameters: [1, 2] })).toEqual(['input.parameters']);
    expect(await fields({ blocking: true })).toEqual(['input.blocking']);
    expect(await fields({ note: 'a\u0000b' })).toEqual(['input.note']);
  });

  it('the previous version must be the one tuned (STALE_VERSION)', async () => {
    const current = await hub.prisma.auditRule.findUniqueOrThrow({ where: { id: ruleId } });
    refused(await tune(insurerAdmin(w.insurer.id), { parameters: { days: 10 }, expectedVersion: current.version - 1 }), 'STALE_VERSION');
  });

  it('is refused to viewers, partners and providers, and to another insurer (NOT_FOUND)', async () => {
    const events = await auditCount(hub);
    refused(await tune(insurerViewer(w.insurer.id), { parameters: { days: 10 } }), 'FORBIDDEN');
    const partner = await createPartner(hub.prisma);
    refused(await tune(partnerViewer(partner.id), { parameters: { days: 10 } }), 'FORBIDDEN');
    refused(await tune(providerStaff(w.providers[0]!.id), { parameters: { days: 10 } }), 'FORBIDDEN');
    const other = await createInsurer(hub.prisma);
    refused(await tune(insurerAdmin(other.id), { parameters: { days: 10 } }), 'NOT_FOUND');
    refused(await hub.exec(TUNE, { input: { ruleId: gid('AuditRule', '00000000-0000-0000-0000-000000000000') } }, insurerAdmin(w.insurer.id)), 'NOT_FOUND');
    expect(await auditCount(hub)).toBe(events);
  });
});
