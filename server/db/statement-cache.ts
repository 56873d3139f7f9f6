import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Prepared statements for every statement the hub sends to PostgreSQL, bounded per connection.
 *
 * Why: planning, not execution, was most of PostgreSQL's work for the hub's reads. The
 * row-level-security policies (server/policy) expand every statement with their subqueries,
 * and an unnamed statement is planned again at each execution: q1 of `npm run bench`
 * (agreement + provider + insurer by id) planned for ~2.1 ms to run for ~0.14 ms; the rule
 * evaluation of `checkClaim` planned for ~25 ms to run for a few. A named statement is parsed
 * once per connection and, after five executions, PostgreSQL may keep a generic plan and stop
 * planning it (bench/PERFORMANCE.md "Prepared statements").
 *
 * Safe with the viewer's row security: the policies read the viewer from session settings at
 * execution (`current_setting`), not at planning, and PostgreSQL replans a cached plan that
 * depends on row security when the session's role changes (server/policy/viewer-session.ts
 * switches it between the hub and its viewers).
 *
 * Bounded: statement texts vary (list lengths, selections), so each connection keeps its
 * STATEMENTS_PER_CONNECTION most recently used statements and DEALLOCATEs the rest. Memory:
 * a cached statement with its plan took 20–330 KB in the backend (q1 ~130 KB, the nested q2
 * ~330 KB); under `npm run bench` the hub's backends held 3.8–6.6 MB in all, PostGraphile's
 * 2.3–2.4 MB. The worst case, 100 large statements, is ~35 MB per connection. A dropped
 * statement's name is never reused (a query already queued under it still finds it), so the
 * next use of the same text prepares it under a new name.
 *
 * Self-healing: a statement whose result changed shape under it (a migration run by another
 * replica) or that the session lost (a pooler's DEALLOCATE ALL) is prepared afresh; outside a
 * transaction the failed run is repeated once, so the caller never sees it.
 */
export const STATEMENTS_PER_CONNECTION = 100;

const KEY_PREFIX = 'k_';
/** Transaction control: nothing to plan, and Prisma sends it around every transaction. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * Keys of texts seen lately: the same few texts come back on every request, and a map lookup
 * costs less than hashing the text again (bench/PERFORMANCE.md "q1's fixed cost"). Bounded,
 * oldest first out, and only texts up to KNOWN_TEXT_CHARS (at most ~32 MB of texts).
 */
const KNOWN_KEYS = 2000;
const KNOWN_TEXT_CHARS = 16_384;
const keys = new Map<string, string>();

/**
 * `statementNameGenerator` for @prisma/adapter-pg: a key derived from the text, which
 * StatementCachingClient turns into its own prepared name. Only for pools of that client.
 */
export function statementKey(query: { sql: string }): string {
  const known = keys.get(query.sql);
  if (known !== undefined) return known;
  const key = TRANSACTION_CONTROL.test(query.sql) ? '' : KEY_PREFIX + createHash('sha1').update(query.sql).digest('base64url');
  if (query.sql.length > KNOWN_TEXT_CHARS) return key;
  if (keys.size >= KNOWN_KEYS) keys.delete(keys.keys().next().value as string);
  keys.set(query.sql, key);
  return key;
}

type Connection = { parsedStatements: Record<string, string>; on(event: string, fn: (msg: { status: string }) => void): void };
type Query = (...args: unknown[]) => Promise<unknown>;

/**
 * A prepared statement the session no longer has as planned: its result changed shape (a
 * migration added a column to a table it reads with `*`: "cached plan must not change result
 * type"), or the session lost its statements (DEALLOCATE ALL / DISCARD ALL by a pooler).
 */
function isStale(error: unknown): 'shape' | 'lost' | null {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '0A000' && message?.includes('cached plan must not change result type')) return 'shape';
  if (code === '26000') return 'lost';
  return null;
}

/** A pg client that prepares keyed statements under its own names, LRU-bounded (see above). */
export class StatementCachingClient extends pg.Client {
  /** key → prepared name, least recently used first (a Map keeps insertion order). */
  readonly #names = new Map<string, string>();
  #next = 0;
  /** The session's transaction status after the last statement: 'I' idle, 'T' in one, 'E' failed. */
  #status = 'I';

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Registered before pg's own listener, so a failed statement's handler sees the status after it.
    this.#connection.on('readyForQuery', (msg) => (this.#status = msg.status));
  }

  override query(...args: unknown[]): never {
    const [config, values, callback] = args as [pg.QueryConfig | string | undefined, unknown, unknown];
    const keyed = config && typeof config === 'object' && !('submit' in config) && config.name?.startsWith(KEY_PREFIX);
    const query = super.query.bind(this) as Query;
    if (!keyed) return query(...args) as never;
    const key = config.name!;
    const run = () => query({ ...config, name: this.#nameFor(key) }, values, ...(callback ? [callback] : []));
    if (callback) return run() as never;
    return run().catch((error: unknown) => {
      const stale = isStale(error);
      if (!stale) throw error;
      if (stale === 'lost') this.#forgetAll();
      else this.#forget(key);
      // Outside a transaction the statement did nothing: prepare it afresh and run it once more.
      // Inside one, the transaction is aborted; the caller's retry finds a fresh statement.
      // The status read here is the one after the failure or, if that has not arrived yet, the
      // one before the statement: either is 'I' exactly when the statement ran on its own.
      if (this.#status !== 'I') throw error;
      return run();
    }) as never;
  }

  /** Statements prepared on this connection now (for tests and the bench). */
  get preparedCount(): number {
    return this.#names.size;
  }

  get #connection(): Connection {
    return (this as unknown as { connection: Connection }).connection;
  }

  #nameFor(key: string): string {
    const known = this.#names.get(key);
    if (known) {
      this.#names.delete(key);
      this.#names.set(key, known);
      return known;
    }
    const name = `hub_s${++this.#next}`;
    this.#names.set(key, name);
    if (this.#names.size > STATEMENTS_PER_CONNECTION) this.#forget(this.#names.keys().next().value as string);
    return name;
  }

  /**
   * Drops one statement: queued behind whatever the connection is running (DEALLOCATE is not
   * transactional). If it fails (an aborted transaction refuses every statement), the statement
   * stays until the connection closes; pg-pool's idle timeout bounds that.
   */
  #forget(key: string): void {
    const name = this.#names.get(key);
    if (!name) return;
    this.#names.delete(key);
    const forget = () => delete this.#connection.parsedStatements[name];
    (super.query.bind(this) as Query)(`DEALLOCATE ${name}`).then(forget, forget);
  }

  /** The session has none of its statements any more. */
  #forgetAll(): void {
    for (const name of this.#names.values()) delete this.#connection.parsedStatements[name];
    this.#names.clear();
  }
}
