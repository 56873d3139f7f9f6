import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  insurerAdmin,
  insurerAuditor,
  insurerViewer,
  partnerViewer,
  providerStaff,
} from '../factories/viewers.js';
import { createInsurer, createPartner, createProvider, day } from '../factories/records.js';
import {
  eventBySeq,
  expectNoChange,
  iso,
  lastEvents,
  ok,
  plusDays,
  rawOf,
  todayUtc,
  gid,
} from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let other: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
});
afterAll(() => hub.close());

const APPLY = `mutation ($input: ApplyForDesignationInput!) { applyForDesignation(input: $input) { auditSeq application { id number status version evaluationDueOn decisionDueOn materials { title ref } } } }`;
const EVALUATE = `mutation ($input: EvaluateApplicationInput!) { evaluateApplication(input: $input) { auditSeq application { status totalScore version scoreItems { item score max } } } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { auditSeq application { status version refusalReason provider { id status kind } agreement { id status kind } } } }`;
const WITHDRAW = `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { auditSeq application { status } } }`;
const LIST = `{ designationApplications { totalCount edges { node { number status } } } }`;

const pharmacy = {
  applicantNameZh: '宝芝林大药房',
  applicantNameEn: 'Baozhilin Pharmacy',
  kind: 'RETAIL_PHARMACY',
  pharmacyClass: 'A',
  ownership: 'PRIVATE',
  licenceScope: ['中成药', '化学药制剂'],
  regionCode: '340503',
  materials: [{ title: '营业执照', ref: 'DOC-2026-001' }],
};
const passing = [
  { item: 'SITE_VISIT', score: 35 },
  { item: 'MATERIALS', score: 25 },
  { item: 'INFORMATION_SYSTEM', score: 25 },
];
type App = { id: string; status: string; version: number };
const applications = () => hub.prisma.designationApplication.count();

async function apply(viewer = insurerAdmin(insurer.id), input: Record<string, unknown> = pharmacy) {
  return ok(
    await hub.exec<{ applyForDesignation: { auditSeq: string; application: App & Record<string, unknown> } }>(
      APPLY,
      { input },
      viewer,
    ),
  ).applyForDesignation;
}

describe('admission: apply → evaluate → designate', () => {
  it('designates a pharmacy and prepares a DRAFT retail-pharmacy agreement, each step an event', async () => {
    const a = await apply();
    expect(a.application).toMatchObject({
      status: 'SUBMITTED',
      evaluationDueOn: iso(plusDays(todayUtc(), 30)),
      decisionDueOn: iso(plusDays(todayUtc(), 45)),
      materials: [{ title: '营业执照', ref: 'DOC-2026-001' }],
    });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'designationApplication.submitted',
      insurerId: insurer.id,
      entityId: rawOf(a.application.id),
    });
    const id = a.application.id;
    const e = ok(
      await hub.exec<{ evaluateApplication: { auditSeq: string; application: App } }>(
        EVALUATE,
        { input: { id, expectedVersion: 1, scores: passing } },
        insurerAuditor(insurer.id),
      ),
    ).evaluateApplication;
    expect(e.application).toMatchObject({ status: 'EVALUATED', totalScore: '85' });
    expect(await eventBySeq(hub, e.auditSeq)).toMatchObject({
      type: 'designationApplication.evaluated',
      data: expect.objectContaining({ totalScore: 85, passed: true }),
    });
    const d = ok(
      await hub.exec<{ decideApplication: { auditSeq: string; application: Record<string, unknown> } }>(
        DECIDE,
        { input: { id, expectedVersion: 2, decision: 'DESIGNATE' } },
        insurerAdmin(insurer.id),
      ),
    ).decideApplication;
    expect(d.application.status).toBe('DESIGNATED');
    expect(d.application.provider).toMatchObject({ status: 'ACTIVE', kind: 'RETAIL_PHARMACY' });
    expect(d.application.agreement).toMatchObject({ status: 'DRAFT', kind: 'RETAIL_PHARMACY_SERVICE' });
    const events = await lastEvents(hub, 3);
    expect(events.map((x) => x.type)).toEqual([
      'provider.designated',
      'agreement.drafted',
      'designationApplication.decided',
    ]);
    expect(events[2]!.seq.toString()).toBe(d.auditSeq);
    const agreementId = (
      await hub.prisma.designationApplication.findUniqueOrThrow({ where: { id: rawOf(a.application.id) } })
    ).agreementId!;
    const indicators = await hub.prisma.controlIndicator.findMany({ where: { version: { agreementId } } });
    expect(indicators.map((i) => i.metric).sort()).toEqual([
      'PATENT_CHINESE_DRUG_STOCKING_RATE',
      'WESTERN_DRUG_STOCKING_RATE',
    ]);
  });

  it('refuses with a reason; refused twins change nothing', async () => {
    const a = await apply();
    const id = a.application.id;
    const row = () =>
      hub.prisma.designationApplication.findUniqueOrThrow({ where: { id: rawOf(a.application.id) } });
    const admin = insurerAdmin(insurer.id);
    await expectNoChange(
      hub,
      row,
      () => hub.exec(DECIDE, { input: { id, expectedVersion: 1, decision: 'DESIGNATE' } }, admin),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      hub,
      row,
      () => hub.exec(DECIDE, { input: { id, expectedVersion: 1, decision: 'REFUSE' } }, admin),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          DECIDE,
          { input: { id, expectedVersion: 1, decision: 'REFUSE', reason: '不符合' } },
          insurerAdmin(other.id),
        ),
      'NOT_FOUND',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          DECIDE,
          { input: { id, expectedVersion: 1, decision: 'REFUSE', reason: '不符合' } },
          insurerAuditor(insurer.id),
        ),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      row,
      () => hub.exec(EVALUATE, { input: { id, expectedVersion: 1, scores: passing.slice(0, 2) } }, admin),
      'BAD_USER_INPUT',
    );
    const failing = passing.map((s) => (s.item === 'INFORMATION_SYSTEM' ? { ...s, score: 10 } : s));
    ok(await hub.exec(EVALUATE, { input: { id, expectedVersion: 1, scores: failing } }, admin));
    const ext = await expectNoChange(
      hub,
      row,
      () => hub.exec(DECIDE, { input: { id, expectedVersion: 2, decision: 'DESIGNATE' } }, admin),
      'ADMISSION_SCORE_TOO_LOW',
    );
    expect(ext.passMark).toBe(70);
    const r = ok(
      await hub.exec<{ decideApplication: { auditSeq: string; application: Record<string, unknown> } }>(
        DECIDE,
        { input: { id, expectedVersion: 2, decision: 'REFUSE', reason: '信息系统未接入' } },
        admin,
      ),
    ).decideApplication;
    expect(r.application).toMatchObject({
      status: 'REFUSED',
      refusalReason: '信息系统未接入',
      provider: null,
      agreement: null,
    });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'designationApplication.decided',
      data: expect.objectContaining({ decision: 'REFUSE', reason: '信息系统未接入' }),
    });
  });

  it('refuses viewers, partners and malformed input', async () => {
    const partner = await createPartner(hub.prisma);
    await expectNoChange(
      hub,
      applications,
      () => hub.exec(APPLY, { input: pharmacy }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      applications,
      () => hub.exec(APPLY, { input: pharmacy }, partnerViewer(partner.id)),
      'FORBIDDEN',
    );
    // A NUL byte is refused by the input screen before anything else, on that field alone.
    const nul = await expectNoChange(
      hub,
      applications,
      () => hub.exec(APPLY, { input: { ...pharmacy, applicantNameZh: 'x\u0000'.repeat(300) } }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    expect((nul.fields as { path: string[] }[]).map((f) => f.path[1])).toEqual(['applicantNameZh']);
    const bad = { ...pharmacy, applicantNameZh: 'x'.repeat(300), regionCode: '0000-01-01', licenceScope: [] };
    const ext = await expectNoChange(
      hub,
      applications,
      () => hub.exec(APPLY, { input: bad }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path[1]).sort()).toEqual([
      'applicantNameZh',
      'licenceScope',
      'regionCode',
    ]);
  });
});

describe('admission: a banned provider, provider staff, withdrawal', () => {
  it('refuses a provider still under its re-application ban, naming the date', async () => {
    const banned = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      status: 'TERMINATED',
      reapplicationBannedUntil: day('2099-01-01'),
    });
    for (const viewer of [insurerAdmin(insurer.id), providerStaff(banned.id)]) {
      const ext = await expectNoChange(
        hub,
        applications,
        () => hub.exec(APPLY, { input: { ...pharmacy, providerId: gid('Provider', banned.id) } }, viewer),
        'REAPPLICATION_BANNED',
      );
      expect(ext.bannedUntil).toBe('2099-01-01');
    }
  });

  it('provider staff apply for their own provider, see only their own, and withdraw', async () => {
    const former = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      kind: 'CLINIC',
      hospitalGrade: null,
      status: 'TERMINATED',
      reapplicationBannedUntil: day('2020-01-01'),
    });
    const stranger = await createProvider(hub.prisma, { insurerId: insurer.id });
    const staff = providerStaff(former.id);
    const input = { ...pharmacy, kind: 'CLINIC', pharmacyClass: null, insurerId: gid('Insurer', insurer.id) };
    const a = await apply(staff, input);
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      providerId: former.id,
      actorId: staff.actorId,
    });
    const mine = ok(await hub.exec<{ designationApplications: { totalCount: number } }>(LIST, {}, staff));
    expect(mine.designationApplications.totalCount).toBe(1);
    const theirs = ok(
      await hub.exec<{ designationApplications: { totalCount: number } }>(
        LIST,
        {},
        providerStaff(stranger.id),
      ),
    );
    expect(theirs.designationApplications.totalCount).toBe(0);
    const id = a.application.id;
    const row = () =>
      hub.prisma.designationApplication.findUniqueOrThrow({ where: { id: rawOf(a.application.id) } });
    await expectNoChange(
      hub,
      row,
      () => hub.exec(WITHDRAW, { input: { id, expectedVersion: 1 } }, providerStaff(stranger.id)),
      'NOT_FOUND',
    );
    const w = ok(
      await hub.exec<{ withdrawApplication: { auditSeq: string; application: App } }>(
        WITHDRAW,
        { input: { id, expectedVersion: 1 } },
        staff,
      ),
    ).withdrawApplication;
    expect(w.application.status).toBe('WITHDRAWN');
    expect(await eventBySeq(hub, w.auditSeq)).toMatchObject({
      type: 'designationApplication.withdrawn',
      providerId: former.id,
    });
    await expectNoChange(
      hub,
      row,
      () => hub.exec(WITHDRAW, { input: { id, expectedVersion: 2 } }, staff),
      'ILLEGAL_TRANSITION',
    );
  });
});
