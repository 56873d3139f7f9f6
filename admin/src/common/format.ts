import { formatFen } from './money.js';

/**
 * The console's one formatting layer: money (fen → yuan with separators), dates and times on
 * the agency's calendar, indicator thresholds with their unit. Screens, the audit log and
 * exports all format through here, so a value reads the same everywhere.
 */

export { formatFen };

/** The agency's time zone: set by the hub in index.html (HUB_TIME_ZONE), Asia/Shanghai otherwise. */
export function agencyTimeZone(): string {
  const meta = typeof document === 'undefined' ? null : document.querySelector('meta[name="hub-time-zone"]');
  return meta?.getAttribute('content') || 'Asia/Shanghai';
}

const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN');

/** `YYYY-MM-DD` of `at` on the agency's calendar (a form's default date, "today"). */
export function localDay(at: Date = new Date(), timeZone = agencyTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** `days` after the agency's today, as `YYYY-MM-DD`. */
export function localDayPlus(days: number, at: Date = new Date(), timeZone = agencyTimeZone()): string {
  const [y, m, d] = localDay(at, timeZone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * `YYYY-MM` of the month `back` months before the agency's current month (0: this month): at
 * 00:30 on 1 January in Beijing this month is January, though UTC is still in December.
 */
export function localMonth(back = 0, at: Date = new Date(), timeZone = agencyTimeZone()): string {
  const [y, m] = localDay(at, timeZone).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 7);
}

/**
 * A calendar date (`2026-12-06`, a term's start) as people write it: 2026/12/06 in Chinese,
 * 06/12/2026 in English. Calendar dates have no time zone: they are shown as stored.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const day = value.slice(0, 10);
  const [y, m, d] = day.split('-');
  if (!y || !m || !d) return value;
  return locale === 'en' ? `${d}/${m}/${y}` : `${y}/${m}/${d}`;
}

/** An instant (`2026-12-05T23:09:00Z`) in the agency's time zone: 2026/12/06 07:09. */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: string,
  timeZone = agencyTimeZone(),
): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/**
 * What a date column shows of `value`. An instant (`2026-10-05T17:00:00Z`) is on the agency's
 * calendar even without its time: shown as UTC it read 2026/10/05 for a report submitted at
 * 01:00 on 6 October in Beijing. A calendar date (`2026-10-06`) has no zone and shows as stored.
 */
export function dateFieldOptions(
  value: unknown,
  showTime: boolean,
  timeZone = agencyTimeZone(),
): Intl.DateTimeFormatOptions {
  const day = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  const instant = value instanceof Date || (typeof value === 'string' && value.includes('T'));
  if (showTime) return { ...day, timeZone, hour: '2-digit', minute: '2-digit', hour12: false };
  return { ...day, timeZone: instant ? timeZone : 'UTC' };
}

/** Yuan as a sentence writes it: "9,800.00 元" / "¥9,800.00". */
export function formatYuanWords(fen: number | string | bigint | null | undefined, locale: string): string {
  const text = formatFen(fen, locale);
  if (text === '—' || locale === 'en') return text;
  return `${text.replace('¥', '')} 元`;
}

/** Integer fen from a decimal threshold ("980000" or "980000.0000"). */
function thresholdFen(threshold: string): bigint | null {
  const match = /^(-?\d+)(?:\.\d*)?$/.exec(threshold.trim());
  return match ? BigInt(match[1]!) : null;
}

/**
 * A control indicator's limit as a clerk reads it: "≤ 9,800.00 元" for money (thresholds in
 * fen), "≤ 15 %" or "≤ 10 天" for the rest.
 */
export function formatThreshold(
  threshold: string,
  unit: string,
  comparator: string,
  locale: string,
  translate: (key: string) => string,
): string {
  const sign = translate(`enums.Comparator.${comparator}`);
  if (unit === 'FEN') {
    const fen = thresholdFen(threshold);
    return `${sign} ${fen === null ? threshold : formatYuanWords(fen, locale)}`;
  }
  const number = Number(threshold);
  const shown = Number.isFinite(number)
    ? number.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN')
    : threshold;
  return `${sign} ${shown} ${translate(`enums.IndicatorUnit.${unit}`)}`;
}
