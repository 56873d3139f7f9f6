import { formatFen } from '../../common/money.js';

/**
 * An indicator value as people read it: money indicators are stored in fen and shown as yuan
 * with separators, rates with %, other units with their word (天, 次, 分).
 */
export function formatIndicatorValue(
  value: string | number | null | undefined,
  unit: string,
  locale: string,
  unitWord: string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (unit === 'FEN') {
    const whole = String(value).split('.')[0]!;
    return /^-?\d+$/.test(whole) ? formatFen(whole, locale) : String(value);
  }
  const n = Number(value);
  const shown = Number.isFinite(n)
    ? n.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 })
    : String(value);
  if (unit === 'PERCENT') return `${shown}%`;
  return `${shown} ${unitWord}`.trim();
}
