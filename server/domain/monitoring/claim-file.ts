import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { delimiterOf, duplicateColumns, headerNames, isoDayOf, isoTimeOf, withinHeader, type Delimiter } from '../shared/csv-rows.js';
import { agencyTimeZone } from '../shared/local-date.js';

/** One claim read from a file, or why its text could not be read, with the line(s) it came from. */
export interface ClaimFileItem {
  /** File line of the claim (CSV: its first row). */
  line: number;
  /** CSV: the file line of each claim line, to name the row of a line's error. */
  lineRows?: number[];
  value?: unknown;
  parseError?: string;
}

export type ClaimFileFormat = 'ndjson' | 'csv';

const MAX_LINE = 1_000_000;

/** NDJSON: one claim object (with its `lines` array) per line; blank lines are skipped. */
export async function* readNdjson(input: Readable): AsyncGenerator<ClaimFileItem> {
  let n = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    n += 1;
    if (text.trim() === '') continue;
    if (text.length > MAX_LINE) {
      yield { line: n, parseError: `line longer than ${MAX_LINE} characters` };
      continue;
    }
    try {
      yield { line: n, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line: n, parseError: `not JSON: ${(error as Error).message.slice(0, 200)}` };
    }
  }
}

export const CSV_CLAIM_COLUMNS = [
  'settlementId', 'providerCode', 'agreementNumber', 'physicianCode', 'insuredIdNumber', 'insuranceType', 'visitType',
  'settlementCategory', 'admittedOn', 'dischargedOn', 'settledAt', 'diagnoses', 'totalFen', 'fundFen', 'accountFen', 'selfFen',
] as const;
export const CSV_LINE_COLUMNS = [
  'catalogueCode', 'name', 'category', 'quantity', 'unitPriceFen', 'amountFen', 'daysSupply', 'prescriptionNo', 'prescribedOn', 'servedOn',
] as const;

/** Date columns, read as Excel writes a date cell (2026/3/5, or its serial 46086) as well as ISO (shared/csv-rows.ts isoDayOf). */
const DAY_COLUMNS = new Set(['admittedOn', 'dischargedOn', 'prescribedOn', 'servedOn']);

/** A cell as the input takes it: dates and the settlement time as a spreadsheet saves them read too. */
function cellValue(column: string, cell: string): string | null {
  if (cell === '') return null;
  if (DAY_COLUMNS.has(column)) return isoDayOf(cell);
  return column === 'settledAt' ? isoTimeOf(cell, agencyTimeZone()) : cell;
}

/**
 * CSV (or tab-separated, as its header row is): a header row naming each column once, then one row per claim line with the claim's
 * columns repeated; consecutive rows with one settlement id are one claim. Diagnoses are
 * separated by `;`. Empty cell = absent. A quoted cell may span lines (a spreadsheet writes a
 * line break typed in a cell so); the row is named by the line it starts on.
 */
export async function* readCsv(input: Readable): AsyncGenerator<ClaimFileItem> {
  let n = 0;
  let header: string[] | null = null;
  /** Read from the header row: a tab-separated export (Excel's Unicode text) is read as well. */
  let delimiter: Delimiter = ',';
  let current: { line: number; rows: number[]; head: Record<string, unknown>; lines: Record<string, unknown>[] } | null = null;
  /** A row whose quoted cell is still open: its text so far and the line it started on. */
  let open: { text: string; line: number } | null = null;
  for await (const physical of createInterface({ input, crlfDelay: Infinity })) {
    n += 1;
    const text: string = open ? `${open.text}\n${physical}` : physical;
    const start: number = open?.line ?? n;
    if (!open && text.trim() === '') continue;
    if (!header && !open) delimiter = delimiterOf(text);
    const split = splitCsv(text, delimiter);
    if (split.open) {
      if (text.length > MAX_LINE) {
        open = null;
        yield { line: start, parseError: `line longer than ${MAX_LINE} characters` };
      } else open = { text, line: start };
      continue;
    }
    open = null;
    if (!header) {
      header = headerNames(split.cells);
      const missing = [...CSV_CLAIM_COLUMNS, ...CSV_LINE_COLUMNS].filter((c) => !header!.includes(c));
      const twice = duplicateColumns(header);
      if (missing.length > 0 || twice.length > 0) {
        const why = [missing.length ? `header lacks column(s) ${missing.join(', ')}` : '', twice.length ? `column(s) named twice: ${twice.join(', ')}` : ''];
        yield { line: start, parseError: why.filter(Boolean).join('; ') };
        return;
      }
      continue;
    }
    // A row of empty cells (Excel writes them for rows below the table once touched) is a blank line.
    if (split.cells.every((cell) => cell.trim() === '')) continue;
    const cells = withinHeader(split.cells, header.length);
    if (cells.length !== header.length) {
      yield { line: start, parseError: `expected ${header.length} cells` };
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cellValue(h, cells[i]!)]));
    const head: Record<string, unknown> = Object.fromEntries(CSV_CLAIM_COLUMNS.map((c) => [c, row[c]]));
    // Optional column (files written before it existed have none): 中途结算, true/false or 1/0.
    if (row.interimSettlement != null) head.interimSettlement = row.interimSettlement;
    head.diagnoses = typeof row.diagnoses === 'string' ? row.diagnoses.split(';').map((d) => d.trim()).filter(Boolean) : [];
    const line: Record<string, unknown> = Object.fromEntries(CSV_LINE_COLUMNS.map((c) => [c, row[c]]));
    // NFKC: a Chinese input method's full-width digits (１４) are the number they show.
    if (typeof line.daysSupply === 'string') line.daysSupply = Number(line.daysSupply.normalize('NFKC'));
    if (current && current.head.settlementId === head.settlementId) {
      current.lines.push(line);
      current.rows.push(start);
      continue;
    }
    if (current) yield { line: current.line, lineRows: current.rows, value: { ...current.head, lines: current.lines } };
    current = { line: start, rows: [start], head, lines: [line] };
  }
  if (current) yield { line: current.line, lineRows: current.rows, value: { ...current.head, lines: current.lines } };
  if (open) yield { line: open.line, parseError: 'a quoted cell is not closed' };
}

/** RFC 4180 cells of one row (quoted cells may hold commas and doubled quotes); `open` when a quoted cell runs past its end. */
export function splitCsv(text: string, delimiter: Delimiter = ','): { cells: string[]; open: boolean } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return { cells, open: quoted };
}

export function readClaimFile(input: Readable, format: ClaimFileFormat): AsyncGenerator<ClaimFileItem> {
  return format === 'csv' ? readCsv(input) : readNdjson(input);
}
