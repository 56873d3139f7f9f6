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
 */
export const STATEMENTS_PER_CONNECTION = 100;

const KEY_PREFIX = 'k_';
/** Transaction control: nothing to plan, and Prisma sends it around every transaction. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * `statementNameGenerator` for @prisma/adapter-pg: a key derived from the text, which
 * StatementCachingClient turns into its own prepared name. Only for pools of that client.
 */
export function statementKey(query: { sql: string }): string {
  if (TRANSACTION_CONTROL.test(query.sql)) return '';
  return KEY_PREFIX + createHash('sha1').update(query.sql).digest('base64url');
}

type Prepared = { parsedStatements: Record<string, string> };

/** A pg client that prepares keyed statements under its own names, LRU-bounded (see above). */
export class StatementCachingClient extends pg.Client {
  /** key → prepared name, least recently used first (a Map keeps insertion order). */
  readonly #names = new Map<string, string>();
  #next = 0;

  override query(...args: unknown[]): never {
    const [config] = args as [pg.QueryConfig | string | undefined];
    if (config && typeof config === 'object' && !('submit' in config) && config.name?.startsWith(KEY_PREFIX))
      args[0] = { ...config, name: this.#nameFor(config.name) };
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  /** Statements prepared on this connection now (for tests and the bench). */
  get preparedCount(): number {
    return this.#names.size;
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
    if (this.#names.size > STATEMENTS_PER_CONNECTION) {
      const [oldKey, oldName] = this.#names.entries().next().value as [string, string];
      this.#names.delete(oldKey);
      this.#deallocate(oldName);
    }
    return name;
  }

  /**
   * Queued behind whatever the connection is running; DEALLOCATE is not transactional. If it
   * fails (an aborted transaction refuses every statement), the statement stays until the
   * connection closes; pg-pool's idle timeout bounds that.
   */
  #deallocate(name: string): void {
    const forget = () => {
      delete (this as unknown as { connection: Prepared }).connection.parsedStatements[name];
    };
    (super.query as (text: string) => Promise<unknown>)(`DEALLOCATE ${name}`).then(forget, forget);
  }
}
