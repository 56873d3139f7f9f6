import type { Prisma, PrismaClient } from '../../server/db/generated/prisma/client.js';
import { localDay } from '../../server/domain/shared/local-date.js';

/**
 * Records for tests are written straight through Prisma (no domain rules, no audit events), so a
 * test can set up any state, including ones the domain would refuse. Every factory takes the
 * required parents and overridable fields; unique codes and numbers come from `uniq`.
 */
export type Db = PrismaClient | Prisma.TransactionClient;

let counter = 0;
const run = Math.random().toString(36).slice(2, 6).toUpperCase();
/** A unique suffix per call (per process; each test file has its own database anyway). */
export function uniq(prefix = ''): string {
  counter += 1;
  return `${prefix}${run}${String(counter).padStart(5, '0')}`;
}

/** The next number of the same counter, for digits-only identifiers (identity card numbers). */
export function serial(): number {
  counter += 1;
  return counter;
}

export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * The end of a default agreement term: 31 December three years after this one on the agency's
 * calendar, so a factory agreement is in force on whatever day the suite runs. A fixed end
 * (it was 2027-12-31) made every test that moves the clock months ahead (a suspension's term, a
 * job run "in 3 months") see the agreement expire once the real calendar came near that day.
 */
export const termEndInForce = (): Date => day(`${Number(localDay(new Date()).slice(0, 4)) + 3}-12-31`);
