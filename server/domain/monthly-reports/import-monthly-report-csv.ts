import { z } from 'zod';
import type { CommandContext } from '../transaction.js';
import { InputError } from '../errors.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { csvRows, duplicateColumns, headerNames, withinHeader } from '../shared/csv-rows.js';
import { importMessageZh } from '../monitoring/import-messages.js';
import { fileMonthlyReport, type MonthlyReportResult } from './file-monthly-report.js';

/** The file's columns, in a header row (any order; extra columns are refused). */
export const CSV_COLUMNS = [
  'drugCode',
  'drugName',
  'maker',
  'channel',
  'category',
  'unitPriceFen',
  'quantity',
] as const;

export const importMonthlyReportCsvInput = z.object({
  providerId: uuid.nullish(),
  period: z.string(),
  /** UTF-8 CSV text, at most 1 MB. */
  csv: z.string().min(1, 'the file is empty').max(1_000_000, 'at most 1 MB'),
});

/**
 * The file import of a monthly report: reads the CSV (shared/csv-rows.ts: any line ends, quoted
 * cells spanning lines) and files it exactly as the API batch does, so the same file imported
 * twice is one report. Errors name the file line of the row (`["input", "csv", <line>, <column>]`).
 */
export async function importMonthlyReportCsv(
  ctx: CommandContext,
  raw: z.input<typeof importMonthlyReportCsvInput>,
): Promise<MonthlyReportResult> {
  const input = parseInput(importMonthlyReportCsvInput, raw);
  const rows = csvRows(input.csv);
  const fileIssue = (line: number, message: string) => new InputError([{ path: ['input', 'csv', line], message, messageZh: importMessageZh(message) }]);
  const unreadable = rows.find((r) => 'error' in r);
  if (unreadable && 'error' in unreadable) throw fileIssue(unreadable.line, unreadable.error);
  const [head, ...body] = rows as Extract<(typeof rows)[number], { cells: string[] }>[];
  const header = head ? headerNames(head.cells) : [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length > 0 || extra.length > 0)
    throw new InputError([
      {
        path: ['input', 'csv'],
        message: `header must be ${CSV_COLUMNS.join(',')} (missing: ${missing.join(',') || '-'}; unknown: ${extra.join(',') || '-'})`,
      },
    ]);
  const twice = duplicateColumns(header);
  if (twice.length > 0) throw fileIssue(head!.line, `column(s) named twice: ${twice.join(', ')}`);
  const issues: { path: (string | number)[]; message: string; messageZh?: string }[] = [];
  const lines = body.map(({ line, cells: all }) => {
    const cells = withinHeader(all, header.length);
    if (cells.length !== header.length) {
      const message = `expected ${header.length} cells, found ${cells.length}`;
      issues.push({ path: ['input', 'csv', line], message, messageZh: importMessageZh(message) });
    }
    const r: Record<string, string> = Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
    const price = /^\d{1,12}$/.test(r.unitPriceFen ?? '') ? BigInt(r.unitPriceFen!) : null;
    const quantity = /^\d{1,8}$/.test(r.quantity ?? '') ? Number(r.quantity) : null;
    if (price === null)
      issues.push({ path: ['input', 'csv', line, 'unitPriceFen'], message: 'an integer amount of fen' });
    if (quantity === null)
      issues.push({ path: ['input', 'csv', line, 'quantity'], message: 'a whole number' });
    return { ...r, unitPriceFen: price ?? 0n, quantity: quantity ?? 0 };
  });
  if (issues.length > 0) throw new InputError(issues.slice(0, 20));
  try {
    return await fileMonthlyReport(ctx, { providerId: input.providerId, period: input.period, lines } as never, 'CSV');
  } catch (error) {
    // The batch names a cell by its place in `lines` (a drug name with a control character was
    // ["input", "lines", 0, "drugName"]); a file's clerk looks for the file line.
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.issues.map((i) => {
        const [root, list, index, ...rest] = i.path;
        const row = root === 'input' && list === 'lines' && typeof index === 'number' ? body[index] : undefined;
        return row ? { ...i, path: ['input', 'csv', row.line, ...rest] } : i;
      }),
    );
  }
}
