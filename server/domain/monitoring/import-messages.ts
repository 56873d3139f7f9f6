import { fieldMessageZh } from '../field-messages.js';

/**
 * Chinese for the messages of a claims import report, so a clerk reads each error line in the
 * console's language. Only the file readers' own texts are here; the claim fields' messages are
 * field messages like any other (field-messages.ts).
 */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^not JSON: /, () => '该行不是有效的 JSON'],
  [/^line longer than (\d+) characters$/, (m) => `该行超过 ${m[1]} 个字符`],
  [/^header lacks column\(s\) (.+)$/, (m) => `表头缺少列：${m[1]}`],
  [/^expected (\d+) cells$/, (m) => `该行应有 ${m[1]} 列`],
];

export function importMessageZh(en: string): string {
  for (const [pattern, zh] of PATTERNS) {
    const match = en.match(pattern);
    if (match) return zh(match);
  }
  return fieldMessageZh(en);
}
