import { fieldMessageZh } from '../field-messages.js';

/**
 * Chinese for the messages of a claims or knowledge import report, so a clerk reads each error line in the
 * console's language. Only the file readers' own texts are here; the claim fields' messages are
 * field messages like any other (field-messages.ts).
 */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^not JSON: /, () => '该行不是有效的 JSON'],
  [/^line longer than (\d+) characters$/, (m) => `该行超过 ${m[1]} 个字符`],
  [/^header lacks column\(s\) (.+)$/, (m) => `表头缺少列：${m[1]}`],
  [/^expected (\d+) cells$/, (m) => `该行应有 ${m[1]} 列`],
  // The knowledge batch reader's and importer's own texts.
  [/^expected (\d+) cells, found (\d+)$/, (m) => `该行应有 ${m[1]} 列，实有 ${m[2]} 列`],
  [/^unknown column\(s\) (.+)$/, (m) => `未知的列：${m[1]}`],
  [/^a batch holds at most (\d+) entries$/, (m) => `一个批次最多 ${m[1]} 条`],
  [/^duplicates the entry of line (\d+)$/, (m) => `与第 ${m[1]} 行的条目重复`],
  [/^the batch holds no entries$/, () => '批次中没有任何条目'],
  // Any CSV reader's (shared/csv-rows.ts and the header checks of the readers).
  [/^column\(s\) named twice: (.+)$/, (m) => `列名重复：${m[1]}`],
  [/^a quoted cell is not closed$/, () => '引号内的单元格没有结束引号'],
  [/^not readable as CSV \((\w+)\)$/, (m) => `无法按 CSV 读取（${m[1]}）`],
];

export function importMessageZh(en: string): string {
  // A header can be wrong twice over ("header lacks column(s) x; unknown column(s) y").
  const parts = en.split('; ');
  if (parts.length > 1 && parts.every((part) => PATTERNS.some(([pattern]) => pattern.test(part)))) return parts.map(importMessageZh).join('；');
  for (const [pattern, zh] of PATTERNS) {
    const match = en.match(pattern);
    if (match) return zh(match);
  }
  return fieldMessageZh(en);
}
