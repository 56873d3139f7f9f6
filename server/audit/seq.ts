import { InputError } from '../domain/errors.js';

/** Parses a seq / cursor argument (decimal digits); a malformed one names its argument. */
export function parseSeq(value: string | null | undefined, argument: string): bigint | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{1,19}$/.test(value)) throw new InputError([{ path: [argument], message: 'must be a sequence number (decimal digits)' }]);
  return BigInt(value);
}
