import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne, asSuperuser } from '../support/audit.js';
import { insurerAdmin, partnerViewer, platformAdmin, providerStaff, anonymous } from '../factories/viewers.js';
import { createInsurer, createPartner, createProvider } from '../factories/records.js';
import { ok, refused } from './mutation-helpers.js';
import { bodyDigest, GENESIS_HASH, linkHash } from '../../server/audit/canonical.js';
import { publishCheckpoint, verifyProof } from '../../server/audit/proof.js';

/**
 * The audit log itself: seq in commit order under concurrency, the hash chain, the database
 * refusing edits, verifyAuditChain naming the broken link after a superuser's tamper, the
 * connection with its filters and tenant visibility, and offline proofs.
 */
let hub: TestHub;
let insurerA: string;
let insurerB: string;
let providerA: string;
let partnerP: string;

const VERIFY = `query($from: String, $to: String) { verifyAuditChain(from: $from, to: $to) {
  ok fromSeq toSeq checkedCount lastHash firstBroken { seq problem message } } }`;
type Verify = { verifyAuditChain: { ok: boolean; checkedCount: number; firstBroken: { seq: string; problem: string } | null } };

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = (await createInsurer(hub.prisma)).id;
  insurerB = (await createInsurer(hub.prisma)).id;
  providerA = (await createProvider(hub.prisma, { insurerId: insurerA })).id;
  partnerP = (await createPartner(hub.prisma)).id;
});
afterAll(() => hub?.close());

describe('append', () => {
  it('gives concurrent appends gap-free seqs in commit order, each linked to its predecessor', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendOne(hub.prisma, { data: { i, big: 12345678901234567890n } })));
    const rows = await hub.prisma.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toBe(linkHash(prev, row.seq, bodyDigest(row)));
      prev = row.hash;
    }
    expect(rows[0]!.data).toMatchObject({ big: '12345678901234567890' });
    expect(rows[0]!.subject).toBe('Agreement/00000000-0000-4000-8000-000000000000');
    const report = ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin()));
    expect(report.verifyAuditChain).toMatchObject({ ok: true, checkedCount: 40, firstBroken: null });
  });

  it('is refused by the database when the application role updates, deletes or truncates', async () => {
    await expect(hub.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "type" = 'x' WHERE "seq" = 1`)).rejects.toThrow(/append-only/);
    await expect(hub.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 2`)).rejects.toThrow(/append-only/);
    await expect(hub.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(hub.prisma.auditEvent.update({ where: { seq: 3n }, data: { actorId: 'x' } })).rejects.toThrow(/append-only/);
    expect(await hub.prisma.auditEvent.count()).toBe(40);
    expect((await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 1n } })).type).toBe('test.appended');
  });
});

describe('verifyAuditChain after a superuser tamper', () => {
  it('names an edited row (HASH_MISMATCH), then the link after a rewritten hash (PREV_HASH_MISMATCH), then a deleted row', async () => {
    const original = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 7n } });
    await asSuperuser(hub.db, `UPDATE "AuditEvent" SET "data" = '{"i": 999}' WHERE "seq" = 7`);
    let report = ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain;
    expect(report).toMatchObject({ ok: false, firstBroken: { seq: '7', problem: 'HASH_MISMATCH' } });

    // A careful forger recomputes row 7's hash: then row 8 no longer links to it.
    const forged = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 7n } });
    const forgedHash = linkHash(forged.prevHash, 7n, bodyDigest(forged));
    await asSuperuser(hub.db, `UPDATE "AuditEvent" SET "hash" = '${forgedHash}' WHERE "seq" = 7`);
    report = ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain;
    expect(report).toMatchObject({ ok: false, firstBroken: { seq: '8', problem: 'PREV_HASH_MISMATCH' } });

    await asSuperuser(
      hub.db,
      `UPDATE "AuditEvent" SET "data" = '${JSON.stringify(original.data)}', "hash" = '${original.hash}' WHERE "seq" = 7`,
    );
    expect(ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain.ok).toBe(true);

    const row12 = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: 12n } });
    await asSuperuser(hub.db, `DELETE FROM "AuditEvent" WHERE "seq" = 12`);
    report = ok(await hub.exec<Verify>(VERIFY, { from: '5' }, platformAdmin())).verifyAuditChain;
    expect(report).toMatchObject({ ok: false, firstBroken: { seq: '12', problem: 'MISSING_EVENT' } });
    await asSuperuser(
      hub.db,
      `INSERT INTO "AuditEvent" SELECT * FROM json_populate_record(NULL::"AuditEvent", '${JSON.stringify({ ...row12, seq: row12.seq.toString() }).replaceAll("'", "''")}')`,
    );
    expect(ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain.ok).toBe(true);
  });

  it('detects a consistently rewritten tail against a published checkpoint', async () => {
    await publishCheckpoint(hub.prisma);
    const head = await hub.prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    const forgedHash = linkHash(head.prevHash, head.seq, bodyDigest({ ...head, data: { forged: true } }));
    await asSuperuser(hub.db, `UPDATE "AuditEvent" SET "data" = '{"forged": true}', "hash" = '${forgedHash}' WHERE "seq" = ${head.seq}`);
    const report = ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain;
    expect(report).toMatchObject({ ok: false, firstBroken: { seq: head.seq.toString(), problem: 'CHECKPOINT_MISMATCH' } });
    await asSuperuser(hub.db, `UPDATE "AuditEvent" SET "data" = '${JSON.stringify(head.data)}', "hash" = '${head.hash}' WHERE "seq" = ${head.seq}`);
    expect(ok(await hub.exec<Verify>(VERIFY, {}, platformAdmin())).verifyAuditChain.ok).toBe(true);
  });
});

describe('auditEvents connection', () => {
  const LIST = `query($after: String, $first: Int, $types: [String!], $subject: String, $actor: String, $timeFrom: DateTime) {
    auditEvents(after: $after, first: $first, types: $types, subject: $subject, actor: $actor, timeFrom: $timeFrom) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { seq type subject actorId hash bodyDigest } } } }`;
  type List = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { cursor: string; node: { seq: string; type: string; subject: string } }[] } };

  let base: bigint;
  beforeAll(async () => {
    base = (await hub.prisma.auditEvent.count()) > 0 ? BigInt(await hub.prisma.auditEvent.count()) : 0n;
    await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerA, providerId: providerA, entityId: providerA });
    await appendOne(hub.prisma, { type: 'finding.recorded', entityType: 'Finding', insurerId: insurerA, providerId: providerA });
    await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerB });
    await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerA, partnerId: partnerP, actor: partnerViewer(partnerP) });
  });

  it('pages by seq cursor and filters by type, subject, actor and time', async () => {
    const page1 = ok(await hub.exec<List>(LIST, { after: base.toString(), first: 2 }, platformAdmin())).auditEvents;
    expect(page1.edges.map((e) => e.node.seq)).toEqual([`${base + 1n}`, `${base + 2n}`]);
    expect(page1.edges.map((e) => e.cursor)).toEqual([`${base + 1n}`, `${base + 2n}`]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await hub.exec<List>(LIST, { after: page1.pageInfo.endCursor, first: 10 }, platformAdmin())).auditEvents;
    expect(page2.edges.map((e) => e.node.seq)).toEqual([`${base + 3n}`, `${base + 4n}`]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const signed = ok(await hub.exec<List>(LIST, { types: ['agreement.signed'] }, platformAdmin())).auditEvents;
    expect(signed.totalCount).toBe(3);
    const bySubject = ok(await hub.exec<List>(LIST, { subject: `Agreement/${providerA}` }, platformAdmin())).auditEvents;
    expect(bySubject.edges.map((e) => e.node.seq)).toEqual([`${base + 1n}`]);
    const byActor = ok(await hub.exec<List>(LIST, { actor: partnerViewer(partnerP).actorId }, platformAdmin())).auditEvents;
    expect(byActor.edges.map((e) => e.node.seq)).toEqual([`${base + 4n}`]);
    const future = ok(await hub.exec<List>(LIST, { timeFrom: new Date(Date.now() + 60_000).toISOString() }, platformAdmin())).auditEvents;
    expect(future.totalCount).toBe(0);
  });

  it('shows each viewer only its tenant’s events, and refuses anonymous callers', async () => {
    const seqs = async (viewer: Parameters<TestHub['exec']>[2]) =>
      ok(await hub.exec<List>(LIST, { after: base.toString() }, viewer)).auditEvents.edges.map((e) => Number(BigInt(e.node.seq) - base));
    expect(await seqs(insurerAdmin(insurerA))).toEqual([1, 2, 4]);
    expect(await seqs(insurerAdmin(insurerB))).toEqual([3]);
    expect(await seqs(providerStaff(providerA))).toEqual([1, 2]);
    expect(await seqs(partnerViewer(partnerP))).toEqual([4]);
    refused(await hub.exec(LIST, {}, anonymous()), 'FORBIDDEN');
    refused(await hub.exec(LIST, { after: 'abc' }, platformAdmin()), 'BAD_USER_INPUT');
  });
});

describe('auditEventProof', () => {
  const PROOF = `query($seq: String!) { auditEventProof(seq: $seq) {
    seq canonicalBody bodyDigest prevHash hash links { seq bodyDigest } checkpoint { seq hash } } }`;
  type Proof = {
    auditEventProof: {
      seq: string; canonicalBody: string; bodyDigest: string; prevHash: string; hash: string;
      links: { seq: string; bodyDigest: string }[]; checkpoint: { seq: string; hash: string };
    } | null;
  };

  it('proves an event against a published checkpoint offline, and only to viewers who may see it', async () => {
    const { seq } = await appendOne(hub.prisma, { type: 'penalty.issued', entityType: 'Penalty', insurerId: insurerA });
    await appendOne(hub.prisma, { insurerId: insurerB });
    expect(ok(await hub.exec<Proof>(PROOF, { seq: seq.toString() }, insurerAdmin(insurerA))).auditEventProof).toBeNull();
    const published = (await publishCheckpoint(hub.prisma))!;

    const proof = ok(await hub.exec<Proof>(PROOF, { seq: seq.toString() }, insurerAdmin(insurerA))).auditEventProof!;
    expect(proof.checkpoint).toEqual({ seq: published.seq.toString(), hash: published.hash });
    expect(proof.links.map((l) => l.seq)).toEqual([(seq + 1n).toString()]);
    expect(JSON.parse(proof.canonicalBody)).toMatchObject({ type: 'penalty.issued', insurerId: insurerA });
    // The partner checks it against the checkpoint hash it kept, not the one in the proof.
    expect(verifyProof(proof, published)).toBe(true);
    expect(verifyProof({ ...proof, canonicalBody: proof.canonicalBody.replace('penalty.issued', 'penalty.closed') }, published)).toBe(false);
    expect(verifyProof(proof, { seq: published.seq, hash: 'f'.repeat(64) })).toBe(false);
    expect(ok(await hub.exec<Proof>(PROOF, { seq: seq.toString() }, insurerAdmin(insurerB))).auditEventProof).toBeNull();
  });
});
