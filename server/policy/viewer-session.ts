import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { scopeRole } from './rls-sql.js';
import type { Scope } from './scope.js';
import { statementKey } from '../db/statement-cache.js';

/**
 * Row security on a PostgreSQL pool without a transaction per statement. Wrapping every
 * Prisma call in `BEGIN; set_config(…); query; COMMIT` quadrupled the statements of a one-query
 * request (bench/PERFORMANCE.md). Instead each pooled connection carries a viewer in its
 * session settings, and a statement runs only on a connection set for its own viewer: a
 * connection whose settings differ is switched first (one statement), one already set for
 * that viewer (or for the hub) is used as is.
 *
 * The viewer travels with the call (AsyncLocalStorage, set by the viewer client around each
 * Prisma operation, and by `transactionAs` around the start of a command's transaction, whose
 * connection is checked out set for its viewer); a statement or transaction with no viewer —
 * the hub's own work — runs on a connection reset to the hub's role. So a connection never
 * carries one viewer's settings into another's statement.
 */
export const viewerStore = new AsyncLocalStorage<{ key: string; values: readonly string[] }>();

const SYSTEM_KEY = 'system';
const SESSION_SQL =
  `SELECT set_config('hub.scope', $1, false), set_config('hub.role', $2, false), set_config('hub.actor_id', $3, false), ` +
  `set_config('hub.actor_type', $4, false), set_config('hub.insurer_id', $5, false), set_config('hub.partner_id', $6, false), ` +
  `set_config('hub.provider_id', $7, false), set_config('hub.entrusting', $8, false), set_config('role', $9, false)`;
const SYSTEM_VALUES = ['', '', '', '', '', '', '', '', 'none'];
/**
 * The switch runs as a prepared statement (statement-cache.ts, on the connections that cache):
 * with viewers alternating it runs once per request, and unnamed it was parsed and planned
 * every time (bench/PERFORMANCE.md "q1's fixed cost").
 */
const SESSION_STATEMENT = { name: statementKey({ sql: SESSION_SQL }), text: SESSION_SQL };

type Wanted = { key: string; values: readonly string[] } | undefined;
type Session = pg.PoolClient & { viewerKey?: string };

/** Sets the connection's session for `wanted` (undefined: the hub) unless it is already. */
async function ensure(client: Session, wanted: Wanted): Promise<void> {
  const key = wanted?.key ?? SYSTEM_KEY;
  if ((client.viewerKey ?? SYSTEM_KEY) === key) return;
  client.viewerKey = undefined; // unknown until the switch is confirmed
  // The role is the scope's (the first setting, settings.ts): its read policies have the scope written in.
  const values = wanted ? [...wanted.values, scopeRole(wanted.values[0] as Scope)] : SYSTEM_VALUES;
  await client.query({ ...SESSION_STATEMENT, values });
  client.viewerKey = key;
}

/**
 * The hub's PostgreSQL pool. The viewer is read when a statement is submitted or a connection
 * checked out for a transaction (pg-pool hands a freed connection to a waiter from the
 * releasing caller's context, so it cannot be read later).
 */
export class ViewerSessionPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const wanted = viewerStore.getStore();
    const [config, values] = args as [pg.QueryConfig, unknown[] | undefined];
    return (async () => {
      const client = (await this.#connectPreferring(wanted)) as Session;
      try {
        await ensure(client, wanted);
        const result = await client.query(config, values);
        client.release();
        return result;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    })() as never;
  }

  /**
   * Checks a connection out, preferring an idle one already set for `wanted`: a request whose
   * viewer a connection served last needs no switch statement (bench/PERFORMANCE.md "q1's fixed
   * cost"). Best effort only: pg-pool hands out its last idle connection on the next tick, so a
   * checkout queued in between may take it, and `ensure` still switches whatever comes.
   */
  #connectPreferring(wanted: Wanted): Promise<pg.PoolClient> {
    const idle = (this as unknown as { _idle?: IdleItem[] })._idle;
    if (Array.isArray(idle) && idle.length > 1) {
      const key = wanted?.key ?? SYSTEM_KEY;
      const last = idle.length - 1;
      const keyOf = (item: IdleItem) => item.client.viewerKey ?? SYSTEM_KEY;
      if (keyOf(idle[last]!) !== key) {
        let i = idle.findLastIndex((item) => keyOf(item) === key);
        // Else one last set for the same scope: it switches settings but keeps its role, and a
        // cached plan that depends on row security is replanned when the role changes.
        if (i < 0 && wanted) {
          const scope = scopePrefix(key);
          if (scopePrefix(keyOf(idle[last]!)) !== scope) i = idle.findLastIndex((item) => scopePrefix(keyOf(item)) === scope);
        }
        if (i >= 0) idle.push(idle.splice(i, 1)[0]!);
      }
    }
    return super.connect();
  }

  override connect(): never {
    const wanted = viewerStore.getStore();
    return (async () => {
      const client = (await this.#connectPreferring(wanted)) as Session;
      try {
        await ensure(client, wanted);
        return client;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    })() as never;
  }
}

/** A viewer key's scope: its first setting (settings.ts), the part that chooses the role. */
function scopePrefix(key: string): string {
  const end = key.indexOf('|');
  return end < 0 ? key : key.slice(0, end);
}

/** pg-pool's idle connections (3.x: an array, the last one is handed out next). */
type IdleItem = { client: Session };

/** Prisma clients whose pool is made of ViewerSessionClient connections. */
export const sessionCapableClients = new WeakSet<object>();
export const VIEWER_SESSIONS = Symbol('viewer sessions');
