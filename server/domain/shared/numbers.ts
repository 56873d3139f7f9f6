import { randomBytes } from 'node:crypto';

/**
 * Human-readable business numbers (协议编号, 案件编号): prefix, UTC date, random suffix. The
 * database's unique index is the guarantee; the 40-bit suffix makes a clash improbable, and a
 * clash surfaces as CONFLICT rather than a silent overwrite.
 */
export function newNumber(prefix: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `${prefix}-${day}-${randomBytes(5).toString('hex').toUpperCase()}`;
}
