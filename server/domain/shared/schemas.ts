import { z } from 'zod';

/** zod pieces shared by command inputs. Messages are short English; the error carries zh too. */
export const uuid = z.uuid({ message: 'must be an id' });
/** PostgreSQL text cannot hold NUL; refusing it here keeps it a field error, not a database one. */
const noNul = (s: string) => !s.includes('\u0000');
export const text = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine(noNul, 'must not contain NUL characters');
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(noNul, 'must not contain NUL characters')
    .nullish();
export const date = z.date({ message: 'must be a date' });
export const fen = z
  .bigint({ message: 'must be an integer amount of fen' })
  .nonnegative('must not be negative');
export const decimal = z.string().regex(/^-?\d{1,14}(\.\d{1,4})?$/, 'must be a decimal such as "2.00"');
export const expectedVersion = z.number().int().min(1, 'must be a positive version');
