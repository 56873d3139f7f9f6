import { randomBytesPooled } from '../../random-bytes.js';
import { localDay } from './local-date.js';
import { InputError } from '../errors.js';
import { isUniqueViolation, uniqueViolationFields } from '../../db/connection-errors.js';

/**
 * Human-readable business numbers (协议编号, 案件编号): prefix, the agency's local date, random
 * suffix. The database's unique index is the guarantee; the 40-bit suffix makes a clash
 * improbable, and a clash surfaces as CONFLICT rather than a silent overwrite.
 */
export function newNumber(prefix: string, now: Date): string {
  const day = localDay(now).replaceAll('-', '');
  return `${prefix}-${day}-${randomBytesPooled(5).toString('hex').toUpperCase()}`;
}

/**
 * The catch handler of an insert whose number the clerk chose: a clash with the number's unique
 * index (per insurer: Agreement, Finding) is BAD_USER_INPUT beside `input.number`. The index is
 * per insurer so that the clash tells only of the clerk's own insurer's records, which the clerk
 * sees. A generated number's clash, or another index's, is left as it is (CONFLICT: send again).
 */
export function refuseTakenNumber(chosen: string | null | undefined, message: string): (error: unknown) => never {
  return (error) => {
    const onNumber = isUniqueViolation(error) && uniqueViolationFields(error).some((f) => /(^|_)number$/.test(f));
    throw chosen && onNumber ? new InputError([{ path: ['input', 'number'], message }]) : error;
  };
}
