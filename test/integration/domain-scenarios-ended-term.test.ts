import { describe, expect, it } from 'vitest';
import { expireAgreements } from '../../server/domain/agreements/expire-agreements.js';
import { createAgreement, createAgreementVersion, createProvider, templateCodeOf } from '../factories/records.js';
import { agencyToday, eventBySeq, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';
import { DRAFT, RENEW, SIGN, agreementRow, rawId, serviceDraft, useAgreementWorld, w, type AgreementOut } from './agreement-fixture.js';

/**
 * A term already over (docs/domain/agreements.md "Lifecycle"): it is never signed into force,
 * a renewal of a long-expired agreement proposes a term from today rather than one that ended
 * years ago, and a SIGNED agreement whose whole term passed before it was activated is closed
 * by the term-end job like any other ended term, with its transition and event.
 */
useAgreementWorld();

const snapshot = async (id: string) => ({
  agreement: await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id } }),
  transitions: await w.hub.prisma.agreementTransition.count({ where: { agreementId: id } }),
});

describe('a term already over', () => {
  it('signing a draft whose term ended yesterday is refused on endsOn, in zh and en, and writes nothing', async () => {
    const today = agencyToday();
    const drafted = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft({ startsOn: iso(plusDays(today, -365)), endsOn: iso(plusDays(today, -1)) }) },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    let errors: unknown;
    const ext = await expectNoChange(
      w.hub,
      () => snapshot(rawId(drafted.id)),
      async () => {
        const r = await w.hub.exec(SIGN, { input: { id: drafted.id, expectedVersion: 1 } }, w.adminA);
        errors = r.errors;
        return r;
      },
      'BAD_USER_INPUT',
    );
    const issues = ext.fields as { path: string[]; messageZh: string; messageEn: string }[];
    expect(issues.map((i) => i.path)).toEqual([['input', 'endsOn']]);
    expect(issues[0]!.messageZh).toContain(iso(plusDays(today, -1)));
    expect(issues[0]!.messageEn).toContain(iso(plusDays(today, -1)));
    expect(ext.messageZh).toContain('协议期限');
    expect(JSON.stringify(errors)).not.toContain('INTERNAL_SERVER_ERROR');
    // A term ending today is still signable, and in force at once.
    const lastDay = ok(
      await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
        DRAFT,
        { input: serviceDraft({ startsOn: iso(plusDays(today, -365)), endsOn: iso(today) }) },
        w.adminA,
      ),
    ).draftAgreement.agreement;
    const signed = ok(
      await w.hub.exec<{ signAgreement: { agreement: AgreementOut } }>(SIGN, { input: { id: lastDay.id, expectedVersion: 1 } }, w.adminA),
    ).signAgreement.agreement;
    expect(signed.status).toBe('ACTIVE');
  });

  it('renewing an agreement that expired two years ago proposes a term from today, of the same length', async () => {
    const provider = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    const today = agencyToday();
    // A 1-year term (365 days, not whole months) that ended 730 days ago.
    const old = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: provider.id,
      status: 'EXPIRED',
      startsOn: plusDays(today, -1094),
      endsOn: plusDays(today, -730),
    }, { withVersion: false });
    // On a template the insurer has published, so the renewal can be signed.
    await createAgreementVersion(w.hub.prisma, {
      agreementId: old.id,
      versionNo: 1,
      templateCode: templateCodeOf('MEDICAL_INSTITUTION_SERVICE'),
      templateVersion: '1',
    });
    const renewed = ok(
      await w.hub.exec<{ renewAgreement: { agreement: { id: string; status: string; startsOn: string; endsOn: string } } }>(
        RENEW,
        { input: { id: gid('Agreement', old.id), expectedVersion: 1 } },
        w.adminA,
      ),
    ).renewAgreement.agreement;
    expect(renewed).toMatchObject({ status: 'DRAFT', startsOn: iso(today), endsOn: iso(plusDays(today, 364)) });
    // …so it can be signed into force.
    const signed = ok(
      await w.hub.exec<{ signAgreement: { agreement: AgreementOut } }>(SIGN, { input: { id: renewed.id, expectedVersion: 1 } }, w.adminA),
    ).signAgreement.agreement;
    expect(signed.status).toBe('ACTIVE');
  });

  it('the term-end job expires a SIGNED agreement whose whole term passed before activation, once', async () => {
    const provider = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    const today = agencyToday();
    const lapsed = await createAgreement(w.hub.prisma, {
      insurerId: w.insurerA.id,
      providerId: provider.id,
      status: 'SIGNED',
      startsOn: plusDays(today, -40),
      endsOn: plusDays(today, -10),
    });
    const first = await expireAgreements(new Date());
    const mine = first.expired.find((e) => e.id === lapsed.id);
    expect(mine).toBeDefined();
    expect(first.activated.map((a) => a.id)).not.toContain(lapsed.id);
    expect((await agreementRow(gid('Agreement', lapsed.id))).status).toBe('EXPIRED');
    const event = await eventBySeq(w.hub, mine!.auditSeq.toString());
    expect(event).toMatchObject({ type: 'agreement.expired', entityId: lapsed.id, insurerId: w.insurerA.id, providerId: provider.id });
    expect(event.data).toMatchObject({ fromStatus: 'SIGNED', toStatus: 'EXPIRED', effectiveOn: iso(plusDays(today, -9)) });
    const transitions = await w.hub.prisma.agreementTransition.findMany({ where: { agreementId: lapsed.id } });
    expect(transitions.map((t) => [t.action, t.fromStatus, t.toStatus])).toEqual([['EXPIRE', 'SIGNED', 'EXPIRED']]);
    // Idempotent: a second run moves it no further.
    const second = await expireAgreements(new Date());
    expect(second.expired.map((e) => e.id)).not.toContain(lapsed.id);
    expect(await w.hub.prisma.agreementTransition.count({ where: { agreementId: lapsed.id } })).toBe(1);
  });
});
