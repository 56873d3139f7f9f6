import type { Prisma } from '../../db/generated/prisma/client.js';

/**
 * The published model: exactly the columns the anonymous view returns. Tenant ids, source ids
 * and withdrawal data are not in it; every route and test reads this one list.
 */
export const PUBLIC_SELECT = {
  id: true,
  kind: true,
  insurerNameZh: true,
  insurerNameEn: true,
  providerNameZh: true,
  providerNameEn: true,
  providerKind: true,
  regionCode: true,
  violationsZh: true,
  violationsEn: true,
  measures: true,
  amountFen: true,
  creditGrade: true,
  year: true,
  decidedOn: true,
  publishedAt: true,
} as const satisfies Prisma.PublicDisclosureSelect;

export const PUBLIC_FIELDS = Object.keys(PUBLIC_SELECT);

/** Only what is published now: a withdrawn row disappears with the withdrawal's commit. */
export const PUBLISHED_NOW: Prisma.PublicDisclosureWhereInput = { withdrawnAt: null };

type PublicRow = Prisma.PublicDisclosureGetPayload<{ select: typeof PUBLIC_SELECT }>;

/** JSON-safe: money as a string of fen, dates as ISO strings. */
export function toPublicJson(row: PublicRow) {
  return {
    ...row,
    amountFen: row.amountFen === null ? null : row.amountFen.toString(),
    decidedOn: row.decidedOn.toISOString().slice(0, 10),
    publishedAt: row.publishedAt.toISOString(),
  };
}
