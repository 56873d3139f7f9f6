import { z } from 'zod';
import { characterMessage, type TextKind } from './text-characters.js';

/** zod pieces shared by command inputs. Messages are short English; the error carries zh too. */
/**
 * Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type and the global-id check take it (the hub
 * mints v7; an id of another version or variant is well formed and simply not found).
 */
export const uuid = z.guid({ message: 'must be an id' });

/**
 * Text fields, by what they hold; the characters each refuses are text-characters.ts's one rule.
 * Every kind is trimmed and stored in Unicode NFC, so a name typed on a Mac (NFD: "é" as "e" and
 * a combining accent) and the same name typed on Windows are one name to a unique index and a
 * search.
 * - `text`: long free text (a reason, a note, grounds, a template body): tabs and line breaks kept.
 * - `line`: a name, title, address or reference: one line.
 * - `code`: an identifier a clerk types (a settlement id, a catalogue or provider code, an
 *   agreement number): one line, in NFKC, so full-width letters and digits typed with a Chinese
 *   input method (ＡＢ１２３) are the ASCII ones the register holds. Names are not NFKC'd: it
 *   would turn a name's full-width brackets （东院） into ASCII ones.
 */
function checked(value: z.ZodString, kind: TextKind, max: number) {
  return value.max(max, `at most ${max} characters`).superRefine((v, ctx) => {
    const message = characterMessage(v, kind);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}
const nfc = () => z.string().normalize('NFC').trim();
const nfkc = () => z.string().normalize('NFKC').trim();
const required = (s: z.ZodString) => s.min(1, 'must not be empty');

export const text = (max = 2000) => checked(required(nfc()), 'multiline', max);
export const optionalText = (max = 2000) => checked(nfc(), 'multiline', max).nullish();
export const line = (max = 200) => checked(required(nfc()), 'line', max);
export const optionalLine = (max = 200) => checked(nfc(), 'line', max).nullish();
/**
 * What Excel shows and saves for a long digit string typed into a General cell: an 18-digit ID
 * number or a numeric code becomes 3.40524E+17, its last digits gone for good. No code of the
 * hub has this form, so it is refused as what it is rather than looked up and not found.
 */
export const SPREADSHEET_NUMBER = 'a spreadsheet turned this into a number in scientific notation (digits are lost): format the column as text and type it again';
const notSpreadsheetNumber = (v: string | null | undefined) => !v || !/^-?\d(\.\d+)?E[+-]\d+$/i.test(v);
export const code = (max = 64) => checked(required(nfkc()), 'line', max).refine(notSpreadsheetNumber, SPREADSHEET_NUMBER);
export const optionalCode = (max = 64) => checked(nfkc(), 'line', max).refine(notSpreadsheetNumber, SPREADSHEET_NUMBER).nullish();

/** The range every stored date lies in (the API's Date and DateTime scalars take the same). */
export const MIN_DATE = new Date('1900-01-01T00:00:00.000Z');
export const MAX_DATE = new Date('2100-12-31T23:59:59.999Z');
export const date = z
  .date({ message: 'must be a date' })
  .min(MIN_DATE, 'must not be before 1900-01-01')
  .max(MAX_DATE, 'must not be after 2100-12-31');
export const fen = z
  .bigint({ message: 'must be an integer amount of fen' })
  .nonnegative('must not be negative');
export const decimal = z.string().regex(/^-?\d{1,14}(\.\d{1,4})?$/, 'must be a decimal such as "2.00"');
export const expectedVersion = z.number().int().min(1, 'must be a positive version');
