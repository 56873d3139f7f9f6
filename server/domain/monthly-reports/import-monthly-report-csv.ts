import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { CommandContext } from '../transaction.js';
import { InputError } from '../errors.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
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
 * The file import of a monthly report: parses the CSV (csv-parse) and files it exactly as the
 * API batch does, so the same file imported twice is one report. Errors name the row.
 */
export async function importMonthlyReportCsv(
  ctx: CommandContext,
  raw: z.input<typeof importMonthlyReportCsvInput>,
): Promise<MonthlyReportResult> {
  const input = parseInput(importMonthlyReportCsvInput, raw);
  let records: Record<string, string>[];
  try {
    records = parse(input.csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      trim: true,
      max_record_size: 10_000,
    }) as Record<string, string>[];
  } catch (error) {
    throw new InputError([
      { path: ['input', 'csv'], message: `not readable as CSV: ${(error as Error).message.slice(0, 200)}` },
    ]);
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length > 0 || extra.length > 0)
    throw new InputError([
      {
        path: ['input', 'csv'],
        message: `header must be ${CSV_COLUMNS.join(',')} (missing: ${missing.join(',') || '-'}; unknown: ${extra.join(',') || '-'})`,
      },
    ]);
  const issues: { path: (string | number)[]; message: string }[] = [];
  const lines = records.map((r, i) => {
    const price = /^\d{1,12}$/.test(r.unitPriceFen ?? '') ? BigInt(r.unitPriceFen!) : null;
    const quantity = /^\d{1,8}$/.test(r.quantity ?? '') ? Number(r.quantity) : null;
    if (price === null)
      issues.push({ path: ['input', 'csv', i + 2, 'unitPriceFen'], message: 'an integer amount of fen' });
    if (quantity === null)
      issues.push({ path: ['input', 'csv', i + 2, 'quantity'], message: 'a whole number' });
    return { ...r, unitPriceFen: price ?? 0n, quantity: quantity ?? 0 };
  });
  if (issues.length > 0) throw new InputError(issues.slice(0, 20));
  return fileMonthlyReport(
    ctx,
    { providerId: input.providerId, period: input.period, lines } as never,
    'CSV',
  );
}
