import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import { claimInput, createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { expectNoChange, gid, ok, refused } from './mutation-helpers.js';
import { createAgreement, createProvider } from '../factories/records.js';
import { day } from '../factories/db.js';
import { SETTLEMENT_CLOCK_SKEW_MS } from '../../server/domain/monitoring/claim-input.js';

/**
 * An outside tester's probe of the rules through the GraphQL API, as a hospital's system submits
 * claims (docs/domain/seed-violation-coverage.md, "Legitimate repeats"): what looks like a repeat
 * but is care of its own is not flagged — a second consultation the same day with another
 * department's doctor, the next planned chemotherapy course — while the violation beside it
 * still is, with its amount in fen and its explanation; a claim settled the morning after an
 * agreement's last day is refused though the term-end job has not marked it expired; and a
 * settlement time that cannot be true (in the future, before the discharge) is refused naming
 * the field, nothing stored.
 */
let hub: TestHub;
let w: MonitoringWorld;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createMonitoringWorld(hub.prisma);
});
afterAll(() => hub?.close());

const FINDING = 'ruleKey kind blocking amountFen explanationZh explanationEn';
const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ${FINDING} } } }`;
const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { hits { ${FINDING} } claim { settlementId } } }`;
const TUNE = `mutation ($input: TuneRuleInput!) { tuneRule(input: $input) { rule { parameters } } }`;

type Finding = { ruleKey: string; kind: string; blocking: boolean; amountFen: number; explanationZh: string; explanationEn: string };
const hospital = () => providerStaff(w.providers[0]!.id);
const asProvider = (c: ClaimIn) => claimInput({ ...c, insurerCode: w.insurer.code });
const settleResult = (c: ClaimIn) => hub.exec<{ settleClaim: { hits: Finding[] } }>(SETTLE, { input: asProvider(c) }, hospital());
const settle = async (c: ClaimIn) => ok(await settleResult(c)).settleClaim.hits;
const check = async (c: ClaimIn) => ok(await hub.exec<{ checkClaim: { reminders: Finding[] } }>(CHECK, { input: asProvider(c) }, hospital())).checkClaim.reminders;

describe('重复收费 and a second consultation the same day', () => {
  it('another department’s doctor in the afternoon settles clean; the same doctor charging the fee again is flagged', async () => {
    const p = await w.person();
    const fee = w.line({ catalogueCode: 'X-GP', name: '一般诊疗费', category: 'SERVICE_ITEM', unitPriceFen: '1000', servedOn: '2026-03-11' });
    const visit = (physicianCode: string, settledAt: string) =>
      w.claim({ insuredIdNumber: p.idNumber, physicianCode, settledAt, lines: [fee, w.line({ servedOn: '2026-03-11' })] });
    const morning = visit(w.physician.code, '2026-03-11T01:00:00Z');
    expect(await settle(morning)).toEqual([]);
    expect(await settle(visit(w.colleague.code, '2026-03-11T04:00:00Z'))).toEqual([]);
    // 15:00 in Beijing, the same China day: back with the morning's doctor after the tests.
    expect(await settle(visit(w.physician.code, '2026-03-11T07:00:00Z'))).toEqual([{
      ruleKey: 'DUPLICATE_BILLING', kind: 'VIOLATION', blocking: false, amountFen: 1000,
      explanationZh: `X-GP 于 2026-03-11 已在结算 ${morning.settlementId} 中收费，再次收费（第 1 行）`,
      explanationEn: `X-GP for 2026-03-11 was already charged on settlement ${morning.settlementId} and is charged again (line 1)`,
    }]);
  });
});

describe('分解住院 and planned treatment cycles', () => {
  const stays = async () => {
    const p = await w.person();
    const stay = (diagnoses: string[], admittedOn: string, dischargedOn: string) =>
      w.claim({
        insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn, dischargedOn, diagnoses,
        settledAt: `${dischargedOn}T03:00:00Z`, lines: [w.line({ servedOn: admittedOn, unitPriceFen: '20000' })],
      });
    return stay;
  };

  it('the next chemotherapy course 9 days after the last settles clean; a readmission for the tumour itself is flagged with the fund payment', async () => {
    const stay = await stays();
    const firstCourse = stay(['Z51.1', 'C34.9'], '2026-02-26', '2026-03-01');
    expect(await settle(firstCourse)).toEqual([]);
    expect(await settle(stay(['Z51.1', 'C34.9'], '2026-03-10', '2026-03-13'))).toEqual([]);
    const relapse = stay(['C34.9', 'J18.9'], '2026-03-20', '2026-03-24');
    expect(await settle(relapse)).toEqual([{
      ruleKey: 'SPLIT_ADMISSION', kind: 'SUSPICIOUS', blocking: false, amountFen: Number(relapse.fundFen),
      explanationZh: expect.stringMatching(/^上次住院（结算 JS.+）出院后 7 天以相同诊断（C34）再次入院$/),
      explanationEn: expect.stringMatching(/^readmitted 7 days after discharge from the previous stay \(settlement JS.+\) for the same condition \(C34\)$/),
    }]);
  });

  it('the insurer tunes the planned cycles: without Z51.1 the next course is flagged; a code that is no ICD-10 code is refused', async () => {
    const rule = await hub.prisma.auditRule.findFirstOrThrow({ where: { insurerId: w.insurer.id, ruleKey: 'SPLIT_ADMISSION' } });
    const tune = (parameters: Record<string, unknown>) =>
      hub.exec(TUNE, { input: { ruleId: gid('AuditRule', rule.id), parameters, note: '仅透析按疗程' } }, insurerAdmin(w.insurer.id));
    const stay = await stays();
    expect(await settle(stay(['Z51.1', 'C34.9'], '2026-02-26', '2026-03-01'))).toEqual([]);
    const nextCourse = stay(['Z51.1', 'C34.9'], '2026-03-10', '2026-03-13');
    expect(await check(nextCourse)).toEqual([]);

    const ext = refused(await tune({ days: 15, plannedCyclePrefixes: ['Z51%'] }), 'BAD_USER_INPUT');
    expect((ext.fields as { path: (string | number)[]; messageZh: string }[]).map((f) => [f.path.join('.'), f.messageZh])).toEqual([
      ['input.parameters.plannedCyclePrefixes.0', '须为 ICD-10 编码，如 J45.9'],
    ]);
    ok(await tune({ days: 15, plannedCyclePrefixes: ['Z49'] }));
    expect((await check(nextCourse)).map((f) => [f.ruleKey, f.amountFen])).toEqual([['SPLIT_ADMISSION', Number(nextCourse.fundFen)]]);
    // Back to the catalogue's list: the next course settles clean again.
    ok(await tune({ days: 15, plannedCyclePrefixes: null }));
    expect(await check(nextCourse)).toEqual([]);
  });
});

describe('挂床住院 and a stay whose bed fee is billed once', () => {
  it('a 5-day stay with the bed fee as one line (quantity 5) and treatment on its first day settles clean; billed day by day with nothing else it is flagged', async () => {
    const bed = (servedOn: string, quantity: string) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', quantity, servedOn });
    // Two patients: one person's two stays of the same days would overlap.
    const stay = async (bedLines: ReturnType<typeof bed>[]) =>
      w.claim({ insuredIdNumber: (await w.person()).idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-05', dischargedOn: '2026-03-10', settledAt: '2026-03-10T03:00:00Z', lines: [...bedLines, w.line({ servedOn: '2026-03-05' })] });
    expect(await settle(await stay([bed('2026-03-05', '5')]))).toEqual([]);
    const daily = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'].map((d) => bed(d, '1'));
    // Four idle days, each with its 4000-fen bed fee.
    expect(await settle(await stay(daily))).toEqual([{
      ruleKey: 'PHANTOM_BED', kind: 'SUSPICIOUS', blocking: false, amountFen: 16000,
      explanationZh: '住院 5 天，其中 4 天除床位费、护理费外无任何诊疗、用药记录',
      explanationEn: '4 of 5 inpatient days have no treatment or drug besides the bed and nursing fees',
    }]);
  });
});

describe('协议到期后结算 before the term-end job has run', () => {
  it('a term ending 31 March, still ACTIVE: settled at 23:30 in Beijing on the last day it passes; at 00:30 on 1 April it is refused with the interception', async () => {
    const provider = await createProvider(hub.prisma, { insurerId: w.insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: provider.id, status: 'ACTIVE', endsOn: day('2026-03-31') });
    const p = await w.person();
    const claim = (settledAt: string) =>
      asProvider(w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number, settledAt, lines: [w.line({ servedOn: '2026-03-31' })] }));
    const asHospital = providerStaff(provider.id);
    ok(await hub.exec(SETTLE, { input: claim('2026-03-31T15:30:00Z') }, asHospital));
    const late = claim('2026-03-31T16:30:00Z');
    const ext = refused(await hub.exec(SETTLE, { input: late }, asHospital), 'SETTLEMENT_BLOCKED');
    expect((ext.hits as { ruleKey: string; amountFen: unknown; explanationZh: string }[]).map((h) => [h.ruleKey, String(h.amountFen), h.explanationZh])).toEqual([
      ['AGREEMENT_ENDED', String(late.fundFen), '服务协议已到期，未续签前不得结算'],
    ]);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: late.settlementId as string } })).toBe(0);
    expect(await hub.prisma.monitoringOutcome.count({ where: { settlementId: late.settlementId as string, outcome: 'INTERCEPTED' } })).toBe(1);
  });
});

describe('a settlement time that cannot be true is refused, nothing stored', () => {
  const refusedFields = async (c: ClaimIn) => {
    const ext = await expectNoChange(hub, () => hub.prisma.claimKey.count({ where: { settlementId: c.settlementId } }), () => settleResult(c), 'BAD_USER_INPUT');
    return (ext.fields as { path: (string | number)[]; messageEn: string; messageZh: string }[]).map((f) => [f.path.join('.'), f.messageEn, f.messageZh]);
  };

  it('settled in the future', async () => {
    const p = await w.person();
    const tomorrow = new Date(Date.now() + SETTLEMENT_CLOCK_SKEW_MS + 86_400_000).toISOString();
    expect(await refusedFields(w.claim({ insuredIdNumber: p.idNumber, settledAt: tomorrow }))).toEqual([
      ['input.settledAt', 'a claim cannot be settled in the future', '结算时间不能晚于当前时间'],
    ]);
  });

  it('an inpatient stay settled at 23:30 Beijing the day before its discharge; at 00:30 on the discharge day it settles', async () => {
    const p = await w.person();
    const stay = (settledAt: string) =>
      w.claim({ insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-28', dischargedOn: '2026-04-01', settledAt, lines: [w.line({ servedOn: '2026-03-28' })] });
    expect(await refusedFields(stay('2026-03-31T15:30:00Z'))).toEqual([
      ['input.settledAt', 'an inpatient claim is settled on or after its discharge day (agency day)', '住院结算日期（按经办机构所在时区）不能早于出院日期'],
    ]);
    const onTime = stay('2026-03-31T16:30:00Z');
    expect(await settle(onTime)).toEqual([]);
    const stored = await hub.prisma.claim.findFirstOrThrow({ where: { settlementId: onTime.settlementId } });
    expect(stored.settlementMonth.toISOString().slice(0, 10)).toBe('2026-04-01');
  });

  it('a discharge before the admission, and a stay settled before its admission', async () => {
    const p = await w.person();
    const backwards = w.claim({ insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-05', dischargedOn: '2026-03-03', settledAt: '2026-03-05T02:00:00Z', lines: [w.line({ servedOn: '2026-03-05' })] });
    expect(await refusedFields(backwards)).toEqual([['input.dischargedOn', 'must not be before admittedOn', '出院日期不能早于入院日期']]);
    const early = w.claim({ insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-05', dischargedOn: '2026-03-08', settledAt: '2026-03-04T02:00:00Z', lines: [w.line({ servedOn: '2026-03-05' })] });
    expect(await refusedFields(early)).toEqual([['input.settledAt', 'must not be before admittedOn (agency day)', '结算日期（按经办机构所在时区）不能早于入院日期']]);
  });

  it('a line served after the settlement day, or outside the stay, named by its number', async () => {
    const p = await w.person();
    const visit = w.claim({ insuredIdNumber: p.idNumber, settledAt: '2026-03-10T02:00:00Z', lines: [w.line({ servedOn: '2026-03-10' }), w.line({ servedOn: '2026-03-11' })] });
    expect(await refusedFields(visit)).toEqual([
      ['input.lines.1.servedOn', 'line 2 is served on 2026-03-11, after the settlement day 2026-03-10', '第 2 行的服务日期 2026-03-11 晚于结算日期 2026-03-10'],
    ]);
    const bedDay = (servedOn: string) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', servedOn });
    const stay = w.claim({
      insuredIdNumber: p.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-05', dischargedOn: '2026-03-08',
      settledAt: '2026-03-08T02:00:00Z', lines: [bedDay('2026-03-03'), bedDay('2026-03-05'), bedDay('2026-03-07')],
    });
    expect(await refusedFields(stay)).toEqual([
      ['input.lines.0.servedOn', 'line 1 is served on 2026-03-03, outside the stay 2026-03-05 to 2026-03-08', '第 1 行的服务日期 2026-03-03 不在住院期间（2026-03-05 至 2026-03-08）内'],
    ]);
  });
});
