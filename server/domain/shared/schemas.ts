import { z } from 'zod';

/** zod pieces shared by command inputs. Messages are short English; the error carries zh too. */
/**
 * Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type and the global-id check take it (the hub
 * mints v7; an id of another version or variant is well formed and simply not found).
 */
export const uuid = z.guid({ message: 'must be an id' });

/** PostgreSQL text cannot hold U+0000; a command refuses it rather than fail in the database. */
const noNul = (value: string) => !value.includes('\u0000');
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
/**
 * Nor can it hold an unpaired UTF-16 surrogate (JSON's `"\ud800"`): a claims file's line
 * carrying one broke the batch's array parameter in the database (HTTP 500), and the audit
 * event's JSON refuses one. With the `u` flag a proper pair is one code point, never matched.
 */
const wellFormed = (value: string) => !/\p{Surrogate}/u.test(value);
const SURROGATE_MESSAGE = 'must be valid Unicode text (no unpaired surrogate)';

export const text = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine(noNul, NUL_MESSAGE)
    .refine(wellFormed, SURROGATE_MESSAGE);
export const optionalText = (max = 2000) =>
  z.string().trim().max(max, `at most ${max} characters`).refine(noNul, NUL_MESSAGE).refine(wellFormed, SURROGATE_MESSAGE).nullish();

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
