import { beforeAll, describe, expect, it } from 'vitest';
import { insurerAuditor, insurerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { LAST, OVERDUE, lines, m, useMonthlyReportWorld } from './monthly-report-fixture.js';
import { createAgreement, createInsurer, createProvider, day } from '../factories/records.js';
import { checkMonthlyReports } from '../../server/domain/monthly-reports/check-monthly-reports.js';

/**
 * After the deadline, a "not filed as required" rule hit for each reporting provider whose
 * report is missing or was late: here the pharmacy filed last month's only (missing for the
 * overdue month) and the clinic filed the overdue month late.
 */
useMonthlyReportWorld();
let hub: typeof m.hub;
let insurer: typeof m.insurer;
let pharmacy: typeof m.pharmacy;
let clinic: typeof m.clinic;
beforeAll(async () => {
  ({ hub, insurer, pharmacy, clinic } = m);
  ok(await hub.exec(FILE, { input: { period: LAST, lines } }, providerStaff(pharmacy.id)));
  ok(await hub.exec(FILE, { input: { period: OVERDUE, lines } }, providerStaff(clinic.id)));
});

const FILE = `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { auditSeq report { late } } }`;
const CHECK = `mutation ($input: CheckMonthlyReportsInput!) { checkMonthlyReports(input: $input) { auditSeq checked hits { claimRef provider { id } rule { code } } } }`;

describe('checking monthly reports (月报制)', () => {
  it('raises a "not filed as required" hit for each missing or late report after the deadline, once', async () => {
    const auditor = insurerAuditor(insurer.id);
    const r = ok(
      await hub.exec<{
        checkMonthlyReports: {
          auditSeq: string;
          checked: number;
          hits: { claimRef: string; provider: { id: string }; rule: { code: string } }[];
        };
      }>(CHECK, { input: { period: OVERDUE } }, auditor),
    ).checkMonthlyReports;
    expect(r.checked).toBe(2);
    expect(r.hits.map((h) => h.provider.id).sort()).toEqual(
      [gid('Provider', pharmacy.id), gid('Provider', clinic.id)].sort(),
    );
    expect(r.hits[0]!.rule.code).toBe(`${insurer.code}-MONTHLY_REPORT_NOT_FILED`);
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'ruleHit.raised',
      insurerId: insurer.id,
    });
    const hits = () => hub.prisma.ruleHit.count();
    const before = await hits();
    const again = ok(
      await hub.exec<{ checkMonthlyReports: { hits: unknown[]; auditSeq: null } }>(
        CHECK,
        { input: { period: OVERDUE } },
        auditor,
      ),
    ).checkMonthlyReports;
    expect(again).toMatchObject({ hits: [], auditSeq: null });
    expect(await hits()).toBe(before);
    await expectNoChange(
      hub,
      hits,
      () => hub.exec(CHECK, { input: { period: LAST } }, auditor),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      hits,
      () => hub.exec(CHECK, { input: { period: OVERDUE } }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      hits,
      () => hub.exec(CHECK, { input: { period: OVERDUE } }, platformAdmin()),
      'BAD_USER_INPUT',
    );
    // Another insurer named by an insurer's auditor: refused, not quietly checked as their own.
    const otherInsurer = '0190a1b2-0000-7000-8000-000000000001';
    await expectNoChange(
      hub,
      hits,
      () => hub.exec(CHECK, { input: { period: OVERDUE, insurerId: gid('Insurer', otherInsurer) } }, auditor),
      'NOT_FOUND',
    );
  });

  it("checks an agreement terminated after the month ended on the agency's calendar, not one terminated within it", async () => {
    const other = await createInsurer(hub.prisma);
    const terminatedAt = async (at: string) => {
      const provider = await createProvider(hub.prisma, {
        insurerId: other.id,
        kind: 'RETAIL_PHARMACY',
        hospitalGrade: null,
      });
      await createAgreement(hub.prisma, {
        insurerId: other.id,
        providerId: provider.id,
        kind: 'RETAIL_PHARMACY_SERVICE',
        status: 'TERMINATED',
        startsOn: day('2031-01-01'),
        endsOn: day('2033-12-31'),
        terminatedAt: new Date(at),
      });
      return provider;
    };
    // 23:30 on 31 December 2031 in Beijing: terminated within December, no December report owed.
    await terminatedAt('2031-12-31T15:30:00Z');
    // 00:30 on 1 January 2032 in Beijing (UTC: still 31 December): in force all December.
    const owing = await terminatedAt('2031-12-31T16:30:00Z');
    const r = await checkMonthlyReports(
      { actor: insurerAuditor(other.id), requestId: null, now: new Date('2032-02-01T02:00:00Z') },
      { period: '2031-12' },
    );
    expect(r.checked).toBe(1);
    expect(r.hits.map((h) => h.providerId)).toEqual([owing.id]);
    expect(await eventBySeq(hub, r.lastSeq!.toString())).toMatchObject({
      type: 'ruleHit.raised',
      providerId: owing.id,
    });
  });
});
