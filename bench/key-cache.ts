/**
 * The API-key check of the two non-hub servers (SQL limit and PostGraphile), on the same terms
 * as the hub: the key's prefix finds its row, the secret must match its hash, a revoked,
 * expired or disabled key is refused, and a key that passed is trusted for 5 s without asking
 * the database again (the hub's server/auth/viewer-cache.ts uses the same TTL). Without the
 * cache the SQL "limit" sent two statements per request where the hub sends one.
 */
import type pg from 'pg';
import { apiKeyMatches, parseApiKey } from '../server/auth/api-key.js';
import { VIEWER_CACHE_TTL_MS } from '../server/auth/viewer-cache.js';

interface AuthRow {
  keyHash: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  disabledAt: Date | null;
  insurerId: string | null;
}

/** The authenticating statement: the key by its prefix with its client (as resolve-viewer does). */
const SQL_AUTH = {
  name: 'bench_auth',
  text: `SELECT k."keyHash", k."revokedAt", k."expiresAt", c."disabledAt", c."insurerId"
         FROM "ApiKey" k JOIN "ApiClient" c ON c.id = k."apiClientId" WHERE k.prefix = $1`,
};

export class InsurerKeyCache {
  private readonly entries = new Map<string, { insurerId: string; validUntil: number }>();
  /** Statements sent to look keys up (the report counts them with the data statements). */
  lookups = 0;

  constructor(private readonly pool: pg.Pool) {}

  /** The insurer a presented `Authorization` header acts for, or null (→ 401). */
  async insurerOf(authorization: string | undefined): Promise<string | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const key = match[1]!;
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && now < cached.validUntil) return cached.insurerId;
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    this.lookups++;
    const { rows } = await this.pool.query<AuthRow>({ ...SQL_AUTH, values: [parsed.prefix] });
    const row = rows[0];
    if (!row || !apiKeyMatches(key, row.keyHash)) return null;
    if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now) || row.disabledAt || !row.insurerId) return null;
    const validUntil = Math.min(now + VIEWER_CACHE_TTL_MS, row.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    this.entries.set(key, { insurerId: row.insurerId, validUntil });
    return row.insurerId;
  }
}
