import { describe, expect, it } from 'vitest';
import {
  buildTable,
  exportDate,
  fenToYuanNumber,
  money,
  text,
  date,
  toCsv,
  toXlsx,
  type ExportTools,
} from './table.js';

const tools: ExportTools = {
  translate: (key) => ({ 'h.number': '编号', 'h.amount': '处理金额（元）', 'h.day': '拟定时间' })[key] ?? key,
  locale: 'zh-CN',
  name: () => '',
};
const columns = [
  { header: 'h.number', value: (r: { n: string }) => text(r.n) },
  { header: 'h.amount', value: (r: { fen: string }) => money(r.fen) },
  { header: 'h.day', value: (r: { at: string }) => date(r.at) },
];
const records = [
  { id: 'x', __typename: 'Penalty', n: 'PEN-1, "a"', fen: '98000012', at: '2026-12-05T23:09:00Z' },
];

describe('exports for Excel', () => {
  it('writes CSV with a BOM, Chinese headers, yuan and the agency day; no ids or __typename', () => {
    const csv = toCsv(buildTable(records, columns, tools));
    expect(csv.startsWith('\uFEFF编号,处理金额（元）,拟定时间\r\n')).toBe(true);
    expect(csv).toContain('"PEN-1, ""a""",980000.12,2026-12-06\r\n');
    expect(csv).not.toMatch(/Penalty|__typename|\bx\b/);
  });

  it('writes text that Excel would run as a formula with a leading apostrophe; numbers keep their sign', () => {
    const hostile = ['=HYPERLINK("http://x","点击")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', 'PEN-2'];
    const csv = toCsv(buildTable(hostile.map((n) => ({ n, fen: '-150', at: '2026-03-01' })), columns, tools));
    const cells = csv.split('\r\n').slice(1, -1).map((line) => line.slice(0, line.lastIndexOf(',', line.lastIndexOf(',') - 1)));
    expect(cells).toEqual([`"'=HYPERLINK(""http://x"",""点击"")"`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", 'PEN-2']);
    expect(csv).toContain(',-1.50,2026-03-01\r\n');
  });

  it('converts fen to yuan exactly and instants to the local day', () => {
    expect(fenToYuanNumber('350000000000')).toBe(3500000000);
    expect(fenToYuanNumber(215001)).toBe(2150.01);
    expect(exportDate('2026-12-05T23:09:00Z', 'Asia/Shanghai')).toBe('2026-12-06');
    expect(exportDate('2026-03-01')).toBe('2026-03-01');
  });

  it('writes an xlsx workbook with money formatted as yuan', async () => {
    const buffer = await toXlsx(buildTable(records, columns, tools), '处理决定');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet('处理决定')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '处理金额（元）', '拟定时间']);
    expect(sheet.getCell('B2').value).toBe(980000.12);
    expect(sheet.getColumn(2).numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C2').value).toBe('2026-12-06');
  });

  it('writes text that looks like a formula into xlsx as a string cell, never a formula', async () => {
    const hostile = ['=HYPERLINK("http://x","点击")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const buffer = await toXlsx(buildTable(hostile.map((n) => ({ n, fen: '100', at: '2026-03-01' })), columns, tools), '处理决定');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet('处理决定')!;
    const cells = hostile.map((_, i) => sheet.getCell(`A${i + 2}`));
    expect(cells.map((c) => c.type)).toEqual(hostile.map(() => ExcelJS.ValueType.String));
    expect(cells.map((c) => c.formula)).toEqual(hostile.map(() => undefined));
    // The text as given (an XML reader turns a stored CR into LF, as Excel shows it).
    expect(cells.map((c) => c.value)).toEqual(hostile.map((h) => h.replace('\r', '\n')));
  });

  it('writes a CSV cell starting with CR (before a formula) with its apostrophe, quoted', () => {
    const csv = toCsv(buildTable([{ n: '\r=1+1', fen: '0', at: '2026-03-01' }], columns, tools));
    expect(csv.split('\r\n')[1]!.startsWith(`"'\r=1+1",`)).toBe(true);
  });
});
