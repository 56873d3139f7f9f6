import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, createProvider, day } from '../factories/records.js';
import { expectNoChange, gid, ok } from './mutation-helpers.js';

/**
 * An annual assessment (考核) judges a year an agreement bound its holder; results are tied to
 * that agreement's settlement and renewal (S3). Before, a result could be published on an
 * agreement for a year before its term began or after it ended — and as its latest result it
 * then decided the agreement's renewal. A partner's fee formula is a term of its agreement
 * (S0 §6: the year-end result settles the fee): before, it could be rewritten on a terminated or
 * expired agreement, changing after the fact what its last year would be paid.
 */
let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
});
afterAll(() => hub.close());

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { assessment { year result } } }`;
const TERMINATE = `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { agreement { status version } } }`;
const FEE = `mutation ($input: SetPartnerFeeFormulaInput!) { setPartnerFeeFormula(input: $input) { agreement { version } } }`;

const publish = (agreementId: string, year: number) =>
  hub.exec<{ publishAssessment: { assessment: { year: number; result: string } } }>(
    PUBLISH,
    { input: { agreementId: gid('Agreement', agreementId), year, score: '55.00' } },
    insurerAuditor(insurer.id),
  );

const assessments = (agreementId: string) => () =>
  hub.prisma.assessment.findMany({ where: { agreementId }, orderBy: { year: 'asc' } });

async function refusedYear(agreementId: string, year: number) {
  const ext = await expectNoChange(hub, assessments(agreementId), () => publish(agreementId, year), 'BAD_USER_INPUT');
  expect(ext.fields).toMatchObject([{ path: ['input', 'year'] }]);
  return (ext.fields as { messageZh: string; messageEn: string }[])[0]!;
}

async function terminate(agreementId: string, effectiveOn: string) {
  return ok(
    await hub.exec<{ terminateAgreement: { agreement: { status: string; version: number } } }>(
      TERMINATE,
      { input: { id: gid('Agreement', agreementId), expectedVersion: 1, reason: '违规情节严重，解除协议', effectiveOn } },
      insurerAdmin(insurer.id),
    ),
  ).terminateAgreement.agreement;
}

/** A provider's service agreement whose term is over. */
const expiredService = (startsOn: string, endsOn: string) =>
  createAgreement(hub.prisma, {
    insurerId: insurer.id,
    providerId: provider.id,
    status: 'EXPIRED',
    startsOn: day(startsOn),
    endsOn: day(endsOn),
  });

describe('an assessment judges a year of the agreement’s term', () => {
  it('an agreement of 2022–2023 is assessed on 2022 and 2023 (after it expired), never on 2021 or 2024', async () => {
    const a = await expiredService('2022-01-01', '2023-12-31');
    const before = await refusedYear(a.id, 2021);
    expect(before.messageZh).toContain('不含 2021 年度');
    expect(before.messageEn).toContain('did not cover 2021 (its term: 2022-01-01 – 2023-12-31)');
    await refusedYear(a.id, 2024);
    // Its last year is assessed once that year is over, after the agreement expired.
    expect(ok(await publish(a.id, 2023)).publishAssessment.assessment).toEqual({ year: 2023, result: 'FAIL' });
    expect(ok(await publish(a.id, 2022)).publishAssessment.assessment.year).toBe(2022);
  });

  it('a term starting on 31 December covers that year; one ending on 1 January covers the year it ends in', async () => {
    const a = await expiredService('2021-12-31', '2023-01-01');
    await refusedYear(a.id, 2020);
    await refusedYear(a.id, 2024);
    for (const year of [2021, 2022, 2023]) ok(await publish(a.id, year));
  });

  it('a terminated agreement is not assessed on the years after its termination took effect', async () => {
    const a = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      startsOn: day('2020-01-01'),
    });
    expect(await terminate(a.id, '2023-06-30')).toMatchObject({ status: 'TERMINATED' });
    const after = await refusedYear(a.id, 2024);
    expect(after.messageEn).toContain('its term: 2020-01-01 – 2023-06-30');
    // The year it was terminated in is still judged: it bound the provider until 30 June.
    ok(await publish(a.id, 2023));
  });
});

describe('a partner’s service fee formula is fixed once its agreement has ended', () => {
  const bands = [{ minScore: '60', factorBasisPoints: 10_000 }];
  const setFormula = (agreementId: string, expectedVersion: number) =>
    hub.exec(
      FEE,
      { input: { agreementId: gid('Agreement', agreementId), expectedVersion, baseFeeFen: 50_000_00, bands } },
      insurerAdmin(insurer.id),
    );
  const row = (id: string) => () => hub.prisma.agreement.findUniqueOrThrow({ where: { id } });

  it('refuses the formula on a terminated and on an expired partner agreement, in zh and en; accepts it while in force', async () => {
    const partner = await createPartner(hub.prisma);
    const active = await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: partner.id });
    expect(ok(await setFormula(active.id, 1))).toEqual({ setPartnerFeeFormula: { agreement: { version: 2 } } });

    const ended = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      partnerId: partner.id,
      startsOn: day('2020-01-01'),
    });
    const { version } = await terminate(ended.id, '2024-12-31');
    const terminated = await expectNoChange(hub, row(ended.id), () => setFormula(ended.id, version), 'AGREEMENT_NOT_ACTIVE');
    expect(terminated).toMatchObject({ currentStatus: 'TERMINATED' });
    const errors = (await setFormula(ended.id, version)).errors!;
    expect(errors[0]!.message).toMatch(/has been terminated; its service fee formula can no longer be set/);
    expect(errors[0]!.extensions!.messageZh).toMatch(/已解除，不能再设定服务费计算办法/);

    const expired = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      partnerId: partner.id,
      status: 'EXPIRED',
      startsOn: day('2022-01-01'),
      endsOn: day('2023-12-31'),
    });
    expect(
      await expectNoChange(hub, row(expired.id), () => setFormula(expired.id, 1), 'AGREEMENT_NOT_ACTIVE'),
    ).toMatchObject({ currentStatus: 'EXPIRED' });
  });
});
