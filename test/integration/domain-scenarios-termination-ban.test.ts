import { describe, expect, it } from 'vitest';
import { addYears, isoDate } from '../../server/domain/shared/dates.js';
import { agencyToday, eventBySeq, expectNoChange, gid, ok, plusDays } from './mutation-helpers.js';
import { appealPeriodOver, execute, issued, setup, usePenaltyWorld, w } from './penalty-fixture.js';
import { APPLY, pharmacy } from './admission-fixture.js';

/**
 * Termination (解除协议) through GraphQL, checked against docs/domain/measures.md: it takes
 * effect on execution and bans re-application for 3 years (S2), to the day.
 */
usePenaltyWorld();

describe('termination (解除协议) and the 3-year re-application ban (S2: 3年内不得申请医保定点)', () => {
  it('terminates on execution, bans until the same day three years on; refused on the last banned day, accepted on the day it ends', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'AGREEMENT_TERMINATION', multiple: null });
    // A termination cannot be undone: it executes once the appeal period is over.
    await appealPeriodOver(p.id);
    const r = ok(await execute(p.id, 2)).executePenalty;
    expect(r.penalty.status).toBe('EXECUTED');
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'TERMINATED',
    );
    const bannedUntil = addYears(agencyToday(), 3);
    const provider = await w.hub.prisma.provider.findUniqueOrThrow({ where: { id: w.provider.id } });
    expect(provider).toMatchObject({ status: 'TERMINATED', reapplicationBannedUntil: bannedUntil });
    const input = {
      ...pharmacy,
      kind: provider.kind,
      pharmacyClass: null,
      hospitalGrade: provider.hospitalGrade,
      providerId: gid('Provider', w.provider.id),
    };
    const apps = () => w.hub.prisma.designationApplication.count();
    const ext = await expectNoChange(
      w.hub,
      apps,
      () => w.hub.exec(APPLY, { input }, w.admin),
      'REAPPLICATION_BANNED',
    );
    expect(ext.bannedUntil).toBe(isoDate(bannedUntil));
    // The ban's last day: it ends tomorrow.
    await w.hub.prisma.provider.update({
      where: { id: w.provider.id },
      data: { reapplicationBannedUntil: plusDays(agencyToday(), 1) },
    });
    await expectNoChange(w.hub, apps, () => w.hub.exec(APPLY, { input }, w.admin), 'REAPPLICATION_BANNED');
    // The day it ends: the provider may apply again.
    await w.hub.prisma.provider.update({
      where: { id: w.provider.id },
      data: { reapplicationBannedUntil: agencyToday() },
    });
    const a = ok(
      await w.hub.exec<{ applyForDesignation: { auditSeq: string; application: { status: string } } }>(
        APPLY,
        { input },
        w.admin,
      ),
    ).applyForDesignation;
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'designationApplication.submitted',
      providerId: w.provider.id,
    });
  });
});
