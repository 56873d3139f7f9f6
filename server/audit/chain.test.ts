import { describe, expect, it } from 'vitest';
import { bodyDigest, canonicalBody, canonicalJson, GENESIS_HASH, linkHash, sha256Hex, type EventBody } from './canonical.js';
import { ChainWalker } from './chain.js';
import { verifyProof } from './proof.js';
import { signPayload, verifySignature } from './webhooks/signature.js';
import { audienceAllows, audienceWhere, type AuditAudience } from './audience.js';

const body = (i: number): EventBody => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  source: 'urn:agreement-hub',
  type: 'agreement.signed',
  subject: 'Agreement/x',
  entityType: 'Agreement',
  entityId: 'x',
  time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
  data: { i, nested: { b: 1, a: [1, { d: 2, c: 3 }] } },
  actorType: 'SYSTEM',
  actorId: 'system',
  requestId: null,
  insurerId: null,
  providerId: null,
  partnerId: null,
});

function chain(n: number) {
  const links = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const digest = bodyDigest(body(i));
    const hash = linkHash(prev, BigInt(i), digest);
    links.push({ seq: BigInt(i), prevHash: prev, hash, digest });
    prev = hash;
  }
  return links;
}

describe('canonical form', () => {
  it('sorts keys at every level and renders bigints and dates as strings', () => {
    expect(canonicalJson({ b: 1n, a: { d: new Date(0), c: [undefined, 2] }, u: undefined })).toBe(
      '{"a":{"c":[null,2],"d":"1970-01-01T00:00:00.000Z"},"b":"1"}',
    );
  });

  it('ignores fields outside the body and key order of the input', () => {
    const reordered = Object.fromEntries(Object.entries(body(1)).reverse()) as unknown as EventBody;
    expect(canonicalBody({ ...reordered, seq: 5n, hash: 'x' } as EventBody)).toBe(canonicalBody(body(1)));
    expect(bodyDigest(body(1))).toBe(sha256Hex(canonicalBody(body(1))));
    expect(bodyDigest(body(1))).not.toBe(bodyDigest({ ...body(1), actorId: 'someone' }));
  });
});

describe('ChainWalker', () => {
  it('accepts an intact chain and reports the first broken link by kind', () => {
    const links = chain(5);
    const ok = new ChainWalker(1n, null);
    for (const l of links) expect(ok.add(l)).toBe(true);
    expect(ok.finish(5n)).toBeNull();
    expect(ok.lastHash).toBe(links[4]!.hash);

    const edited = new ChainWalker(1n, null);
    links.forEach((l, i) => edited.add(i === 2 ? { ...l, digest: bodyDigest(body(99)) } : l));
    expect(edited.broken).toMatchObject({ seq: 3n, problem: 'HASH_MISMATCH' });

    const missing = new ChainWalker(1n, null);
    links.filter((l) => l.seq !== 4n).forEach((l) => missing.add(l));
    expect(missing.broken).toMatchObject({ seq: 4n, problem: 'MISSING_EVENT' });

    const tail = new ChainWalker(1n, null);
    links.slice(0, 3).forEach((l) => tail.add(l));
    expect(tail.finish(5n)).toMatchObject({ seq: 4n, problem: 'MISSING_EVENT' });

    const relinked = new ChainWalker(1n, null);
    links.forEach((l, i) => relinked.add(i === 1 ? { ...l, prevHash: 'f'.repeat(64) } : l));
    expect(relinked.broken).toMatchObject({ seq: 2n, problem: 'PREV_HASH_MISMATCH' });

    const checkpointed = new ChainWalker(1n, null, new Map([[4n, 'a'.repeat(64)]]));
    links.forEach((l) => checkpointed.add(l));
    expect(checkpointed.broken).toMatchObject({ seq: 4n, problem: 'CHECKPOINT_MISMATCH' });
  });
});

describe('verifyProof', () => {
  it('folds later digests onto the event up to the trusted checkpoint', () => {
    const links = chain(6);
    const proof = {
      seq: 2n,
      canonicalBody: canonicalBody(body(2)),
      bodyDigest: links[1]!.digest,
      prevHash: links[1]!.prevHash,
      hash: links[1]!.hash,
      links: links.slice(2).map((l) => ({ seq: l.seq, bodyDigest: l.digest })),
    };
    expect(verifyProof(proof, { seq: 6n, hash: links[5]!.hash })).toBe(true);
    expect(verifyProof(proof, { seq: 5n, hash: links[4]!.hash })).toBe(false);
    expect(verifyProof({ ...proof, links: proof.links.slice(1) }, { seq: 6n, hash: links[5]!.hash })).toBe(false);
  });
});

describe('webhook signatures', () => {
  it('verifies its own signature, and refuses another secret, another body or an old timestamp', () => {
    const t = 1_800_000_000;
    const header = signPayload('whsec_a', t, '{"seq":"1"}');
    expect(verifySignature('whsec_a', header, '{"seq":"1"}', t)).toBe(true);
    expect(verifySignature('whsec_b', header, '{"seq":"1"}', t)).toBe(false);
    expect(verifySignature('whsec_a', header, '{"seq":"2"}', t)).toBe(false);
    expect(verifySignature('whsec_a', header, '{"seq":"1"}', t + 3600)).toBe(false);
    expect(verifySignature('whsec_a', undefined, '{"seq":"1"}', t)).toBe(false);
  });
});

describe('audience', () => {
  it('lets an entrusted partner see its insurers’ supervision events but not other partners’, tip-offs or credentials', () => {
    const partner: AuditAudience = { kind: 'partner', partnerId: 'p1', entrustedBy: ['i1'] };
    const e = (entityType: string, insurerId: string | null, partnerId: string | null) => ({ entityType, insurerId, partnerId, providerId: null });
    expect(audienceAllows(partner, e('Finding', 'i1', null))).toBe(true);
    expect(audienceAllows(partner, e('Agreement', 'i2', 'p1'))).toBe(true);
    expect(audienceAllows(partner, e('Agreement', 'i1', 'p2'))).toBe(false);
    expect(audienceAllows(partner, e('TipOff', 'i1', null))).toBe(false);
    expect(audienceAllows(partner, e('ApiKey', 'i1', null))).toBe(false);
    expect(audienceAllows(partner, e('Finding', 'i2', null))).toBe(false);
    expect(audienceWhere({ kind: 'none' })).toEqual({ seq: { lt: 0 } });
  });
});
