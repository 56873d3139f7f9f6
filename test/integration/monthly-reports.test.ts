import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  insurerAdmin,
  insurerAuditor,
  insurerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { auditCount, eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string; code: string };
let pharmacy: { id: string; code: string };
let clinic: { id: string };
let hospital: { id: string };
let elsewhere: { id: string };

/** "YYYY-MM" of the month `back` months before this one (UTC). */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}
// Due day 31 (clamped to the month's end): last month's report is due at the end of this
// month (so filing it now is on time, and checking it is refused as not yet due), and the
// report of two months ago is overdue.
const LAST = monthsAgo(1);
const OVERDUE = monthsAgo(2);

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma, { monthlyReportDueDay: 31 });
  const other = await createInsurer(hub.prisma);
  pharmacy = await createProvider(hub.prisma, {
    insurerId: insurer.id,
    kind: 'RETAIL_PHARMACY',
    hospitalGrade: null,
    pharmacyClass: 'A',
  });
  clinic = await createProvider(hub.prisma, { insurerId: insurer.id, kind: 'CLINIC', hospitalGrade: null });
  hospital = await createProvider(hub.prisma, { insurerId: insurer.id });
  elsewhere = await createProvider(hub.prisma, {
    insurerId: other.id,
    kind: 'RETAIL_PHARMACY',
    hospitalGrade: null,
  });
  await createAgreement(
    hub.prisma,
    { insurerId: insurer.id, providerId: pharmacy.id, kind: 'RETAIL_PHARMACY_SERVICE' },
    { indicators: 2 },
  );
  await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    providerId: clinic.id,
    kind: 'OUTPATIENT_SERVICE',
  });
  await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: hospital.id });
  await createAgreement(hub.prisma, {
    insurerId: other.id,
    providerId: elsewhere.id,
    kind: 'RETAIL_PHARMACY_SERVICE',
  });
  await hub.prisma.formularyDrug.createMany({
    data: [
      ...['W1', 'W2', 'W3', 'W4'].map((c) => ({
        insurerId: insurer.id,
        drugCode: c,
        nameZh: c,
        nameEn: c,
        category: 'WESTERN' as const,
      })),
      ...['C1', 'C2'].map((c) => ({
        insurerId: insurer.id,
        drugCode: c,
        nameZh: c,
        nameEn: c,
        category: 'PATENT_CHINESE' as const,
      })),
    ],
  });
});
afterAll(() => hub.close());

const FILE = `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { auditSeq replayed report { id period late totalFen lineCount stockingRates { category listed stocked ratePercent threshold met } } } }`;
const IMPORT = `mutation ($input: ImportMonthlyReportCsvInput!) { importMonthlyReportCsv(input: $input) { auditSeq replayed report { id late lineCount } } }`;
const CHECK = `mutation ($input: CheckMonthlyReportsInput!) { checkMonthlyReports(input: $input) { auditSeq checked hits { claimRef provider { id } rule { code } } } }`;
const LIST = `{ monthlyReports { totalCount } }`;

const line = (drugCode: string, category: string, quantity = 10) => ({
  drugCode,
  drugName: `药品${drugCode}`,
  maker: '某某制药有限公司',
  channel: '国药控股马鞍山有限公司',
  category,
  unitPriceFen: 1250,
  quantity,
});
const lines = [
  line('W1', 'WESTERN'),
  line('W2', 'WESTERN'),
  line('W3', 'WESTERN'),
  line('W4', 'WESTERN', 0),
  line('C1', 'PATENT_CHINESE'),
  line('C2', 'PATENT_CHINESE'),
];
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
  });
});
