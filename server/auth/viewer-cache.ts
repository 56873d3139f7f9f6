import type { Viewer } from './viewer.js';

/**
 * A short-lived, bounded cache of the viewers resolved for API keys (by key hash), so that a
 * busy integration does not pay a key lookup per request (bench/RESULTS.md).
 *
 * What stays immediate:
 * - revocation (revokeApiKey, rotateApiKey without grace, in this process or, via the
 *   `credential_revoked` NOTIFY, in another replica): `forget(credentialId)` drops the entry,
 *   and bumps `generation` so a lookup that was already in flight cannot store what it read
 *   before the revocation committed;
 * - key expiry: an entry never outlives its key's `expiresAt` (a grace-period rotation sets an
 *   expiry at least a minute away, longer than the TTL, so the entry never hides it).
 * What may lag by up to TTL_MS: changes written to ApiKey/ApiClient directly in the database
 * without a revocation announcement (e.g. an operator disabling a client by SQL). A command that
 * disables a client must announce the revocation of its keys, as revokeApiKey does.
 */
export const VIEWER_CACHE_TTL_MS = 5_000;
export const VIEWER_CACHE_MAX_ENTRIES = 1_000;

interface Entry {
  viewer: Viewer;
  /** Epoch ms after which the entry is not used: cached time + TTL, or the key's expiry if sooner. */
  validUntil: number;
}

export class ViewerCache {
  /** Map order is insertion order: re-inserting on a hit makes the first key the least recently used. */
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every forget/clear; a lookup started under an older generation is not stored. */
  generation = 0;

  constructor(
    private readonly ttlMs = VIEWER_CACHE_TTL_MS,
    private readonly maxEntries = VIEWER_CACHE_MAX_ENTRIES,
  ) {}

  get(keyHash: string, nowMs: number): Viewer | null {
    const entry = this.entries.get(keyHash);
    if (!entry) return null;
    this.entries.delete(keyHash);
    if (nowMs >= entry.validUntil) return null;
    this.entries.set(keyHash, entry);
    // A copy: a request must not be able to change the viewer another request sees.
    return { ...entry.viewer };
  }

  set(keyHash: string, viewer: Viewer, nowMs: number, expiresAtMs: number | null, generation: number): void {
    if (generation !== this.generation) return;
    const validUntil = Math.min(nowMs + this.ttlMs, expiresAtMs ?? Number.POSITIVE_INFINITY);
    if (validUntil <= nowMs) return;
    this.entries.delete(keyHash);
    this.entries.set(keyHash, { viewer: { ...viewer }, validUntil });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Drops the entry of one credential (an API key id). */
  forget(credentialId: string): void {
    this.generation++;
    for (const [keyHash, entry] of this.entries) {
      if (entry.viewer.credentialId === credentialId) this.entries.delete(keyHash);
    }
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
