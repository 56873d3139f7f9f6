import DataLoader from 'dataloader';
import { createContextCache } from '@pothos/core';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Penalty, Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';

type PenaltyQuery = { select?: Prisma.PenaltySelect; include?: Prisma.PenaltyInclude };
// The row holds the selected columns only, as a prisma field's `findFirst({ ...query })` would.
type PenaltyRow = Penalty;

/**
 * Rows that only carry a penalty's id (documents, referrals) resolve `penalty` through one
 * loader per request and per selection: a page of rows reads its penalties in one `findMany`
 * instead of one query per row. The loader belongs to the request's context, so it reads with
 * that viewer's client (row-level security) and tenant filter, and a penalty the viewer may
 * not read comes back as null.
 */
const loadersOf = createContextCache(() => new Map<string, DataLoader<string, PenaltyRow | null>>());

export function penaltyById(ctx: Context, query: PenaltyQuery, penaltyId: string): Promise<PenaltyRow | null> {
  const loaders = loadersOf(ctx);
  // Fields asked for differently (another selection, nested arguments) make another batch.
  const key = JSON.stringify(query, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, PenaltyRow | null>((ids) => loadPenalties(ctx, query, ids));
    loaders.set(key, loader);
  }
  return loader.load(penaltyId);
}

async function loadPenalties(ctx: Context, query: PenaltyQuery, ids: readonly string[]) {
  // The id is how a row finds its penalty again, whatever the selection asked for.
  const selection = query.select ? { ...query, select: { ...query.select, id: true } } : query;
  const rows = (await requestDb(ctx).penalty.findMany({
    ...selection,
    where: { AND: [{ id: { in: [...ids] } }, visible.penalty(ctx.viewer)] },
  })) as PenaltyRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
