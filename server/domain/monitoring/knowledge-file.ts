import { csvRows, duplicateColumns, headerNames, withinHeader } from '../shared/csv-rows.js';

/** One knowledge entry read from a batch file, or why its line could not be read. */
export interface KnowledgeFileItem {
  line: number;
  value?: unknown;
  parseError?: string;
}

export type KnowledgeFileFormat = 'ndjson' | 'csv';

const LIST_COLUMNS = new Set(['insuranceTypes', 'icd10Prefixes']);
const NUMBER_COLUMNS = new Set(['maxAgeYears', 'discountPercent', 'maxDaysSupply', 'validityDays', 'maxUses']);
export const CSV_KNOWLEDGE_COLUMNS = [
  'kind', 'catalogueCode', 'nameZh', 'nameEn', 'batch', 'sex', 'maxAgeYears', 'insuranceTypes', 'icd10Prefixes', 'priceFen',
  'discountPercent', 'maxQuantity', 'maxDaysSupply', 'validityDays', 'maxUses', 'active',
] as const;
const REQUIRED = ['kind', 'catalogueCode', 'nameZh'];

/**
 * Reads a knowledge batch: NDJSON (one entry object per line) or CSV (a header row naming
 * columns of CSV_KNOWLEDGE_COLUMNS, each once; lists separated by `;`, an empty cell = absent;
 * quoted cells may span lines: see csv-rows.ts). Blank lines are skipped; line numbers are the
 * file's, whatever its line ends (CR alone too).
 */
export function readKnowledgeFile(content: string, format: KnowledgeFileFormat): KnowledgeFileItem[] {
  return format === 'csv' ? readCsv(content) : readNdjson(content.split(/\r\n|\r|\n/));
}

function readNdjson(rows: string[]): KnowledgeFileItem[] {
  const items: KnowledgeFileItem[] = [];
  rows.forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      items.push({ line: i + 1, value: JSON.parse(text) as unknown });
    } catch (error) {
      items.push({ line: i + 1, parseError: `not JSON: ${(error as Error).message.slice(0, 200)}` });
    }
  });
  return items;
}

function readCsv(content: string): KnowledgeFileItem[] {
  const items: KnowledgeFileItem[] = [];
  let header: string[] | null = null;
  for (const row of csvRows(content)) {
    if ('error' in row) return [...items, { line: row.line, parseError: row.error }];
    const { line } = row;
    if (!header) {
      header = headerNames(row.cells);
      const unknown = header.filter((h) => !(CSV_KNOWLEDGE_COLUMNS as readonly string[]).includes(h));
      const missing = REQUIRED.filter((c) => !header!.includes(c));
      const twice = duplicateColumns(header);
      if (unknown.length > 0 || missing.length > 0 || twice.length > 0) {
        const why = [
          missing.length ? `header lacks column(s) ${missing.join(', ')}` : '',
          unknown.length ? `unknown column(s) ${unknown.slice(0, 5).join(', ')}` : '',
          twice.length ? `column(s) named twice: ${twice.join(', ')}` : '',
        ];
        return [{ line, parseError: why.filter(Boolean).join('; ') }];
      }
      continue;
    }
    const cells = withinHeader(row.cells, header.length);
    if (cells.length !== header.length) {
      items.push({ line, parseError: `expected ${header.length} cells, found ${cells.length}` });
      continue;
    }
    const value: Record<string, unknown> = {};
    header.forEach((h, c) => {
      const cell = (cells[c] ?? '').trim();
      if (cell === '') return;
      if (LIST_COLUMNS.has(h)) value[h] = cell.split(';').map((x) => x.trim()).filter(Boolean);
      else if (NUMBER_COLUMNS.has(h)) value[h] = /^-?\d+$/.test(cell) ? Number(cell) : cell;
      // Excel turns a typed true/false into its own TRUE/FALSE and saves them so.
      else if (h === 'active') value[h] = /^true$/i.test(cell) ? true : /^false$/i.test(cell) ? false : cell;
      else value[h] = cell;
    });
    items.push({ line, value });
  }
  return items;
}
