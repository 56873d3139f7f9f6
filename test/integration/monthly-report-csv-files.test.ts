import { beforeAll, describe, expect, it } from 'vitest';
import { providerStaff } from '../factories/viewers.js';
import { auditCount, ok, rawOf, refused } from './mutation-helpers.js';
import { m, monthsAgo, useMonthlyReportWorld } from './monthly-report-fixture.js';

/**
 * Monthly report CSV files as spreadsheets write them: a drug name typed over two lines (a
 * quoted cell spanning lines), blank lines, a column named twice, a row of the wrong width, a
 * quote left open, a file holding only its header. Each is filed as it reads or refused naming
 * the file line of the row, in zh and en; nothing is written when refused.
 */
useMonthlyReportWorld();
let hub: typeof m.hub;
let pharmacy: typeof m.pharmacy;
beforeAll(() => ({ hub, pharmacy } = m));

const IMPORT = `mutation ($input: ImportMonthlyReportCsvInput!) { importMonthlyReportCsv(input: $input) { report { id lineCount } } }`;
const HEADER = 'drugCode,drugName,maker,channel,category,unitPriceFen,quantity';
const CJK = /[\u4e00-\u9fff]/;
type Field = { path: (string | number)[]; message: string; messageZh: string };

const send = (csv: string, period = monthsAgo(3)) =>
  hub.exec<{ importMonthlyReportCsv: { report: { id: string; lineCount: number } } }>(IMPORT, { input: { period, csv } }, providerStaff(pharmacy.id));

/** Refused as bad input, nothing written; returns the field issues (each with Chinese). */
async function refusedFile(csv: string): Promise<Field[]> {
  const events = await auditCount(hub);
  const reports = await hub.prisma.monthlyReport.count();
  const extensions = refused(await send(csv), 'BAD_USER_INPUT');
  expect(await auditCount(hub)).toBe(events);
  expect(await hub.prisma.monthlyReport.count()).toBe(reports);
  const fields = extensions.fields as Field[];
  for (const f of fields) expect(f.messageZh, f.message).toMatch(CJK);
  return fields;
}

describe('monthly report CSV files as spreadsheets write them', () => {
  it('files rows with blank lines between them; a drug name typed over two lines is read as one cell and named (a name is one line)', async () => {
    const csv = `${HEADER}\r\nW1,"阿莫西林\r\n胶囊",华北制药,国药控股,WESTERN,1250,20\r\n\r\nC1,六味地黄丸,同仁堂,九州通,PATENT_CHINESE,3300,5\r\n`;
    const fields = await refusedFile(csv);
    expect(fields.map((f) => [f.path, f.messageZh])).toEqual([[['input', 'csv', 2, 'drugName'], '须为单行，不能含制表符或换行（第 5 个字符为 U+000A）']]);
    const filed = ok(await send(csv.replace('"阿莫西林\r\n胶囊"', '阿莫西林胶囊'), monthsAgo(4))).importMonthlyReportCsv;
    expect(filed.report.lineCount).toBe(2);
    const stored = await hub.prisma.monthlyReportLine.findMany({ where: { reportId: rawOf(filed.report.id) }, orderBy: { lineNo: 'asc' } });
    expect(stored.map((l) => l.drugName)).toEqual(['阿莫西林胶囊', '六味地黄丸']);
  });

  it('names a bad row by its file line, counting lines inside cells and blank lines (it counted records)', async () => {
    const csv = `${HEADER}\nW1,"阿莫西林\n胶囊",华北制药,国药控股,WESTERN,1250,20\n\nW2,布洛芬,华北制药,国药控股,WESTERN,"1,250.00",3\n`;
    // The file's cells (amounts) are checked before the report's fields (the two-line name is named once the amount is fixed).
    expect((await refusedFile(csv)).map((f) => f.path)).toEqual([['input', 'csv', 5, 'unitPriceFen']]);
  });

  it('refuses a column named twice (the last one silently won)', async () => {
    const fields = await refusedFile(`${HEADER},quantity\nW1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,20,999\n`);
    expect(fields).toEqual([{ path: ['input', 'csv', 1], message: 'column(s) named twice: quantity', messageEn: 'column(s) named twice: quantity', messageZh: '列名重复：quantity' }]);
  });

  it('names a row of the wrong width in both languages (the parser’s English stood in the Chinese)', async () => {
    const fields = await refusedFile(`${HEADER}\nW1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,20\nW2,布洛芬,华北制药,国药控股,WESTERN,1250,3,多余\n`);
    expect(fields).toEqual([{ path: ['input', 'csv', 3], message: 'expected 7 cells, found 8', messageEn: 'expected 7 cells, found 8', messageZh: '该行应有 7 列，实有 8 列' }]);
  });

  it('refuses a quote left open, naming the line it opens on', async () => {
    const fields = await refusedFile(`${HEADER}\nW1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,20\nW2,"布洛芬,华北制药,国药控股,WESTERN,1250,3\n`);
    expect(fields).toEqual([{ path: ['input', 'csv', 3], message: 'a quoted cell is not closed', messageEn: 'a quoted cell is not closed', messageZh: '引号内的单元格没有结束引号' }]);
  });

  it('says a file of only its header holds no lines (it said every column was missing)', async () => {
    const fields = await refusedFile(`${HEADER}\r\n`);
    expect(fields.map((f) => [f.path, f.message])).toEqual([[['input', 'lines'], 'a report has at least one line']]);
  });

  it('files a report Excel saved with trailing empty columns and full-width column names (refused: "unknown: ,")', async () => {
    const filed = ok(await send(`${HEADER.replace('quantity', 'ｑｕａｎｔｉｔｙ')},,\r\nW1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,20,,\r\n`, monthsAgo(5))).importMonthlyReportCsv;
    expect(filed.report.lineCount).toBe(1);
  });

  it('says a quantity past the limit is one, in Chinese too (zod’s "Too big" stood beside 格式不正确)', async () => {
    const fields = await refusedFile(`${HEADER}\nW1,阿莫西林胶囊,华北制药,国药控股,WESTERN,1250,99999999\n`);
    expect(fields.map((f) => [f.path, f.messageZh])).toEqual([[['input', 'csv', 2, 'quantity'], '须为 0 至 10000000 的整数']]);
  });
});
