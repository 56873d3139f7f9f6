import { describe, expect, it } from 'vitest';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import { createAgreement, createFinding, createProvider } from '../factories/records.js';
import { proposePenalty } from '../../server/domain/penalties/propose-penalty.js';
import { issuePenalty } from '../../server/domain/penalties/issue-penalty.js';
import { fileAppeal } from '../../server/domain/penalties/file-appeal.js';
import { eventBySeq, expectNoChange, ok, refused } from './mutation-helpers.js';
import { penaltyRow, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * The agency's holiday calendar (server/domain/calendar; docs/domain/workflows.md "Penalty and
 * appeal"): its admins list holidays (法定节假日) and worked weekend days (调休上班) as data, each
 * change an audit event, and the appeal period whose last day falls in a holiday runs to the
 * next working day. On a fixed clock: issued at 10:00 on 18 September 2026 in Beijing, the 15th
 * day is Saturday 3 October, inside the National Day holiday (1–7 October).
 */
usePenaltyWorld();

const SET = `mutation ($input: SetAgencyCalendarDayInput!) { setAgencyCalendarDay(input: $input) { auditSeq calendarDay { day kind nameZh version } } }`;
const REMOVE = `mutation ($input: RemoveAgencyCalendarDayInput!) { removeAgencyCalendarDay(input: $input) { auditSeq calendarDay { day } } }`;
const DAYS = `query ($year: Int!) { agencyCalendarDays(year: $year) { day kind nameZh nameEn } }`;
const at = (now: Date, actor = w.admin) => ({ actor, requestId: null, now });

const holiday = (day: string) => ({ day, kind: 'HOLIDAY', nameZh: '国庆节', nameEn: 'National Day' });

async function issuedAt(issued: Date) {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
  const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  const finding = await createFinding(w.hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
  const { penalty } = await proposePenalty(at(new Date(issued.getTime() - 86_400_000), w.auditor), {
    findingId: finding.id,
    measure: 'RECOVERY',
    legalBasis: '《服务协议》第三十条',
    clauseRef: '第三十条',
  });
  await issuePenalty(at(issued), { id: penalty.id, expectedVersion: 1 });
  return { penalty: await penaltyRow(penalty.id), provider };
}

describe("the agency's holiday calendar", () => {
  it('admins keep it as data, each change an event; auditors may not; another insurer neither sees nor shares it', async () => {
    for (const n of ['01', '02', '03', '04', '05', '06', '07']) ok(await w.hub.exec(SET, { input: holiday(`2026-10-${n}`) }, w.admin));
    const worked = ok(
      await w.hub.exec<{ setAgencyCalendarDay: { auditSeq: string; calendarDay: { kind: string; version: number } } }>(
        SET,
        { input: { day: '2026-10-10', kind: 'WORKING_DAY', nameZh: '国庆节调休上班', nameEn: 'National Day make-up working day' } },
        w.admin,
      ),
    ).setAgencyCalendarDay;
    expect(worked.calendarDay).toMatchObject({ kind: 'WORKING_DAY', version: 1 });
    expect(await eventBySeq(w.hub, worked.auditSeq)).toMatchObject({
      type: 'calendarDay.set',
      insurerId: w.insurer.id,
      actorId: w.admin.actorId,
      data: { day: '2026-10-10', before: null, after: { kind: 'WORKING_DAY' } },
    });
    const days = ok(await w.hub.exec<{ agencyCalendarDays: { day: string; kind: string }[] }>(DAYS, { year: 2026 }, w.admin)).agencyCalendarDays;
    expect(days.map((d) => [d.day, d.kind])).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((n) => [`2026-10-${n}`, 'HOLIDAY']),
      ['2026-10-10', 'WORKING_DAY'],
    ]);
    // The same listing again changes nothing and is refused as such.
    await expectNoChange(w.hub, () => w.hub.prisma.agencyCalendarDay.findMany({ orderBy: { day: 'asc' } }), () => w.hub.exec(SET, { input: holiday('2026-10-01') }, w.admin), 'BAD_USER_INPUT');
    // An auditor reads the calendar but does not keep it.
    refused(await w.hub.exec(SET, { input: holiday('2026-10-08') }, w.auditor), 'FORBIDDEN');
    // Another insurer's admin sees none of these days and keeps its own.
    const otherAdmin = insurerAdmin(w.other.id);
    expect(ok(await w.hub.exec<{ agencyCalendarDays: unknown[] }>(DAYS, { year: 2026 }, otherAdmin)).agencyCalendarDays).toEqual([]);
    refused(await w.hub.exec(REMOVE, { input: { day: '2026-10-10' } }, otherAdmin), 'NOT_FOUND');
  });

  it('an appeal period ending in the holiday runs to 24:00 of the first working day after it', async () => {
    // Listed by the first test (the file's tests share one world and run in order).
    const { penalty, provider } = await issuedAt(new Date('2026-09-18T02:00:00Z'));
    // 3 October (Saturday, holiday) → Thursday 8 October, 24:00 Beijing.
    expect(penalty.appealDeadline).toEqual(new Date('2026-10-08T15:59:59.999Z'));
    const appeal = await fileAppeal(at(new Date('2026-10-08T15:00:00Z'), providerStaff(provider.id)), {
      penaltyId: penalty.id,
      kind: 'APPEAL',
      grounds: '节假日后第一个工作日提出申诉',
    });
    expect(appeal.penalty.status).toBe('APPEALED');
  });

  it('a worked weekend day is a day a period may end on; removing a listing is an event and returns the day to its weekday', async () => {
    // Issued 10:00 on 25 September: the 15th day is Saturday 10 October, worked.
    expect((await issuedAt(new Date('2026-09-25T02:00:00Z'))).penalty.appealDeadline).toEqual(new Date('2026-10-10T15:59:59.999Z'));
    const removed = ok(
      await w.hub.exec<{ removeAgencyCalendarDay: { auditSeq: string } }>(REMOVE, { input: { day: '2026-10-10' } }, w.admin),
    ).removeAgencyCalendarDay;
    expect(await eventBySeq(w.hub, removed.auditSeq)).toMatchObject({ type: 'calendarDay.removed', insurerId: w.insurer.id, data: { day: '2026-10-10' } });
    // Now an ordinary Saturday: the period runs to Monday 12 October.
    expect((await issuedAt(new Date('2026-09-25T02:00:00Z'))).penalty.appealDeadline).toEqual(new Date('2026-10-12T15:59:59.999Z'));
    refused(await w.hub.exec(REMOVE, { input: { day: '2026-10-10' } }, w.admin), 'NOT_FOUND');
  });
});
