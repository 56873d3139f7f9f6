import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { providerStaff } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider, day } from '../factories/records.js';
import { eventBySeq } from './mutation-helpers.js';
import { lines } from './monthly-report-fixture.js';
import { fileMonthlyReport } from '../../server/domain/monthly-reports/file-monthly-report.js';

/**
 * The monthly report's deadline (月报制, docs/domain/workflows.md "Monthly reports") on the
 * agency's calendar, Beijing time: due on the insurer's day of the next month (default the
 * 10th), clamped to that month's last day; the due day runs to 24:00. The clock is the
 * command's `now`, as a judge replays the filing instant.
 */
let hub: TestHub;
let insurer: { id: string };
const term = { startsOn: day('2030-01-01'), endsOn: day('2033-12-31') };
beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
});
afterAll(() => hub.close());

async function pharmacy() {
  const p = await createProvider(hub.prisma, { insurerId: insurer.id, kind: 'RETAIL_PHARMACY', hospitalGrade: null, pharmacyClass: 'B' });
  await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: p.id, kind: 'RETAIL_PHARMACY_SERVICE', ...term });
  return p;
}
const fileAt = (providerId: string, period: string, now: string) =>
  fileMonthlyReport(
    { actor: providerStaff(providerId), requestId: null, now: new Date(now) },
    { period, lines: lines.map((l) => ({ ...l, unitPriceFen: BigInt(l.unitPriceFen) })) as Parameters<typeof fileMonthlyReport>[1]['lines'] },
  );

describe('the January report is due on 10 February, to 24:00 Beijing time', () => {
  it('23:59:59 on the 10th in Beijing is on time; 00:00 on the 11th (still the 10th in UTC) is late', async () => {
    const [a, b] = [await pharmacy(), await pharmacy()];
    const onTime = await fileAt(a.id, '2031-01', '2031-02-10T15:59:59.999Z');
    expect(onTime.report).toMatchObject({ late: false, dueOn: day('2031-02-10') });
    const late = await fileAt(b.id, '2031-01', '2031-02-10T16:00:00.000Z');
    expect(late.report).toMatchObject({ late: true, dueOn: day('2031-02-10') });
    expect(await eventBySeq(hub, late.auditSeq!.toString())).toMatchObject({
      type: 'monthlyReport.filed',
      providerId: b.id,
      data: expect.objectContaining({ period: '2031-01', dueOn: '2031-02-10', late: true }),
    });
  });

  it('a correction filed after the deadline keeps the first filing time: a report on time stays on time', async () => {
    const a = await pharmacy();
    await fileAt(a.id, '2031-03', '2031-04-09T02:00:00Z');
    // The same lines again are a replay, however late; one changed quantity is a correction.
    expect((await fileAt(a.id, '2031-03', '2031-04-20T02:00:00Z')).replayed).toBe(true);
    const changed = await fileMonthlyReport(
      { actor: providerStaff(a.id), requestId: null, now: new Date('2031-04-20T02:00:00Z') },
      {
        period: '2031-03',
        lines: lines.map((l, i) => ({ ...l, unitPriceFen: BigInt(l.unitPriceFen), quantity: i === 0 ? l.quantity + 1 : l.quantity })) as Parameters<typeof fileMonthlyReport>[1]['lines'],
      },
    );
    expect(changed.report).toMatchObject({ late: false, submittedAt: new Date('2031-04-09T02:00:00Z') });
  });
});

describe("an insurer's due day past the month's end is clamped to its last day", () => {
  it('due day 30: the January report is due on 28 February 2031; 1 March 00:00 in Beijing is late', async () => {
    await hub.prisma.insurer.update({ where: { id: insurer.id }, data: { monthlyReportDueDay: 30 } });
    try {
      const [a, b] = [await pharmacy(), await pharmacy()];
      const onTime = await fileAt(a.id, '2031-01', '2031-02-28T15:59:00Z');
      expect(onTime.report).toMatchObject({ late: false, dueOn: day('2031-02-28') });
      const late = await fileAt(b.id, '2031-01', '2031-02-28T16:00:00Z');
      expect(late.report).toMatchObject({ late: true, dueOn: day('2031-02-28') });
    } finally {
      await hub.prisma.insurer.update({ where: { id: insurer.id }, data: { monthlyReportDueDay: 10 } });
    }
  });
});
