import { describe, expect, it } from 'vitest';
import { expireAgreements } from '../../server/domain/agreements/expire-agreements.js';
import { resumeAgreement } from '../../server/domain/agreements/resume-agreement.js';
import { suspendAgreement } from '../../server/domain/agreements/suspend-agreement.js';
import { executePenalty } from '../../server/domain/penalties/execute-penalty.js';
import { addMonths, isoDate } from '../../server/domain/shared/dates.js';
import { agencyToday, eventBySeq, gid, ok, plusDays } from './mutation-helpers.js';
import { EXECUTE, issued, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * A suspension with a term ends with it (S3: 暂停3个月服务协议执行, docs/domain/measures.md): the
 * term-end job resumes the agreement on the day the term ends, with its transition and event;
 * a suspension without a term, or one the agency has replaced since, waits for the agency.
 */
usePenaltyWorld();

/** Noon in Beijing on an agency day: the instant a daily job would run that day. */
const noonOn = (d: Date) => new Date(d.getTime() + 4 * 3_600_000);
const status = async (id: string) => (await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id } })).status;

describe('a 3-month suspension of the agreement (暂停3个月服务协议执行) ends on the day its term ends', () => {
  it('still suspended on the last day of the term; resumed by the job on the day it ends, once', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 3 });
    const r = ok(
      await w.hub.exec<{ executePenalty: { penalty: { effectiveUntil: string } } }>(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2 } },
        w.admin,
      ),
    ).executePenalty;
    const until = addMonths(agencyToday(), 3);
    expect(r.penalty.effectiveUntil).toBe(isoDate(until));
    const before = await expireAgreements(noonOn(plusDays(until, -1)));
    expect(before.resumed.map((x) => x.id)).not.toContain(agreement.id);
    expect(await status(agreement.id)).toBe('SUSPENDED');
    const on = await expireAgreements(noonOn(until));
    const resumed = on.resumed.find((x) => x.id === agreement.id)!;
    expect(await status(agreement.id)).toBe('ACTIVE');
    expect(await eventBySeq(w.hub, resumed.auditSeq.toString())).toMatchObject({
      type: 'agreement.resumed',
      entityId: agreement.id,
      actorType: 'SYSTEM',
      data: expect.objectContaining({ penaltyId: raw(p.id), reason: 'suspension term ended', effectiveOn: isoDate(until) }),
    });
    expect(
      await w.hub.prisma.agreementTransition.findFirst({ where: { agreementId: agreement.id, action: 'RESUME' } }),
    ).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'ACTIVE', effectiveOn: until });
    expect((await expireAgreements(noonOn(plusDays(until, 1)))).resumed.map((x) => x.id)).not.toContain(agreement.id);
  });

  it('leaves a suspension without a term, and one the agency suspended again after resuming, to the agency', async () => {
    const open = await setup();
    const p = await issued(open.finding.id, { measure: 'SETTLEMENT_SUSPENSION', multiple: null });
    ok(await w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 2 } }, w.admin));

    const replaced = await setup();
    const q = await issued(replaced.finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 1 });
    ok(await w.hub.exec(EXECUTE, { input: { id: q.id, expectedVersion: 2 } }, w.admin));
    const id = gid('Agreement', replaced.agreement.id);
    ok(await w.hub.exec(`mutation ($input: ResumeAgreementInput!) { resumeAgreement(input: $input) { auditSeq } }`, { input: { id, expectedVersion: 2, reason: '整改到位' } }, w.admin));
    ok(await w.hub.exec(`mutation ($input: SuspendAgreementInput!) { suspendAgreement(input: $input) { auditSeq } }`, { input: { id, expectedVersion: 3, reason: '再次违规，暂停待查', scope: 'AGREEMENT' } }, w.admin));

    const later = await expireAgreements(noonOn(addMonths(agencyToday(), 2)));
    expect(later.resumed.map((x) => x.id)).not.toContain(open.agreement.id);
    expect(later.resumed.map((x) => x.id)).not.toContain(replaced.agreement.id);
    expect(await status(open.agreement.id)).toBe('SUSPENDED');
    expect(await status(replaced.agreement.id)).toBe('SUSPENDED');
  });
});

describe("the term-end job orders the agency's resume after the execution on the domain's clock", () => {
  it("the app's clock an hour ahead of the database's: a resume 5 s after the execution still counts as after it, so the agency's own later suspension waits for the agency", async () => {
    const { agreement, finding } = await setup();
    const q = await issued(finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 1 });
    // The commands' clock (ctx.now) runs an hour ahead of the database's now().
    const ahead = Date.now() + 3_600_000;
    const at = (seconds: number) => ({ actor: w.admin, requestId: null, now: new Date(ahead + seconds * 1000) });
    await executePenalty(at(0), { id: raw(q.id), expectedVersion: 2 });
    const resumed = await resumeAgreement(at(5), { id: agreement.id, expectedVersion: 2, reason: '整改到位' });
    await suspendAgreement(at(10), { id: agreement.id, expectedVersion: resumed.agreement.version, reason: '再次违规，暂停待查', scope: 'AGREEMENT' });
    const executedAt = (await w.hub.prisma.penalty.findUniqueOrThrow({ where: { id: raw(q.id) } })).executedAt!;
    const resume = await w.hub.prisma.agreementTransition.findFirstOrThrow({ where: { agreementId: agreement.id, action: 'RESUME' } });
    expect(resume.occurredAt.getTime() - executedAt.getTime()).toBe(5000);

    const later = await expireAgreements(noonOn(addMonths(agencyToday(), 2)));
    expect(later.resumed.map((x) => x.id)).not.toContain(agreement.id);
    expect(await status(agreement.id)).toBe('SUSPENDED');
  });
});
