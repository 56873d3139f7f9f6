import { beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, partnerViewer } from '../factories/viewers.js';
import { createPartner } from '../factories/records.js';
import { eventBySeq, expectNoChange, iso, lastEvents, ok, plusDays, rawOf, agencyToday } from './mutation-helpers.js';
import { adm, APPLY, apply, applications, pharmacy, type App, useAdmissionWorld } from './admission-fixture.js';
import { evaluateApplication } from '../../server/domain/admission/evaluate-application.js';
import { decideApplication } from '../../server/domain/admission/decide-application.js';

/**
 * Admission (定点申请) by the agency: apply → evaluate → designate or refuse. Bans, provider
 * staff and withdrawal: admission-applicants.test.ts.
 */
useAdmissionWorld();
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
beforeAll(() => ({ hub, insurer, other } = adm));

const EVALUATE = `mutation ($input: EvaluateApplicationInput!) { evaluateApplication(input: $input) { auditSeq application { status totalScore version scoreItems { item score max } } } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { auditSeq application { status version refusalReason provider { id status kind } agreement { id status kind } } } }`;

const passing = [
  { item: 'SITE_VISIT', score: 35 },
  { item: 'MATERIALS', score: 25 },
  { item: 'INFORMATION_SYSTEM', score: 25 },
];

describe('admission: apply → evaluate → designate', () => {
  it('designates a pharmacy and prepares a DRAFT retail-pharmacy agreement, each step an event', async () => {
    const a = await apply();
    expect(a.application).toMatchObject({
      status: 'SUBMITTED',
      evaluationDueOn: iso(plusDays(agencyToday(), 30)),
      decisionDueOn: iso(plusDays(agencyToday(), 45)),
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
    // A term already over would designate the provider with a draft that can never be signed.
    const yesterday = iso(plusDays(agencyToday(), -1));
    const ended = await expectNoChange(
      hub,
      async () => ({ app: await hub.prisma.designationApplication.findFirstOrThrow({ where: { id: rawOf(id) } }), agreements: await hub.prisma.agreement.count() }),
      () =>
        hub.exec(
          DECIDE,
          { input: { id, expectedVersion: 2, decision: 'DESIGNATE', startsOn: iso(plusDays(agencyToday(), -365)), endsOn: yesterday } },
          insurerAdmin(insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    expect(ended.fields).toEqual([expect.objectContaining({ path: ['input', 'endsOn'], messageZh: expect.stringContaining(yesterday) })]);
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
    const missing = await expectNoChange(
      hub,
      row,
      () => hub.exec(EVALUATE, { input: { id, expectedVersion: 1, scores: passing.slice(0, 2) } }, admin),
      'BAD_USER_INPUT',
    );
    // Beside the form's scores, in the clerk's language (was the English alone, 输入有误：score …).
    expect(missing.fields).toEqual([
      expect.objectContaining({ path: ['input', 'scores'], messageZh: '“信息系统接入准备”须评分且只评一次' }),
    ]);
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

  it("counts a step late from the day after its due day on the agency's calendar", async () => {
    const admin = insurerAdmin(insurer.id);
    // Both steps are due on 10 March 2031; 15:30 UTC is 23:30 that day in Beijing, 16:30 UTC
    // is 00:30 on 11 March (UTC: still the 10th).
    const stepsAt = async (at: string) => {
      const id = rawOf((await apply()).application.id);
      await hub.prisma.designationApplication.update({
        where: { id },
        data: { evaluationDueOn: new Date('2031-03-10T00:00:00Z'), decisionDueOn: new Date('2031-03-10T00:00:00Z') },
      });
      const ctx = { actor: admin, requestId: null, now: new Date(at) };
      const evaluated = await evaluateApplication(ctx, {
        id,
        expectedVersion: 1,
        scores: passing as Parameters<typeof evaluateApplication>[1]['scores'],
      });
      const refused = await decideApplication(ctx, { id, expectedVersion: 2, decision: 'REFUSE', reason: '布局不符合规划' });
      const overdue = async (seq: bigint) => ((await eventBySeq(hub, seq.toString())).data as { overdue: boolean }).overdue;
      return [await overdue(evaluated.auditSeq), await overdue(refused.auditSeq)];
    };
    expect(await stepsAt('2031-03-10T15:30:00Z')).toEqual([false, false]);
    expect(await stepsAt('2031-03-10T16:30:00Z')).toEqual([true, true]);
  });
});
