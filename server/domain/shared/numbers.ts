import { randomBytes } from 'node:crypto';
import { localDay } from './local-date.js';

/**
 * Human-readable business numbers (协议编号, 案件编号): prefix, the agency's local date, random
 * suffix. The database's unique index is the guarantee; the 40-bit suffix makes a clash
 * improbable, and a clash surfaces as CONFLICT rather than a silent overwrite.
 */
export function newNumber(prefix: string, now: Date): string {
  const day = localDay(now).replaceAll('-', '');
  return `${prefix}-${day}-${randomBytes(5).toString('hex').toUpperCase()}`;
}
