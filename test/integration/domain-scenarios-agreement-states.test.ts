import { describe, expect, it } from 'vitest';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createProvider, day } from '../factories/records.js';
import { agencyToday, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';
import { AMEND, RENEW, RESUME, SIGN, SUSPEND, TERMINATE, useAgreementWorld, w } from './agreement-fixture.js';

/**
 * Every lifecycle step from every state it is not allowed from (docs/domain/agreements.md
 * "Lifecycle"; server/domain/agreements/rules.ts): resuming an agreement that is not suspended,
 * terminating twice, signing a signed one, renewing a suspended or terminated one… Each is
 * refused as ILLEGAL_TRANSITION naming the state and the step in zh and en, and writes nothing —
 * even when the request also names an effective day the state would never reach. The allowed
 * edge cases next to them: renewing an expired agreement, assessing a suspended one.
 */
useAgreementWorld();

type Status = 'DRAFT' | 'SIGNED' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'EXPIRED';
const tomorrow = () => iso(plusDays(agencyToday(), 1));

type Step = (id: string) => [string, Record<string, unknown>];
const STEPS: Record<'SIGN' | 'SUSPEND' | 'RESUME' | 'TERMINATE' | 'RENEW' | 'AMEND', Step> = {
  SIGN: (id: string) => [SIGN, { id, expectedVersion: 1 }],
  SUSPEND: (id: string) => [SUSPEND, { id, expectedVersion: 1, scope: 'AGREEMENT', reason: '暂停协议', effectiveOn: tomorrow() }],
  RESUME: (id: string) => [RESUME, { id, expectedVersion: 1, reason: '恢复协议' }],
  TERMINATE: (id: string) => [TERMINATE, { id, expectedVersion: 1, reason: '解除协议', effectiveOn: tomorrow() }],
  RENEW: (id: string) => [RENEW, { id, expectedVersion: 1 }],
  AMEND: (id: string) => [
    AMEND,
    {
      id,
      expectedVersion: 1,
      changeNote: '新模板',
      clauses: [{ clauseNo: '9', titleZh: '新增', titleEn: 'Added', bodyZh: '……', bodyEn: '…' }],
    },
  ],
};

const ALLOWED: Record<keyof typeof STEPS, readonly Status[]> = {
  SIGN: ['DRAFT'],
  SUSPEND: ['ACTIVE'],
  RESUME: ['SUSPENDED'],
  TERMINATE: ['ACTIVE', 'SUSPENDED'],
  RENEW: ['ACTIVE', 'EXPIRED'],
  AMEND: ['ACTIVE', 'SIGNED', 'SUSPENDED'],
};
const STATUSES: readonly Status[] = ['DRAFT', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED'];
const REFUSED = Object.entries(ALLOWED).flatMap(([step, allowed]) =>
  STATUSES.filter((s) => !allowed.includes(s)).map((status) => [step as keyof typeof STEPS, status] as const),
);

const WORDS: Record<Status, string> = {
  DRAFT: '草稿',
  SIGNED: '已签订',
  ACTIVE: '生效中',
  SUSPENDED: '已暂停',
  TERMINATED: '已解除',
  EXPIRED: '已到期',
};

/** An agreement of its own provider in `status`, its term around today (an expired one ended yesterday). */
async function agreementIn(status: Status) {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
  const today = agencyToday();
  return createAgreement(w.hub.prisma, {
    insurerId: w.insurerA.id,
    providerId: provider.id,
    status,
    startsOn: status === 'SIGNED' ? plusDays(today, 10) : plusDays(today, -300),
    endsOn: status === 'EXPIRED' ? plusDays(today, -1) : plusDays(today, 400),
    suspensionScope: status === 'SUSPENDED' ? 'AGREEMENT' : null,
  });
}

const snapshot = async (id: string) => ({
  agreement: await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id } }),
  transitions: await w.hub.prisma.agreementTransition.count({ where: { agreementId: id } }),
  renewals: await w.hub.prisma.agreement.count({ where: { renewedFromId: id } }),
});

describe('a step from a state it is not allowed from', () => {
  it.each(REFUSED)('%s from %s: ILLEGAL_TRANSITION naming the state, nothing written', async (step, status) => {
    const a = await agreementIn(status);
    const [mutation, input] = STEPS[step](gid('Agreement', a.id));
    let messageZh: unknown;
    const ext = await expectNoChange(
      w.hub,
      () => snapshot(a.id),
      async () => {
        const r = await w.hub.exec(mutation, { input }, w.adminA);
        messageZh = r.errors?.[0]?.extensions?.messageZh;
        return r;
      },
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ entity: 'Agreement', currentStatus: status, action: step });
    expect(messageZh).toContain(`“${WORDS[status]}”`);
  });
});

describe('the allowed edges', () => {
  it('renews an agreement that expired yesterday for the next term, once', async () => {
    const a = await agreementIn('EXPIRED');
    const r = ok(
      await w.hub.exec<{ renewAgreement: { agreement: { status: string; startsOn: string } } }>(
        RENEW,
        { input: { id: gid('Agreement', a.id), expectedVersion: 1 } },
        w.adminA,
      ),
    ).renewAgreement;
    expect(r.agreement).toMatchObject({ status: 'DRAFT', startsOn: iso(agencyToday()) });
    await expectNoChange(
      w.hub,
      () => snapshot(a.id),
      () => w.hub.exec(RENEW, { input: { id: gid('Agreement', a.id), expectedVersion: 2 } }, w.adminA),
      'CONFLICT',
    );
  });

  it('assesses a suspended agreement on a year of its term; a draft is refused AGREEMENT_NOT_ACTIVE', async () => {
    const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { assessment { result } } }`;
    const lastYear = agencyToday().getUTCFullYear() - 1;
    const suspended = await agreementIn('SUSPENDED');
    await w.hub.prisma.agreement.update({ where: { id: suspended.id }, data: { startsOn: day(`${lastYear}-01-01`) } });
    const input = (id: string) => ({ input: { agreementId: gid('Agreement', id), year: lastYear, score: '72.5' } });
    expect(
      ok(await w.hub.exec<{ publishAssessment: { assessment: { result: string } } }>(PUBLISH, input(suspended.id), insurerAuditor(w.insurerA.id)))
        .publishAssessment.assessment.result,
    ).toBe('PASS');
    const draft = await agreementIn('DRAFT');
    await w.hub.prisma.agreement.update({ where: { id: draft.id }, data: { startsOn: day(`${lastYear}-01-01`) } });
    await expectNoChange(
      w.hub,
      () => w.hub.prisma.assessment.count({ where: { agreementId: draft.id } }),
      () => w.hub.exec(PUBLISH, input(draft.id), insurerAuditor(w.insurerA.id)),
      'AGREEMENT_NOT_ACTIVE',
    );
  });
});
