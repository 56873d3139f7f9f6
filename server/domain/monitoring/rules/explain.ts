/**
 * Helpers for the sentence a rule writes about one offence (zh and en), from the `detail`
 * object its SQL built. Values come back from jsonb: numbers, strings, ISO dates, arrays.
 */
export interface Explanation {
  zh: string;
  en: string;
}

export type Detail = Record<string, unknown>;

const SEX: Record<string, [string, string]> = { MALE: ['男性', 'male'], FEMALE: ['女性', 'female'] };
const INSURANCE: Record<string, [string, string]> = {
  EMPLOYEE: ['职工医保', 'employee insurance'],
  RESIDENT: ['居民医保', 'resident insurance'],
  MATERNITY: ['生育保险', 'maternity insurance'],
  WORK_INJURY: ['工伤保险', 'work-injury insurance'],
};
const CATEGORY: Record<string, [string, string]> = {
  GENERAL_OUTPATIENT: ['普通门诊', 'general outpatient'],
  INPATIENT: ['住院', 'inpatient'],
  CHRONIC_DISEASE: ['门诊慢特病', 'chronic disease'],
  MATERNITY: ['生育', 'maternity'],
  WORK_INJURY: ['工伤', 'work injury'],
  PHARMACY_PURCHASE: ['药店购药', 'pharmacy purchase'],
};

function label(table: Record<string, [string, string]>, value: unknown, lang: 0 | 1): string {
  const s = String(value ?? '');
  return table[s]?.[lang] ?? s;
}

export const sexZh = (v: unknown) => label(SEX, v, 0);
export const sexEn = (v: unknown) => label(SEX, v, 1);
export const insuranceZh = (v: unknown) => label(INSURANCE, v, 0);
export const insuranceEn = (v: unknown) => label(INSURANCE, v, 1);
export const categoryZh = (v: unknown) => label(CATEGORY, v, 0);
export const categoryEn = (v: unknown) => label(CATEGORY, v, 1);

/** Fen (number or decimal string) as yuan with two decimals: 12345 → "123.45". */
export function yuan(fen: unknown): string {
  const s = String(fen ?? '0');
  if (!/^-?\d+$/.test(s)) return s;
  const n = BigInt(s);
  const abs = n < 0n ? -n : n;
  return `${n < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A list value (array or scalar) joined for display. */
export function list(v: unknown, sep: string): string {
  return Array.isArray(v) ? v.map(String).join(sep) : String(v ?? '');
}

/** "line 3" or "lines 3, 4". */
export function linesEn(v: unknown): string {
  return Array.isArray(v) && v.length > 1 ? `lines ${list(v, ', ')}` : `line ${list(v, ', ')}`;
}

/** Several offences of one hit (e.g. several lines) as one sentence each language. */
export function joinExplanations(parts: Explanation[]): Explanation {
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}
