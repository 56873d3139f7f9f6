import type { PrismaClient, Tx } from '../db/database.js';
import { entrustingInsurer } from './declare.js';

/**
 * The insurers entrusting a partner with supervisory work, read once per request (or per
 * subscription) and handed to the database as `hub.entrusting`, so the row policies compare
 * a column with a short list instead of re-deriving the entrustment on every row.
 * Always read as the hub (the caller passes the base client): the partner agreements that
 * establish an entrustment are the input of the rule, not something the viewer reads.
 */
export async function entrustingInsurerIds(prisma: PrismaClient | Tx, partnerId: string): Promise<string[]> {
  const insurers = await prisma.insurer.findMany({
    where: entrustingInsurer(partnerId),
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return insurers.map((i) => i.id);
}
