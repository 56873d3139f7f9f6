import { describe, expect, it } from 'vitest';
import { insurerAdmin } from '../factories/viewers.js';
import { createProvider } from '../factories/records.js';
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
  agencyToday,
} from './mutation-helpers.js';
import {
  DRAFT,
  RESUME,
  SIGN,
  SUSPEND,
  TERMINATE,
  agreementRow,
  draftAndSign,
  rawId,
  serviceDraft,
  useAgreementWorld,
  w,
  type AgreementOut,
} from './agreement-fixture.js';

/** An agreement's status steps: signing, suspension and resumption, under stale and concurrent edits. */
useAgreementWorld();

describe('sign, suspend, resume', () => {
  it('signing a started term activates; signing twice names the current state', async () => {
    const agreement = await draftAndSign();
    expect(agreement).toMatchObject({ status: 'ACTIVE', version: 2 });
    const [event] = await lastEvents(w.hub);
    expect(event).toMatchObject({
      type: 'agreement.signed',
      actorId: w.adminA.actorId,
      entityId: rawId(agreement.id),
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
    });
    const ext = await expectNoChange(
      w.hub,
      () => agreementRow(agreement.id),
      () => w.hub.exec(SIGN, { input: { id: agreement.id, expectedVersion: 2 } }, w.adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ACTIVE', action: 'SIGN' });
    expect(ext.messageEn).toContain('active');
    expect(ext.messageZh).toContain('生效中');
    // What a clerk reads: the state and the step in words, no id and no enum code.
    expect(ext.messageZh).toBe('该协议当前为“生效中”，不能签订');
    expect(`${ext.messageZh} ${ext.messageEn}`).not.toContain(agreement.id);
  });

  it('signing a future term leaves it SIGNED until the expiry job activates it', async () => {
    const agreement = await draftAndSign({ startsOn: iso(plusDays(agencyToday(), 10)) });
    expect(agreement.status).toBe('SIGNED');
    const result = await expireAgreements(plusDays(new Date(), 11));
    expect(result.activated.map((a) => a.id)).toContain(rawId(agreement.id));
    expect((await agreementRow(agreement.id)).status).toBe('ACTIVE');
    expect(
      (
        await eventBySeq(
          w.hub,
          result.activated.find((a) => a.id === rawId(agreement.id))!.auditSeq.toString(),
        )
      ).type,
    ).toBe('agreement.activated');
  });

  it('refuses a stale expectedVersion and another tenant', async () => {
    const drafted = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft() },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    const ext = await expectNoChange(
      w.hub,
      () => agreementRow(drafted.id),
      () => w.hub.exec(SIGN, { input: { id: drafted.id, expectedVersion: 7 } }, w.adminA),
      'STALE_VERSION',
    );
    expect(ext).toMatchObject({ expectedVersion: 7, currentVersion: 1 });
    await expectNoChange(
      w.hub,
      () => agreementRow(drafted.id),
      () => w.hub.exec(SIGN, { input: { id: drafted.id, expectedVersion: 1 } }, insurerAdmin(w.insurerB.id)),
      'NOT_FOUND',
    );
    // A global ID of another type is bad input, not a lookup.
    await expectNoChange(
      w.hub,
      () => agreementRow(drafted.id),
      () =>
        w.hub.exec(SIGN, { input: { id: gid('Provider', rawId(drafted.id)), expectedVersion: 1 } }, w.adminA),
      'BAD_USER_INPUT',
    );
  });

  it('two concurrent edits of the same version: one wins, the other is STALE_VERSION, one event', async () => {
    // Its own provider: if the termination wins, that w.provider is banned, and later tests
    // must not inherit the ban.
    const own = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    const a = await draftAndSign({ providerId: gid('Provider', own.id) });
    const before = await auditCount(w.hub);
    const results = await Promise.all([
      w.hub.exec(
        SUSPEND,
        { input: { id: a.id, expectedVersion: 2, scope: 'AGREEMENT', reason: 'one' } },
        w.adminA,
      ),
      w.hub.exec(TERMINATE, { input: { id: a.id, expectedVersion: 2, reason: 'two' } }, w.adminA),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'STALE_VERSION']);
    expect((await agreementRow(a.id)).version).toBe(3);
    // The winner's events only (a termination also appends the provider's ban event).
    const winner = results.find((r) => !r.errors)!;
    expect(await auditCount(w.hub)).toBe(before + ('terminateAgreement' in (winner.data ?? {}) ? 2 : 1));
  });

  it('suspends only real-time settlement, refuses a second suspension, resumes', async () => {
    const a = await draftAndSign();
    const s = ok(
      await w.hub.exec<{
        suspendAgreement: {
          auditSeq: string;
          agreement: { status: string; suspensionScope: string; version: number };
        };
      }>(
        SUSPEND,
        { input: { id: a.id, expectedVersion: 2, scope: 'REAL_TIME_SETTLEMENT', reason: '备药率不达标' } },
        w.adminA,
      ),
    ).suspendAgreement;
    expect(s.agreement).toMatchObject({
      status: 'SUSPENDED',
      suspensionScope: 'REAL_TIME_SETTLEMENT',
      version: 3,
    });
    expect(await eventBySeq(w.hub, s.auditSeq)).toMatchObject({
      type: 'agreement.suspended',
      actorId: w.adminA.actorId,
      entityType: 'Agreement',
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
      entityId: rawId(a.id),
      data: expect.objectContaining({ suspensionScope: 'REAL_TIME_SETTLEMENT', reason: '备药率不达标' }),
    });
    const transition = await w.hub.prisma.agreementTransition.findFirstOrThrow({
      where: { agreementId: rawId(a.id), action: 'SUSPEND' },
    });
    expect(transition).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'SUSPENDED',
      reason: '备药率不达标',
      actorId: w.adminA.actorId,
    });

    const ext = await expectNoChange(
      w.hub,
      () => agreementRow(a.id),
      () =>
        w.hub.exec(
          SUSPEND,
          { input: { id: a.id, expectedVersion: 3, scope: 'AGREEMENT', reason: 'x' } },
          w.adminA,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('SUSPENDED');

    const r = ok(
      await w.hub.exec<{
        resumeAgreement: { auditSeq: string; agreement: { status: string; suspensionScope: string | null } };
      }>(RESUME, { input: { id: a.id, expectedVersion: 3, reason: '整改到位' } }, w.adminA),
    ).resumeAgreement;
    expect(r.agreement).toMatchObject({ status: 'ACTIVE', suspensionScope: null });
    expect(await eventBySeq(w.hub, r.auditSeq)).toMatchObject({
      type: 'agreement.resumed',
      actorId: w.adminA.actorId,
      entityType: 'Agreement',
      entityId: rawId(a.id),
      insurerId: w.insurerA.id,
      providerId: w.provider.id,
    });
    const ext2 = await expectNoChange(
      w.hub,
      () => agreementRow(a.id),
      () => w.hub.exec(RESUME, { input: { id: a.id, expectedVersion: 4, reason: 'x' } }, w.adminA),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('ACTIVE');
  });
});
