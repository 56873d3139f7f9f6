import { agencyTimeZone, localDay } from './format.js';

/**
 * Calendar days as clerks type them. The browser's own date input shows the operating
 * system's order (mm/dd/yyyy on an English Windows) whatever the console's language, so the
 * console takes days as text in the one order both Chinese forms and the API use: 2026-12-07.
 * What a Chinese clerk also types (2026/12/7, 2026.12.7, 2026年12月7日, full-width digits from an
 * input method) is read as the same day when the field is left.
 */

const LOOSE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** `YYYY-MM-DD` for a real calendar day typed in any of the accepted forms; null otherwise. */
export function normaliseDay(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const match = LOOSE.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * What a day input shows of a stored value: an instant (or Date) as its day on the agency's
 * calendar, text as typed.
 */
export function dayInputText(value: unknown, timeZone = agencyTimeZone()): string {
  if (value === null || value === undefined) return '';
  const instant = value instanceof Date ? value : /^\d{4}-\d{2}-\d{2}T/.test(String(value)) ? new Date(String(value)) : null;
  if (!instant) return String(value);
  return Number.isNaN(instant.getTime()) ? '' : localDay(instant, timeZone);
}

/** The react-admin validator of a day input: empty, or exactly a real `YYYY-MM-DD`. */
export function validateDay(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' && normaliseDay(value) === value ? undefined : 'hub.errors.day';
}
