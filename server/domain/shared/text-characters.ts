/**
 * The one rule for which characters stored text may hold, shared by the GraphQL edge
 * (server/graphql/input-screen.ts, every string of every argument) and the commands' zod
 * pieces (schemas.ts: `line`, `code`, `text`), which imports (claims, knowledge, monthly
 * reports) pass through as well.
 *
 * Refused in every text: C0 controls but tab, line feed and carriage return (U+0000–U+001F:
 * PostgreSQL cannot store NUL; the rest are invisible, break CSV exports and, as ANSI escapes,
 * a clerk's terminal), DEL and the C1 controls (U+007F–U+009F, what a mis-decoded Windows-1252
 * file leaves), unpaired UTF-16 surrogates (the audit event's JSON refuses them), the
 * noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF (never text: a byte-order mark read the wrong
 * way round), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: a name shown reversed, "Trojan source" spoofing of a code).
 *
 * Refused in a single line (names, codes, numbers, references) as well: tab, line breaks and
 * the Unicode line and paragraph separators, which a one-line field never means to hold.
 * Long free text (reasons, notes, grounds, template bodies) keeps tabs and line breaks.
 */
export type TextKind = 'line' | 'multiline';

/** Unpaired surrogates only: with the `u` flag a proper pair is one code point. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const EVERYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\u202A-\u202E\u2066-\u2069]|\p{Surrogate}|\p{Noncharacter_Code_Point}/u;
const LINE_ONLY = /[\t\n\r\u2028\u2029]/u;

/** The first refused character of `value` for its kind, as `U+XXXX` and its position (1-based), or null. */
export function refusedCharacter(value: string, kind: TextKind): { codePoint: string; position: number } | null {
  const pattern = kind === 'line' ? new RegExp(`${EVERYWHERE.source}|${LINE_ONLY.source}`, 'u') : EVERYWHERE;
  const match = pattern.exec(value);
  if (!match) return null;
  const cp = match[0].codePointAt(0)!;
  return { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, position: [...value.slice(0, match.index)].length + 1 };
}

/**
 * The field message for a refused character. The NUL and surrogate texts are kept as they
 * were (clients and tests read them); the others name the character and where it is.
 */
export function characterMessage(value: string, kind: TextKind): string | null {
  const found = refusedCharacter(value, kind);
  if (!found) return null;
  if (found.codePoint === 'U+0000') return 'must not contain the NUL character (U+0000)';
  if (/^U\+D[89A-F]/.test(found.codePoint)) return 'must be valid Unicode text (no unpaired surrogate)';
  if (kind === 'line' && /^U\+(0009|000A|000D|2028|2029)$/.test(found.codePoint))
    return `must be a single line (no tab or line break; ${found.codePoint} at character ${found.position})`;
  return `must not contain control or invisible formatting characters (${found.codePoint} at character ${found.position})`;
}
