import type { PrismaClient } from '../db/database.js';
import { bodyDigest } from './canonical.js';
import { ChainWalker, type ChainBreak } from './chain.js';

export interface ChainReport {
  ok: boolean;
  fromSeq: bigint;
  /** Last seq examined (the head when no upper bound was given); null for an empty log. */
  toSeq: bigint | null;
  checkedCount: number;
  /** The first link that does not hold. */
  firstBroken: ChainBreak | null;
  /** Hash of the last verified event (compare with a published checkpoint). */
  lastHash: string | null;
}

const PAGE = 1000;

/**
 * Recomputes the chain over [from, to] from the stored rows: each body digest, each link hash,
 * each prevHash against its predecessor, seq continuity, and every published checkpoint in the
 * range. Reads in pages so a long range never holds the whole log in memory.
 */
export async function verifyAuditChain(prisma: PrismaClient, range: { from?: bigint; to?: bigint } = {}): Promise<ChainReport> {
  const from = range.from && range.from > 1n ? range.from : 1n;
  const head = await prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
  const to = head ? (range.to !== undefined && range.to < head.seq ? range.to : head.seq) : null;
  const report = (walker: ChainWalker | null, broken: ChainBreak | null): ChainReport => ({
    ok: broken === null,
    fromSeq: from,
    toSeq: to,
    checkedCount: walker?.checked ?? 0,
    firstBroken: broken,
    lastHash: walker?.lastHash ?? null,
  });
  if (to === null || to < from) return report(null, null);

  let anchor: string | null = null;
  if (from > 1n) {
    const prev = await prisma.auditEvent.findUnique({ where: { seq: from - 1n }, select: { hash: true } });
    if (!prev) return report(null, { seq: from - 1n, problem: 'MISSING_EVENT', message: `event ${from - 1n} is missing` });
    anchor = prev.hash;
  }
  const checkpoints = await prisma.auditCheckpoint.findMany({ where: { seq: { gte: from, lte: to } } });
  const walker = new ChainWalker(from, anchor, new Map(checkpoints.map((c) => [c.seq, c.hash])));

  let after = from - 1n;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: { seq: { gt: after, lte: to } },
      orderBy: { seq: 'asc' },
      take: PAGE,
    });
    for (const row of rows) {
      if (!walker.add({ seq: row.seq, prevHash: row.prevHash, hash: row.hash, digest: bodyDigest(row) })) {
        return report(walker, walker.broken);
      }
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.seq;
  }
  return report(walker, walker.finish(to));
}
