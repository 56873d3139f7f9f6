import { beforeAll, describe, expect, it } from 'vitest';
import { insurerAdmin, insurerViewer, providerStaff } from '../factories/viewers.js';
import { auditCount, eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { LAST, OVERDUE, lines, m, monthsAgo, useMonthlyReportWorld } from './monthly-report-fixture.js';
import { fileMonthlyReport } from '../../server/domain/monthly-reports/file-monthly-report.js';

/**
 * Filing the monthly drug-purchase report (月报制): by form or CSV, on time or late, once.
 * The check for missing and late reports: monthly-report-check.test.ts.
 */
useMonthlyReportWorld();
let hub: typeof m.hub;
let insurer: typeof m.insurer;
let pharmacy: typeof m.pharmacy;
let clinic: typeof m.clinic;
let hospital: typeof m.hospital;
let elsewhere: typeof m.elsewhere;
beforeAll(() => ({ hub, insurer, pharmacy, clinic, hospital, elsewhere } = m));

const FILE = `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { auditSeq replayed report { id period late totalFen lineCount stockingRates { category listed stocked ratePercent threshold met } } } }`;
const IMPORT = `mutation ($input: ImportMonthlyReportCsvInput!) { importMonthlyReportCsv(input: $input) { auditSeq replayed report { id late lineCount } } }`;
const LIST = `{ monthlyReports { totalCount } }`;

type Filed = {
  auditSeq: string | null;
  replayed: boolean;
  report: Record<string, unknown> & { id: string; stockingRates: unknown };
};

describe('monthly reports (月报制)', () => {
  it('files a batch on time, computes the stocking rates against the indicator, and is idempotent', async () => {
    const staff = providerStaff(pharmacy.id);
    const r = ok(
      await hub.exec<{ fileMonthlyReport: Filed }>(FILE, { input: { period: LAST, lines } }, staff),
    ).fileMonthlyReport;
    expect(r.replayed).toBe(false);
    expect(r.report).toMatchObject({ period: LAST, late: false, lineCount: 6, totalFen: 1250 * 50 });
    expect(r.report.stockingRates).toEqual([
      { category: 'WESTERN', listed: 4, stocked: 3, ratePercent: '75.00', threshold: '80', met: false },
      {
        category: 'PATENT_CHINESE',
        listed: 2,
        stocked: 2,
        ratePercent: '100.00',
        threshold: null,
        met: null,
      },
    ]);
    expect(await eventBySeq(hub, r.auditSeq!)).toMatchObject({
      type: 'monthlyReport.filed',
      providerId: pharmacy.id,
      insurerId: insurer.id,
      data: expect.objectContaining({ period: LAST, late: false }),
    });
    const before = await auditCount(hub);
    const again = ok(
      await hub.exec<{ fileMonthlyReport: Filed }>(
        FILE,
        { input: { period: LAST, lines: [...lines].reverse() } },
        staff,
      ),
    ).fileMonthlyReport;
    expect(again).toMatchObject({ replayed: true, auditSeq: null, report: { id: r.report.id } });
    expect(await auditCount(hub)).toBe(before);
    const corrected = ok(
      await hub.exec<{ fileMonthlyReport: Filed }>(
        FILE,
        { input: { period: LAST, lines: lines.slice(0, 2) } },
        staff,
      ),
    ).fileMonthlyReport;
    expect(corrected.report).toMatchObject({ id: r.report.id, lineCount: 2, late: false });
    expect(await eventBySeq(hub, corrected.auditSeq!)).toMatchObject({ type: 'monthlyReport.corrected' });
  });

  it('imports a CSV file (late after the deadline); the same file twice is one report', async () => {
    const csv = [
      'drugCode,drugName,maker,channel,category,unitPriceFen,quantity',
      'W1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,20',
      'C1,"六味地黄丸,浓缩丸",同仁堂,九州通,PATENT_CHINESE,3300,5',
    ].join('\n');
    const input = { period: OVERDUE, csv };
    const staff = providerStaff(clinic.id);
    const r = ok(
      await hub.exec<{ importMonthlyReportCsv: Filed }>(IMPORT, { input }, staff),
    ).importMonthlyReportCsv;
    expect(r.report).toMatchObject({ late: true, lineCount: 2 });
    expect(await eventBySeq(hub, r.auditSeq!)).toMatchObject({
      type: 'monthlyReport.filed',
      data: expect.objectContaining({ source: 'CSV', late: true }),
    });
    const again = ok(
      await hub.exec<{ importMonthlyReportCsv: Filed }>(IMPORT, { input }, staff),
    ).importMonthlyReportCsv;
    expect(again).toMatchObject({ replayed: true, auditSeq: null });
  });

  it('tells the console which providers report (Provider.monthlyReporting, the providers filter)', async () => {
    // The console offered a hospital's staff the report the hub then refused: it asks first.
    const one = `query ($id: ID!) { provider(id: $id) { monthlyReporting } }`;
    const reporting = async (id: string) =>
      ok(await hub.exec<{ provider: { monthlyReporting: boolean } }>(one, { id: gid('Provider', id) }, insurerAdmin(insurer.id)))
        .provider.monthlyReporting;
    expect(await reporting(pharmacy.id)).toBe(true);
    expect(await reporting(clinic.id)).toBe(true);
    expect(await reporting(hospital.id)).toBe(false);
    const list = `query ($f: ProviderFilter) { providers(first: 100, filter: $f) { edges { node { id kind } } } }`;
    const ids = async (monthlyReporting: boolean) =>
      ok(await hub.exec<{ providers: { edges: { node: { id: string; kind: string } }[] } }>(list, { f: { monthlyReporting } }, insurerAdmin(insurer.id)))
        .providers.edges.map((e) => e.node.id);
    const picked = await ids(true);
    expect(picked).toEqual(expect.arrayContaining([gid('Provider', pharmacy.id), gid('Provider', clinic.id)]));
    expect(picked).not.toContain(gid('Provider', hospital.id));
    expect(await ids(false)).toContain(gid('Provider', hospital.id));
  });

  it('refuses other providers, non-reporting kinds, unfinished months, bad files and viewers', async () => {
    const reports = () => hub.prisma.monthlyReport.count();
    const input = { period: OVERDUE, lines };
    await expectNoChange(
      hub,
      reports,
      () =>
        hub.exec(
          FILE,
          { input: { ...input, providerId: gid('Provider', clinic.id) } },
          providerStaff(pharmacy.id),
        ),
      'NOT_FOUND',
    );
    await expectNoChange(
      hub,
      reports,
      () =>
        hub.exec(
          FILE,
          { input: { ...input, providerId: gid('Provider', hospital.id) } },
          insurerAdmin(insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      reports,
      () =>
        hub.exec(
          FILE,
          { input: { ...input, providerId: gid('Provider', elsewhere.id) } },
          insurerAdmin(insurer.id),
        ),
      'NOT_FOUND',
    );
    await expectNoChange(
      hub,
      reports,
      () => hub.exec(FILE, { input: { period: monthsAgo(-1), lines } }, providerStaff(pharmacy.id)),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      reports,
      () => hub.exec(FILE, { input: { period: '0000-01', lines } }, providerStaff(pharmacy.id)),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      reports,
      () => hub.exec(FILE, { input }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    const ext = await expectNoChange(
      hub,
      reports,
      () =>
        hub.exec(
          IMPORT,
          { input: { period: OVERDUE, csv: 'drug,qty\nW1,"unterminated' } },
          providerStaff(pharmacy.id),
        ),
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(ext)).toContain('csv');
    const own = ok(
      await hub.exec<{ monthlyReports: { totalCount: number } }>(LIST, {}, providerStaff(elsewhere.id)),
    );
    expect(own.monthlyReports.totalCount).toBe(0);
  });

  it("takes a month's report once the month is over on the agency's calendar, not the UTC one", async () => {
    const staff = providerStaff(clinic.id);
    const reports = () =>
      hub.prisma.monthlyReport.count({ where: { providerId: clinic.id, period: '2031-12' } });
    const fileAt = (now: string) =>
      fileMonthlyReport(
        { actor: staff, requestId: null, now: new Date(now) },
        {
          period: '2031-12',
          lines: lines.map((l) => ({ ...l, unitPriceFen: BigInt(l.unitPriceFen) })) as Parameters<
            typeof fileMonthlyReport
          >[1]['lines'],
        },
      );
    // 23:30 on 31 December in Beijing: December is not over.
    await expect(fileAt('2031-12-31T15:30:00Z')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: ['input', 'period'] })],
    });
    expect(await reports()).toBe(0);
    // 00:30 on 1 January in Beijing, still 31 December in UTC: December is over.
    const r = await fileAt('2031-12-31T16:30:00Z');
    expect(r.report).toMatchObject({ period: '2031-12', late: false, lineCount: lines.length });
    expect(await reports()).toBe(1);
    expect(await eventBySeq(hub, r.auditSeq!.toString())).toMatchObject({
      type: 'monthlyReport.filed',
      providerId: clinic.id,
      data: expect.objectContaining({ period: '2031-12', late: false }),
    });
  });
});
