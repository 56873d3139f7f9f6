import { CsvError, parse } from 'csv-parse/sync';
import { agencyWallClock } from './local-date.js';

export type Delimiter = ',' | '\t';

/**
 * The cell separator of a delimited file, read from its header row: a tab when the header has
 * more tabs than commas, else a comma. Excel's "Unicode text (*.txt)" — what a clerk saves
 * when a GBK CSV would lose characters — is UTF-16 with tabs (schema/file-text.ts reads the
 * UTF-16); a WPS or LibreOffice "TSV" is the same with UTF-8. Column names hold neither, so
 * the header decides without guessing from the data.
 */
export function delimiterOf(header: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\t') tabs += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  return tabs > commas ? '\t' : ',';
}

/** One CSV record with the file line it starts on, or why the file stops being readable there. */
export type CsvRow = { line: number; cells: string[] } | { line: number; error: string };

/**
 * The records of an uploaded CSV file (RFC 4180, as spreadsheet programs write it; tab-separated
 * when its header row is: see delimiterOf), each with
 * the file line it starts on (its text decoded from the file's bytes by schema/file-text.ts, which
 * reads GBK and UTF-16 exports as well as UTF-8): line ends LF, CRLF or CR alone (older Excel for Mac), a UTF-8
 * byte-order mark dropped, quoted cells that hold commas, doubled quotes or line breaks, blank
 * lines skipped. Rows of another width are returned as they are (the caller names the row);
 * a quote left open stops the file at the line it was opened on, since no later row can be
 * told apart from the open cell.
 */
export function csvRows(content: string): CsvRow[] {
  // csv-parse counts lines one too many after the first CRLF record; one kind of line end
  // keeps its `info.lines` (the line a record ends on) exact.
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = delimiterOf(text.split('\n').find((l) => l.trim() !== '') ?? '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = openQuoteLine(text, delimiter) ?? (error as CsvError & { lines?: number }).lines ?? 1;
    const why = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is not closed' : `not readable as CSV (${error.code})`;
    return [{ line, error: why }];
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    rows.push({ line: info.lines - breaks, cells: record });
  }
  return rows;
}

/**
 * A header row's column names as the clerk meant them: trimmed, in NFKC (ｋｉｎｄ typed with a
 * Chinese input method's full-width letters is `kind`), and without the blank cells after the
 * last name. Excel writes those when a cell right of the table was ever touched (formatted,
 * cleared): every row of the file then ends in the same run of commas, which is no column.
 */
export function headerNames(cells: string[]): string[] {
  const names = cells.map((cell) => cell.normalize('NFKC').trim());
  while (names.length > 1 && names[names.length - 1] === '') names.pop();
  return names;
}

/**
 * A data row cut to the header's width when the cells past it are blank (Excel's trailing
 * commas, see headerNames); a row with text past the header keeps it, so the reader names the
 * row as too wide rather than dropping what it holds.
 */
export function withinHeader(cells: string[], width: number): string[] {
  return cells.length > width && cells.slice(width).every((cell) => cell.trim() === '') ? cells.slice(0, width) : cells;
}

/**
 * A date cell as Chinese Excel writes it, in the ISO form the inputs take: a date typed in a
 * cell is saved in the sheet's short date form (2026/3/5), or its long one (2026年3月5日). Both
 * put the year first, so nothing is guessed; whether the day exists is the input's check. Any
 * other text is returned as it is, for the input to name.
 */
export function isoDayOf(cell: string): string {
  const serial = excelSerial(cell);
  if (serial !== null && Number.isInteger(serial)) return new Date(EXCEL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
  const match = /^(\d{4})(?:\/|-|年)(\d{1,2})(?:\/|-|月)(\d{1,2})日?$/.exec(cell.trim());
  if (!match || (cell.includes('年') !== cell.includes('月')) || (cell.includes('月') !== cell.trim().endsWith('日'))) return cell;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** Excel counts days from 30 December 1899 (its day 1 is 1 January 1900, with 1900's phantom 29 February). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1 January 2000 and 31 December 2099, the days the inputs take: a 5-digit number outside them is no date. */
const SERIALS = { first: 36_526, last: 73_050 };

/**
 * A date cell left in General format is saved as its serial (46091 for 2026-03-10; with the
 * time as the day's fraction, 46091.416667 for 10:00): the number, when it is one of 2000–2099.
 */
function excelSerial(cell: string): number | null {
  const text = cell.trim();
  if (!/^\d{5}(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n >= SERIALS.first && n < SERIALS.last + 1 ? n : null;
}

/**
 * A settlement time as a spreadsheet saves it, as an ISO instant: `2026/3/5 14:30`,
 * `2026-03-05 14:30:00` or `2026年3月5日 14:30` (its cell's date-time forms), or its serial. A
 * spreadsheet keeps no zone: the time is the agency's wall clock (HUB_TIME_ZONE), as the
 * settlement system showed it. Anything else is returned as it is: an ISO time with its offset
 * passes, and `2026-03-05T14:30:00` without one (a program's, which could mean UTC) or a day
 * that does not exist is refused by the input, saying to give the offset.
 */
export function isoTimeOf(cell: string, timeZone: string): string {
  const serial = excelSerial(cell);
  if (serial !== null) {
    const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
    return agencyWallClock(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS + seconds * 1000), timeZone).toISOString();
  }
  const m = /^(\d{4})(?:\/|-|年)(\d{1,2})(?:\/|-|月)(\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(cell.trim());
  if (!m) return cell;
  const [y, mo, d, h, mi, se] = m.slice(1).map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  // Date.UTC rolls 30 February into March and 24:00 into the next day: such a cell is no time.
  const exact = wall.getUTCFullYear() === y && wall.getUTCMonth() === mo - 1 && wall.getUTCDate() === d && wall.getUTCHours() === h && wall.getUTCMinutes() === mi && wall.getUTCSeconds() === se;
  return exact ? agencyWallClock(wall, timeZone).toISOString() : cell;
}

/** Header names that appear more than once (a spreadsheet would keep one column's value silently). */
export function duplicateColumns(header: string[]): string[] {
  return [...new Set(header.filter((name, i) => header.indexOf(name) !== i))];
}

/** The line of the quote left open at the end of the file (quotes toggled as RFC 4180 reads them). */
function openQuoteLine(text: string, delimiter: Delimiter): number | null {
  let quoted = false;
  let line = 1;
  let openedOn = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i += 1;
      else if (ch === '"') quoted = false;
      else if (ch === '\n') line += 1;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      openedOn = line;
    }
    if (ch === '\n') line += 1;
    cellStart = ch === delimiter || ch === '\n';
  }
  return quoted ? openedOn : null;
}
