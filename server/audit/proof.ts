import type { PrismaClient } from '../db/database.js';
import { bodyDigest, canonicalBody, linkHash, sha256Hex } from './canonical.js';

/**
 * Per-event proofs against published checkpoints. A checkpoint is the chain's hash at some
 * seq, published (kept by partners, printed in reports); a proof lets a partner show offline
 * that an event is part of the chain that ends in that checkpoint, learning nothing about the
 * other events on the way (they appear only as body digests).
 */
export interface ProofLink {
  seq: bigint;
  bodyDigest: string;
}

export interface AuditProof {
  seq: bigint;
  /** The event's canonical body: SHA-256 of it is `bodyDigest`. */
  canonicalBody: string;
  bodyDigest: string;
  prevHash: string;
  hash: string;
  /** Digests of the events after this one, up to and including the checkpoint's seq. */
  links: ProofLink[];
  checkpoint: { seq: bigint; hash: string; publishedAt: Date };
}

/** Publishes the current head as a checkpoint (idempotent; several processes may race). */
export async function publishCheckpoint(prisma: PrismaClient): Promise<{ seq: bigint; hash: string } | null> {
  const head = await prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  if (!head) return null;
  await prisma.auditCheckpoint.createMany({ data: [{ seq: head.seq, hash: head.hash }], skipDuplicates: true });
  return head;
}

/** Longest proof served; checkpoints are published often enough that this is not reached. */
export const MAX_PROOF_LINKS = 10_000;

/** Null when the event does not exist or no checkpoint covers it yet. */
export async function buildProof(prisma: PrismaClient, seq: bigint): Promise<AuditProof | null> {
  const event = await prisma.auditEvent.findUnique({ where: { seq } });
  if (!event) return null;
  const checkpoint = await prisma.auditCheckpoint.findFirst({ where: { seq: { gte: seq } }, orderBy: { seq: 'asc' } });
  if (!checkpoint || checkpoint.seq - seq > BigInt(MAX_PROOF_LINKS)) return null;
  const later = await prisma.auditEvent.findMany({ where: { seq: { gt: seq, lte: checkpoint.seq } }, orderBy: { seq: 'asc' } });
  return {
    seq,
    canonicalBody: canonicalBody(event),
    bodyDigest: bodyDigest(event),
    prevHash: event.prevHash,
    hash: event.hash,
    links: later.map((row) => ({ seq: row.seq, bodyDigest: bodyDigest(row) })),
    checkpoint: { seq: checkpoint.seq, hash: checkpoint.hash, publishedAt: checkpoint.publishedAt },
  };
}

/**
 * What a partner runs offline: the body hashes to its digest, the event's link hash is its
 * stated hash, and folding the later digests onto it ends exactly at the checkpoint hash the
 * partner holds (from the publication, not from the proof).
 */
export function verifyProof(
  proof: { seq: bigint | string; canonicalBody: string; bodyDigest: string; prevHash: string; hash: string; links: { seq: bigint | string; bodyDigest: string }[] },
  trusted: { seq: bigint | string; hash: string },
): boolean {
  if (sha256Hex(proof.canonicalBody) !== proof.bodyDigest) return false;
  let seq = BigInt(proof.seq);
  let hash = linkHash(proof.prevHash, seq, proof.bodyDigest);
  if (hash !== proof.hash) return false;
  for (const link of proof.links) {
    if (BigInt(link.seq) !== seq + 1n) return false;
    seq += 1n;
    hash = linkHash(hash, seq, link.bodyDigest);
  }
  return seq === BigInt(trusted.seq) && hash === trusted.hash;
}
