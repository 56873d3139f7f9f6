import { describe, expect, it } from 'vitest';
import { createAgreement, day } from '../factories/records.js';
import { agencyToday, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';
import { EXECUTE, issued, penaltyRow, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * The day a suspension (暂停协议), a termination (解除协议) or an executed penalty takes effect
 * is the day it is recorded or an earlier one, and never before what it acts on began. Before,
 * any date passed: a termination dated before the agreement's term ran its 3-year
 * re-application ban (S2: 3年内不得申请医保定点) out at once, a termination could be dated before
 * the suspension it ended, and a 3-month suspension (S3) dated a year back was over the moment
 * it was executed.
 */
usePenaltyWorld();

const SUSPEND = `mutation ($input: SuspendAgreementInput!) { suspendAgreement(input: $input) { agreement { status version } } }`;
const TERMINATE = `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { agreement { status version } } }`;

const agreementRow = (id: string) => () => w.hub.prisma.agreement.findUniqueOrThrow({ where: { id } });
const providerRow = () => w.hub.prisma.provider.findUniqueOrThrow({ where: { id: w.provider.id } });
const terminate = (id: string, expectedVersion: number, effectiveOn: string) =>
  w.hub.exec<{ terminateAgreement: { agreement: { status: string } } }>(
    TERMINATE,
    { input: { id: gid('Agreement', id), expectedVersion, reason: '伪造病历，解除协议', effectiveOn } },
    w.admin,
  );

/** Refused on `field` with both languages; the agreement and the provider are unchanged. */
async function refusedDay(agreementId: string, field: string, run: () => ReturnType<typeof terminate>) {
  const both = async () => [await agreementRow(agreementId)(), await providerRow()];
  const ext = await expectNoChange(w.hub, both, run, 'BAD_USER_INPUT');
  const [issue] = ext.fields as { path: string[]; messageZh: string; messageEn: string }[];
  expect(issue!.path).toEqual(['input', field]);
  return issue!;
}

describe('suspension and termination take effect within the term, not later than today', () => {
  it('refuses a termination dated before the term began (its ban would be over) or after today; accepts today', async () => {
    const a = await createAgreement(w.hub.prisma, {
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      startsOn: day('2024-01-01'),
    });
    const early = await refusedDay(a.id, 'effectiveOn', () => terminate(a.id, 1, '2020-06-30'));
    expect(early.messageEn).toBe("2020-06-30 is before the start of the agreement's term (2024-01-01)");
    expect(early.messageZh).toBe('2020-06-30 早于协议期限的起始日期（2024-01-01）');
    const tomorrow = iso(plusDays(agencyToday(), 1));
    const late = await refusedDay(a.id, 'effectiveOn', () => terminate(a.id, 1, tomorrow));
    expect(late.messageZh).toContain(`${tomorrow} 晚于今天`);
    expect(ok(await terminate(a.id, 1, iso(agencyToday()))).terminateAgreement.agreement.status).toBe('TERMINATED');
  });

  it('a termination is not dated before the suspension it ends took effect; on that day it is accepted', async () => {
    const a = await createAgreement(w.hub.prisma, {
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      startsOn: day('2024-01-01'),
    });
    const suspendedOn = iso(plusDays(agencyToday(), -20));
    ok(
      await w.hub.exec(
        SUSPEND,
        {
          input: {
            id: gid('Agreement', a.id),
            expectedVersion: 1,
            scope: 'AGREEMENT',
            reason: '涉嫌挂床住院，暂停协议',
            effectiveOn: suspendedOn,
          },
        },
        w.admin,
      ),
    );
    const before = await refusedDay(a.id, 'effectiveOn', () => terminate(a.id, 2, iso(plusDays(agencyToday(), -21))));
    expect(before.messageEn).toContain(`is before the day its last change (SUSPEND) took effect (${suspendedOn})`);
    ok(await terminate(a.id, 2, suspendedOn));
  });
});

describe('an executed penalty takes effect between its issue and today', () => {
  it('refuses a 3-month suspension dated before its issue (already over) or after today; nothing is written', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 3 });
    const issueDay = iso(agencyToday());
    const execute = (effectiveFrom: string) =>
      w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 2, effectiveFrom } }, w.admin);
    const both = async () => [await penaltyRow(raw(p.id)), await agreementRow(agreement.id)()];
    for (const effectiveFrom of [iso(plusDays(agencyToday(), -365)), iso(plusDays(agencyToday(), 1))]) {
      const ext = await expectNoChange(w.hub, both, () => execute(effectiveFrom), 'BAD_USER_INPUT');
      expect(ext.fields).toMatchObject([{ path: ['input', 'effectiveFrom'] }]);
    }
    const yearBack = (await execute(iso(plusDays(agencyToday(), -365)))).errors![0]!.extensions!;
    expect(yearBack.messageZh).toContain(`早于处理决定`);
    expect(yearBack.messageZh).toContain(`的下达日期（${issueDay}）`);
    ok(await execute(issueDay));
    expect((await agreementRow(agreement.id)()).status).toBe('SUSPENDED');
  });
});
