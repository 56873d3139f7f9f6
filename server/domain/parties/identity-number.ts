/**
 * The 18-character resident identity number (GB 11643-1999): 6-digit region, 8-digit birth
 * date, 3-digit sequence, and a check character (ISO 7064 MOD 11-2, `X` for 10). A typo in any
 * one character changes the check character, so a mistyped number is refused at entry.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isResidentIdNumber(value: string, now: Date = new Date()): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number) as [number, number, number];
  const born = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d) return false;
  // A birth date still to come is a typo of the year (20 for 19) that the check character,
  // computed by the same hand, may well match.
  if (born.getTime() > now.getTime()) return false;
  const sum = WEIGHTS.reduce((n, w, i) => n + w * Number(value[i]), 0);
  return CHECK[sum % 11] === value[17];
}
