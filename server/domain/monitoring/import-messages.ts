import { fieldMessageZh } from '../field-messages.js';

/**
 * Chinese for the messages of a claims import report (file reading, claim fields, party
 * codes), so a clerk reads each error line in the console's language. The schema and the file
 * readers speak short English; anything not named here falls back to the shared field messages.
 */
const EXACT: Record<string, string> = {
  'must be a date YYYY-MM-DD': '请填写日期，格式为 YYYY-MM-DD',
  'must be a real date between 2000 and 2099': '日期须在 2000 年至 2099 年之间且真实存在',
  'must be a whole number of fen': '金额须为整数（单位：分）',
  'must be an ICD-10 code such as J45.9': '须为 ICD-10 编码，如 J45.9',
  'must be a positive quantity with at most 3 decimals': '数量须为正数，最多 3 位小数',
  'must be an ISO 8601 time': '须为 ISO 8601 时间',
  'must be between 2000 and 2099': '须在 2000 年至 2099 年之间',
  'at most 20 diagnoses': '诊断最多 20 个',
  'a claim has at least one line': '结算记录至少应有一条明细',
  'at most 500 lines': '明细最多 500 条',
  'must equal fundFen + accountFen + selfFen': '总金额须等于统筹支付、个人账户与个人自付之和',
  'an inpatient claim has admission and discharge dates': '住院结算须填写入院与出院日期',
  'must not be before admittedOn': '出院日期不能早于入院日期',
  'must not contain the NUL character (U+0000)': '不能包含 NUL 字符（U+0000）',
  'no such provider of this insurer': '本经办机构没有该定点医药机构',
  "not this provider's agreement with the insurer": '不是该机构与本经办机构的协议',
  'no such insured person of this insurer': '本经办机构没有该参保人',
};

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^not JSON: /, () => '该行不是有效的 JSON'],
  [/^line longer than (\d+) characters$/, (m) => `该行超过 ${m[1]} 个字符`],
  [/^header lacks column\(s\) (.+)$/, (m) => `表头缺少列：${m[1]}`],
  [/^expected (\d+) cells$/, (m) => `该行应有 ${m[1]} 列`],
];

export function importMessageZh(en: string): string {
  const exact = EXACT[en];
  if (exact) return exact;
  for (const [pattern, zh] of PATTERNS) {
    const match = en.match(pattern);
    if (match) return zh(match);
  }
  return fieldMessageZh(en);
}
