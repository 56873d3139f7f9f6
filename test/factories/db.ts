import type { Prisma, PrismaClient } from '../../server/db/generated/prisma/client.js';

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
