import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../scripts/postgres.mjs';
import { StatementCachingClient } from '../db/statement-cache.js';
import { scopeRole } from './rls-sql.js';
import { ViewerSessionPool, viewerStore } from './viewer-session.js';

/** The viewer sessions against a real PostgreSQL (its own throwaway server): PGlite has one session only. */
let server: PostgresServer;
let pool: ViewerSessionPool;
let switches = 0;

/** Counts the session switches a connection runs (the statement that sets `hub.scope`). */
class CountingClient extends StatementCachingClient {
  override query(...args: unknown[]): never {
    const [config] = args as [{ text?: string } | string | undefined];
    const text = typeof config === 'string' ? config : config?.text;
    if (text?.includes(`set_config('hub.scope'`)) switches += 1;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

const viewer = (insurer: string) => {
  const values = ['insurer', 'INTEGRATOR', `actor-${insurer}`, 'API_CLIENT', insurer, '', '', '{}'];
  return { key: values.join('|'), values };
};
const partner = (id: string) => {
  const values = ['partner', 'PARTNER', `actor-${id}`, 'USER', '', id, '', '{}'];
  return { key: values.join('|'), values };
};
/** The role of the viewers' scope: the one whose read policies have 'insurer' written in. */
const INSURER_ROLE = scopeRole('insurer');
const A = viewer('00000000-0000-4000-8000-00000000000a');
const B = viewer('00000000-0000-4000-8000-00000000000b');
const C = viewer('00000000-0000-4000-8000-00000000000c');

/** What the statement saw: the viewer's insurer and role, read inside the statement itself. */
async function seenBy(who: typeof A | undefined): Promise<{ insurer: string; role: string }> {
  const { insurer, role } = await onConnection(who);
  return { insurer, role };
}
async function onConnection(who: typeof A | undefined) {
  const sql = `SELECT coalesce(current_setting('hub.insurer_id', true), '') AS insurer, current_user AS role, pg_backend_pid() AS pid`;
  const run = () => pool.query(sql) as unknown as Promise<{ rows: { insurer: string; role: string; pid: number }[] }>;
  const result = who ? await viewerStore.run(who, run) : await run();
  return result.rows[0]!;
}

beforeAll(async () => {
  server = await startPostgres();
  pool = new ViewerSessionPool({ connectionString: server.superuserUrl, max: 2, Client: CountingClient });
  for (const role of [INSURER_ROLE, scopeRole('partner')])
    await pool.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`);
});
afterAll(async () => {
  await pool?.end();
  server?.stop();
});

describe('ViewerSessionPool', () => {
  it('runs each statement as its own viewer, and prefers a connection already set for it', async () => {
    // Two connections, one set for each viewer.
    await Promise.all([seenBy(A), seenBy(B)]);
    const before = switches;
    for (let i = 0; i < 6; i += 1) {
      expect(await seenBy(A)).toEqual({ insurer: A.values[4], role: INSURER_ROLE });
      expect(await seenBy(B)).toEqual({ insurer: B.values[4], role: INSURER_ROLE });
    }
    // Each viewer found its own connection idle: no switch at all (handing out the last
    // released connection would have switched on every one of the twelve).
    expect(switches - before).toBe(0);

    // A third viewer takes a connection over (one switch), and the hub's own statement runs
    // as the connection's role with no viewer left in the session.
    expect(await seenBy(C)).toEqual({ insurer: C.values[4], role: INSURER_ROLE });
    expect(switches - before).toBe(1);
    const hub = await seenBy(undefined);
    expect(hub.insurer).toBe('');
    expect(hub.role).not.toBe(INSURER_ROLE);
  });

  it('else prefers a connection last set for the same scope, so it keeps its role', async () => {
    // One connection set for an insurer, one for a partner, the partner's released last.
    const [insurerConnection] = await Promise.all([onConnection(A), onConnection(partner('p1'))]);
    await onConnection(partner('p1'));
    // Another insurer's statement takes the insurer's connection, not the last released.
    const other = await onConnection(viewer('00000000-0000-4000-8000-00000000000d'));
    expect(other.pid).toBe(insurerConnection.pid);
    expect(other.role).toBe(INSURER_ROLE);
  });
});
