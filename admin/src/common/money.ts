/**
 * Money is integer fen on the wire (schema/scalars.ts `Fen`). The console shows yuan with two
 * decimals and reads yuan typed by users back into exact fen, never through a float product.
 */
export function formatFen(fen: number | string | bigint | null | undefined, locale = 'zh-CN'): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = (abs / 100n).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}

/** "72,860.5" / "72860.50" / "¥1,000" → 7286050n fen; null when not a valid amount. */
export function parseYuanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const cleaned = String(text).replace(/[¥,\s元]/g, '');
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, frac = ''] = match;
  const fen = BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0') || '0');
  const result = sign === '-' ? -fen : fen;
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(result);
}

/** Fen → the yuan string an input shows (no grouping, so it parses back). */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** An optional yuan input as fen: null when left empty (a form's validator has refused the rest). */
export function optionalYuanToFen(value: unknown): number | null {
  return value === undefined || value === null || value === '' ? null : parseYuanToFen(String(value));
}

/**
 * The react-admin validator of an optional yuan input: empty, or an amount parseYuanToFen reads.
 * Every amount a form sends is a quantity the API refuses below zero, so a negative one is
 * refused here, beside its field, rather than by the server after the click.
 */
export function validateYuan(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const fen = parseYuanToFen(String(value));
  if (fen === null) return 'ra.validation.number';
  return fen < 0 ? 'hub.errors.negativeAmount' : undefined;
}

/**
 * A chart's yuan (the dashboard sums fen into yuan numbers for its axes) as the console shows
 * money elsewhere: ¥23,860.00, never ¥23,860 or ¥1,234.5.
 */
export function formatChartYuan(yuan: unknown, locale = 'zh-CN'): string {
  return `¥${Number(yuan).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;
}
