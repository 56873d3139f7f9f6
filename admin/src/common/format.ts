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
 * A calendar date (`2026-12-06`, a term's start) as the console writes every day: YYYY-MM-DD in
 * both languages, the form the day inputs take (DayInput), so a date read on a show page can be
 * typed back into a form as shown. Calendar dates have no time zone: they are shown as stored.
 */
export function formatDate(value: string | null | undefined, _locale?: string): string {
  if (!value) return '—';
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : value;
}

/** An instant (`2026-12-05T23:09:00Z`) on the agency's clock: 2026-12-06 07:09 in both languages. */
export function formatDateTime(
  value: string | Date | null | undefined,
  _locale?: string,
  timeZone = agencyTimeZone(),
): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${localDay(date, timeZone)} ${time}`;
}

/**
 * What a date column shows of `value`. An instant (`2026-10-05T17:00:00Z`) is on the agency's
 * calendar even without its time: shown as UTC it read 2026-10-05 for a report submitted at
 * 01:00 on 6 October in Beijing. A calendar date (`2026-10-06`) has no zone and shows as stored.
 */
export function formatDateValue(value: unknown, showTime: boolean, timeZone = agencyTimeZone()): string {
  if (value === null || value === undefined || value === '') return '—';
  const instant = value instanceof Date || (typeof value === 'string' && value.includes('T'));
  if (!instant) return formatDate(String(value));
  const date = value instanceof Date ? value : new Date(value as string);
  if (Number.isNaN(date.getTime())) return String(value);
  return showTime ? formatDateTime(date, undefined, timeZone) : localDay(date, timeZone);
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
