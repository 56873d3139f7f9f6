import { agencyTimeZone, localDay } from '../format.js';

/**
 * Lists exported as people open them in Excel: headers in the clerk's language, money in
 * yuan, dates on the agency's calendar, states translated, and no ids or GraphQL bookkeeping.
 * CSV carries a UTF-8 byte-order mark (Excel reads Chinese correctly only with it); .xlsx is
 * written by exceljs, loaded on first export.
 */
export type Cell = string | number | null;

export interface ExportValue {
  kind: 'text' | 'money' | 'date' | 'count';
  /** text: the shown text; money: integer fen; date: YYYY-MM-DD or an ISO instant; count: a whole number. */
  value: string | number | null | undefined;
}

export interface ExportColumn<R> {
  /** Message key of the header. */
  header: string;
  value: (record: R, t: ExportTools) => ExportValue;
}

export interface ExportTools {
  translate: (key: string, options?: Record<string, unknown>) => string;
  locale: string;
  /** `{ nameZh, nameEn }` → the name in the clerk's language. */
  name: (party: unknown) => string;
}

export interface ExportTable {
  headers: string[];
  kinds: ExportValue['kind'][];
  rows: Cell[][];
}

export const text = (value: string | null | undefined): ExportValue => ({ kind: 'text', value: value ?? '' });
export const money = (fen: string | number | null | undefined): ExportValue => ({
  kind: 'money',
  value: fen,
});
export const date = (value: string | null | undefined): ExportValue => ({ kind: 'date', value });
export const enumText = (t: ExportTools, name: string, value: string | null | undefined): ExportValue =>
  text(value ? t.translate(`enums.${name}.${value}`, { _: value }) : '');

/** Fen → yuan as a number with two decimals (exact for any amount below 2^53 fen). */
export function fenToYuanNumber(fen: string | number | null | undefined): number | null {
  if (fen === null || fen === undefined || fen === '') return null;
  const value = BigInt(fen);
  return Number(value / 100n) + Number(value % 100n) / 100;
}

/** A calendar date as stored; an instant as the agency's local day. */
export function exportDate(value: string | null | undefined, timeZone = agencyTimeZone()): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : localDay(at, timeZone);
}

export function buildTable<R>(records: R[], columns: ExportColumn<R>[], tools: ExportTools): ExportTable {
  const headers = columns.map((c) => tools.translate(c.header));
  const kinds: ExportValue['kind'][] = columns.map(() => 'text');
  const rows = records.map((record) =>
    columns.map((column, i) => {
      const cell = column.value(record, tools);
      kinds[i] = cell.kind;
      if (cell.kind === 'money') return fenToYuanNumber(cell.value as string | number | null | undefined);
      if (cell.kind === 'date') return exportDate(cell.value as string | null | undefined);
      return cell.value === null || cell.value === undefined ? '' : String(cell.value);
    }),
  );
  return { headers, kinds, rows };
}

const BOM = '\uFEFF';

/**
 * Excel runs a CSV cell that starts with =, +, -, @ (or a tab or CR before one) as a formula:
 * a provider name sent through the API as `=HYPERLINK("http://…","点击")` would become a live
 * link in the clerk's spreadsheet. Such text is written with a leading apostrophe, which
 * Excel shows as text (OWASP's advice for CSV injection). Numbers are not text and keep their sign.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell, kind: ExportValue['kind'] | undefined): string {
  if (cell === null) return '';
  const raw = typeof cell === 'number' ? (kind === 'count' ? String(cell) : cell.toFixed(2)) : cell;
  const s = typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF line ends; money as plain yuan numbers (9800.00). */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((row) =>
    row.map((c, i) => csvCell(c, table.kinds[i])).join(','),
  );
  return BOM + lines.join('\r\n') + '\r\n';
}

/** An .xlsx workbook: a bold frozen header row, yuan as numbers formatted #,##0.00. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  table.kinds.forEach((kind, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, Math.min(40, table.headers[i]!.length * 2 + 4));
    if (kind === 'money') column.numFmt = '#,##0.00';
    else if (kind === 'count') column.numFmt = '#,##0';
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export function download(data: BlobPart, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
