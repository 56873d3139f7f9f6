import { fenToYuanInput, parseYuanToFen } from './money.js';

/**
 * A control indicator's threshold as a form holds it: in yuan for money indicators (unit FEN,
 * labelled 元), as typed for rates, days, counts and points. The API and the database keep
 * money thresholds in fen, so forms convert on the way in and on the way out; a clerk reading
 * "980000 元" where the agreement means ¥9,800.00 would be off a hundredfold.
 */
export function thresholdToForm(threshold: unknown, unit: unknown): string {
  if (threshold === null || threshold === undefined) return '';
  const text = String(threshold);
  if (unit !== 'FEN') return text;
  const whole = text.split('.')[0]!;
  return /^-?\d+$/.test(whole) ? fenToYuanInput(Number(whole)) : text;
}

/** The form's threshold as the API's decimal string (fen for money); unreadable text goes as typed, for the server to refuse. */
export function thresholdToApi(value: unknown, unit: unknown): string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (unit !== 'FEN') return text;
  const fen = parseYuanToFen(text);
  return fen === null ? text : String(fen);
}

/**
 * The react-admin validator of a threshold input inside an indicators list: its row's unit
 * decides (yuan with at most two decimals, a percentage up to 100, otherwise a number); none
 * may be negative. Keys are console messages, shown beside the input in the user's language.
 */
export function validateThreshold(
  value: unknown,
  values: Record<string, unknown>,
  props?: { source?: string; finalSource?: string },
): string | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  // Inside an ArrayInput react-admin passes the row's own `source` ("threshold") and the form path as `finalSource`.
  const row = rowOf(values, props?.finalSource ?? props?.source);
  const text = String(value).trim();
  if (row?.unit === 'FEN') {
    const fen = parseYuanToFen(text);
    if (fen === null) return 'hub.errors.thresholdYuan';
    return fen < 0 ? 'hub.errors.thresholdNegative' : undefined;
  }
  if (!/^-?\d{1,14}(\.\d{1,4})?$/.test(text)) return 'hub.errors.thresholdNumber';
  const n = Number(text);
  if (n < 0) return 'hub.errors.thresholdNegative';
  if (row?.unit === 'PERCENT' && n > 100) return 'hub.errors.thresholdPercent';
  return undefined;
}

/** `indicators.2.threshold` → the values' `indicators[2]`. */
function rowOf(values: Record<string, unknown>, source?: string): Record<string, unknown> | undefined {
  const match = source ? /^(.*)\.(\d+)\.threshold$/.exec(source) : null;
  if (!match) return undefined;
  let node: unknown = values;
  for (const part of match[1]!.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return Array.isArray(node) ? (node[Number(match[2])] as Record<string, unknown> | undefined) : undefined;
}
