import { describe, expect, it } from 'vitest';
import { platformAdmin } from '../factories/viewers.js';
import { createAgreement, createAssessment, createProvider } from '../factories/records.js';
import { expireAgreements } from '../../server/domain/agreements/expire-agreements.js';
import {
  auditCount,
  eventBySeq,
  expectNoChange,
  gid,
  iso,
  lastEvents,
  ok,
  plusDays,
  refused,
  agencyToday,
} from './mutation-helpers.js';
import {
  DRAFT,
  RENEW,
  TERMINATE,
  agreementRow,
  draftAndSign,
  rawId,
  serviceDraft,
  useAgreementWorld,
  w,
} from './agreement-fixture.js';

/** Agreement lifecycle: termination with its 3-year ban, renewal, and expiry at term end. */
useAgreementWorld();

describe('terminate and the 3-year re-application ban', () => {
  it('terminates, bans the provider for 3 years, and refuses a new draft naming the date', async () => {
    const p = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    const a = await draftAndSign({ providerId: gid('Provider', p.id) });
    const effectiveOn = iso(plusDays(agencyToday(), -1));
    const res = ok(
      await w.hub.exec<{ terminateAgreement: { auditSeq: string; agreement: { status: string } } }>(
        TERMINATE,
        {
          input: { id: a.id, expectedVersion: 2, reason: '伪造病情，解除协议', effectiveOn },
        },
        w.adminA,
      ),
    ).terminateAgreement;
    expect(res.agreement.status).toBe('TERMINATED');
    // Three years on, clamped to the month's end as the rule counts: terminated on a leap day
    // (29 February), the ban ends on 28 February.
    const [y, m, d] = effectiveOn.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y + 3, m, 0)).getUTCDate();
    const bannedUntil = iso(new Date(Date.UTC(y + 3, m - 1, Math.min(d, lastDay))));
    const terminatedProvider = await w.hub.prisma.provider.findUniqueOrThrow({ where: { id: p.id } });
    expect(terminatedProvider.status).toBe('TERMINATED');
    expect(iso(terminatedProvider.reapplicationBannedUntil!)).toBe(bannedUntil);
    const [terminated, banned] = await lastEvents(w.hub, 2);
    expect(terminated).toMatchObject({
      type: 'agreement.terminated',
      seq: BigInt(res.auditSeq),
      actorId: w.adminA.actorId,
      entityId: rawId(a.id),
      insurerId: w.insurerA.id,
      providerId: p.id,
    });
    expect(banned).toMatchObject({
      type: 'provider.reapplicationBanned',
      entityType: 'Provider',
      entityId: p.id,
      providerId: p.id,
      data: expect.objectContaining({ bannedUntil }),
    });

    const ext = await expectNoChange(
      w.hub,
      () => w.hub.prisma.agreement.count(),
      () => w.hub.exec(DRAFT, { input: serviceDraft({ providerId: gid('Provider', p.id) }) }, w.adminA),
      'REAPPLICATION_BANNED',
    );
    expect(ext.bannedUntil).toBe(bannedUntil);
    expect(ext.messageEn).toContain(bannedUntil);
    expect(ext.messageZh).toContain(bannedUntil);

    const ext2 = await expectNoChange(
      w.hub,
      () => agreementRow(a.id),
      () => w.hub.exec(TERMINATE, { input: { id: a.id, expectedVersion: 3, reason: 'again' } }, w.adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('TERMINATED');
  });

  it('allows a new draft once the ban date is reached', async () => {
    const p = await createProvider(w.hub.prisma, {
      insurerId: w.insurerA.id,
      status: 'TERMINATED',
      reapplicationBannedUntil: agencyToday(),
    });
    ok(await w.hub.exec(DRAFT, { input: serviceDraft({ providerId: gid('Provider', p.id) }) }, w.adminA));
  });
});

describe('renew and expire at term end', () => {
  it('renews an agreement near its end into a DRAFT for the next term', async () => {
    const p = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    const old = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: p.id,
      startsOn: plusDays(agencyToday(), -300),
      endsOn: plusDays(agencyToday(), 30),
    });
    const res = ok(
      await w.hub.exec<{
        renewAgreement: {
          auditSeq: string;
          agreement: { id: string; status: string; startsOn: string; renewedFrom: { id: string } };
        };
      }>(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, w.adminA),
    ).renewAgreement;
    expect(res.agreement).toMatchObject({
      status: 'DRAFT',
      startsOn: iso(plusDays(agencyToday(), 31)),
      renewedFrom: { id: gid('Agreement', old.id) },
    });
    const renewedVersion = await w.hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: rawId(res.agreement.id) },
      include: { clauses: true },
    });
    expect(renewedVersion.clauses).toHaveLength(2);
    expect(await eventBySeq(w.hub, res.auditSeq)).toMatchObject({
      type: 'agreement.renewed',
      entityId: old.id,
      actorId: w.adminA.actorId,
      insurerId: w.insurerA.id,
      providerId: p.id,
    });
    const [drafted] = await lastEvents(w.hub);
    expect(drafted).toMatchObject({ type: 'agreement.drafted', entityId: rawId(res.agreement.id) });
    // Renewing the same agreement twice is a conflict.
    await expectNoChange(
      w.hub,
      () => w.hub.prisma.agreement.count(),
      () => w.hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 2 } }, w.adminA),
      'CONFLICT',
    );
  });

  it('refuses a renewal long before term end', async () => {
    const old = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      startsOn: plusDays(agencyToday(), -30),
      endsOn: plusDays(agencyToday(), 200),
    });
    const ext = await expectNoChange(
      w.hub,
      () => w.hub.prisma.agreement.count(),
      () => w.hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, w.adminA),
      'RENEWAL_NOT_DUE',
    );
    expect(ext.endsOn).toBe(iso(plusDays(agencyToday(), 200)));
  });

  it('refuses a renewal after a failed published assessment', async () => {
    const old = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      startsOn: plusDays(agencyToday(), -300),
      endsOn: plusDays(agencyToday(), 10),
    });
    await createAssessment(w.hub.prisma, {
      agreementId: old.id,
      year: 2025,
      score: '52.00',
      result: 'FAIL',
      status: 'PUBLISHED',
    });
    const ext = await expectNoChange(
      w.hub,
      () => w.hub.prisma.agreement.count(),
      () => w.hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, w.adminA),
      'RENEWAL_BLOCKED',
    );
    expect(ext).toMatchObject({ assessmentYear: 2025, result: 'FAIL' });
  });

  it('refuses to renew a terminated agreement, naming TERMINATED', async () => {
    const old = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      status: 'TERMINATED',
      startsOn: plusDays(agencyToday(), -300),
      endsOn: plusDays(agencyToday(), 10),
    });
    const ext = await expectNoChange(
      w.hub,
      () => w.hub.prisma.agreement.count(),
      () => w.hub.exec(RENEW, { input: { id: gid('Agreement', old.id), expectedVersion: 1 } }, w.adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('TERMINATED');
  });

  it('expires ACTIVE and SUSPENDED agreements past their end, each with transition and event; leaves others', async () => {
    const ended = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      startsOn: plusDays(agencyToday(), -400),
      endsOn: plusDays(agencyToday(), -1),
    });
    const suspended = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      status: 'SUSPENDED',
      suspensionScope: 'AGREEMENT',
      startsOn: plusDays(agencyToday(), -400),
      endsOn: plusDays(agencyToday(), -5),
    });
    const running = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      startsOn: plusDays(agencyToday(), -400),
      endsOn: agencyToday(),
    });
    const result = await expireAgreements(new Date());
    const expiredIds = result.expired.map((e) => e.id);
    expect(expiredIds).toEqual(expect.arrayContaining([ended.id, suspended.id]));
    expect(expiredIds).not.toContain(running.id);
    for (const a of [ended, suspended]) {
      const row = await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: a.id } });
      expect(row).toMatchObject({ status: 'EXPIRED', suspensionScope: null, version: 2 });
      expect(
        await w.hub.prisma.agreementTransition.findFirst({ where: { agreementId: a.id, action: 'EXPIRE' } }),
      ).toMatchObject({ toStatus: 'EXPIRED', actorType: 'SYSTEM', actorId: 'system' });
      const seq = result.expired.find((e) => e.id === a.id)!.auditSeq;
      expect(await eventBySeq(w.hub, seq.toString())).toMatchObject({
        type: 'agreement.expired',
        entityId: a.id,
        actorType: 'SYSTEM',
        insurerId: w.insurerA.id,
      });
    }
    // Idempotent: a second run changes nothing.
    const before = await auditCount(w.hub);
    const again = await expireAgreements(new Date());
    expect(again.expired).toEqual([]);
    expect(await auditCount(w.hub)).toBe(before);
  });

  it('lets the platform admin act for any insurer', async () => {
    const res = ok(
      await w.hub.exec<{ draftAgreement: { auditSeq: string } }>(
        DRAFT,
        { input: serviceDraft({ insurerId: gid('Insurer', w.insurerA.id) }) },
        platformAdmin(),
      ),
    );
    expect((await eventBySeq(w.hub, res.draftAgreement.auditSeq)).insurerId).toBe(w.insurerA.id);
    refused(await w.hub.exec(DRAFT, { input: serviceDraft() }, platformAdmin()), 'BAD_USER_INPUT');
  });
});
