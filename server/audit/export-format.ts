import { bodyDigest, GENESIS_HASH, HASH_FORMAT, type EventBody } from './canonical.js';
import { ChainWalker, type ChainBreak } from './chain.js';

/**
 * The NDJSON export: one header line, then one line per seq in the range. Events the
 * exporter may see are written whole (`kind: "event"`); the others as bare links
 * (`kind: "link"`: seq, bodyDigest, prevHash, hash) that reveal nothing but keep the chain
 * verifiable from the file alone. This module has no database dependency: the offline
 * verifier (scripts/verify-audit-export.ts) runs it.
 */
export const EXPORT_FORMAT = 'agreement-hub-audit-export/1';

export interface ExportHeader {
  kind: 'header';
  format: typeof EXPORT_FORMAT;
  hashFormat: typeof HASH_FORMAT;
  from: string;
  to: string | null;
  /** Hash of the event before `from` (GENESIS for from = 1): where the file's chain hangs. */
  anchorPrevHash: string | null;
  exportedAt: string;
  checkpoints: { seq: string; hash: string }[];
}

export type ExportEventLine = Omit<EventBody, 'time'> & { kind: 'event'; seq: string; time: string; prevHash: string; hash: string };
export interface ExportLinkLine {
  kind: 'link';
  seq: string;
  bodyDigest: string;
  prevHash: string;
  hash: string;
}

export function eventLine(row: EventBody & { seq: bigint; prevHash: string; hash: string }): ExportEventLine {
  return {
    kind: 'event',
    seq: row.seq.toString(),
    id: row.id,
    source: row.source,
    type: row.type,
    subject: row.subject,
    entityType: row.entityType,
    entityId: row.entityId,
    time: new Date(row.time).toISOString(),
    data: row.data,
    actorType: row.actorType,
    actorId: row.actorId,
    requestId: row.requestId,
    insurerId: row.insurerId,
    providerId: row.providerId,
    partnerId: row.partnerId,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export function linkLine(row: EventBody & { seq: bigint; prevHash: string; hash: string }): ExportLinkLine {
  return { kind: 'link', seq: row.seq.toString(), bodyDigest: bodyDigest(row), prevHash: row.prevHash, hash: row.hash };
}

export interface ExportVerification {
  ok: boolean;
  events: number;
  links: number;
  fromSeq: string | null;
  toSeq: string | null;
  lastHash: string | null;
  broken: (Omit<ChainBreak, 'seq'> & { seq: string }) | null;
}

/**
 * Verifies an export from its lines alone. `trusted` checkpoints (seq → hash) come from the
 * verifier's own records; the header's checkpoints are checked too, but only trusted ones
 * prove the file was not rebuilt wholesale.
 */
export async function verifyExport(lines: AsyncIterable<string> | Iterable<string>, trusted: Map<bigint, string> = new Map()): Promise<ExportVerification> {
  let header: ExportHeader | null = null;
  let walker: ChainWalker | null = null;
  let events = 0;
  let links = 0;
  const result = (broken: ChainBreak | null): ExportVerification => ({
    ok: broken === null && header !== null,
    events,
    links,
    fromSeq: header?.from ?? null,
    toSeq: walker?.lastSeq?.toString() ?? null,
    lastHash: walker?.lastHash ?? null,
    broken: broken ? { ...broken, seq: broken.seq.toString() } : null,
  });
  for await (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    const line = JSON.parse(text) as ExportHeader | ExportEventLine | ExportLinkLine;
    if (line.kind === 'header') {
      if (header) throw new Error('two header lines');
      if (line.format !== EXPORT_FORMAT || line.hashFormat !== HASH_FORMAT) throw new Error(`unknown export format ${line.format}`);
      header = line;
      const from = BigInt(line.from);
      const checkpoints = new Map(trusted);
      for (const c of line.checkpoints) if (!checkpoints.has(BigInt(c.seq))) checkpoints.set(BigInt(c.seq), c.hash);
      walker = new ChainWalker(from, from === 1n ? GENESIS_HASH : line.anchorPrevHash, checkpoints);
      continue;
    }
    if (!walker) throw new Error('the first line must be the header');
    const seq = BigInt(line.seq);
    const digest = line.kind === 'event' ? bodyDigest(line) : line.bodyDigest;
    if (line.kind === 'event') events += 1;
    else links += 1;
    if (!walker.add({ seq, prevHash: line.prevHash, hash: line.hash, digest })) return result(walker.broken);
  }
  if (!header || !walker) throw new Error('no header line');
  return result(walker.finish(header.to === null ? null : BigInt(header.to)));
}
