import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createQueryWorld, type QueryWorld } from '../factories/world.js';
import { insurerAdmin, partnerViewer } from '../factories/viewers.js';
import { viewerClient } from '../../server/policy/rls-client.js';
import { viewerStore } from '../../server/policy/viewer-session.js';
import { AS_SYSTEM, inTransaction } from '../../server/domain/transaction.js';
import type { Tx } from '../../server/db/database.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * A command's transaction runs as its actor under row-level security (server/domain/
 * transaction.ts). On PostgreSQL the connection is checked out already set for the viewer
 * and reused as is while it serves the same viewer (server/policy/viewer-session.ts), so the
 * pool's connections pass between viewers, the hub, transactions and single statements: each
 * must still see exactly its own rows.
 */
let hub: TestHub;
let w: QueryWorld;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
});
afterAll(() => hub?.close());

const who = async (tx: Tx) =>
  (
    await tx.$queryRawUnsafe<{ role: string; insurer: string | null }[]>(
      `SELECT current_user::text AS role, current_setting('hub.insurer_id', true) AS insurer`,
    )
  )[0]!;

describe('command transactions under row-level security', () => {
  it('run as their own actor however the pool interleaves viewers, the hub and plain reads', async () => {
    const all = await hub.prisma.agreement.count();
    const ofA = await hub.prisma.agreement.count({ where: { insurerId: w.insA.id } });
    const ofB = await hub.prisma.agreement.count({ where: { insurerId: w.insB.id } });
    expect(new Set([all, ofA, ofB]).size).toBe(3);
    const actors: (Viewer | null)[] = [insurerAdmin(w.insA.id), null, insurerAdmin(w.insB.id), insurerAdmin(w.insA.id)];
    const results: { actor: Viewer | null; role: string; insurer: string | null; agreements: number }[] = [];
    for (let round = 0; round < 6; round += 1) {
      // Four transactions and a partner's plain reads at once, on a pool of ten.
      const partner = viewerClient(hub.prisma, partnerViewer(w.partnerQ.id));
      const [done] = await Promise.all([
        Promise.all(
          actors.map((actor) =>
            inTransaction(actor ? { actor, requestId: null } : AS_SYSTEM, async (tx) => ({
              actor,
              ...(await who(tx)),
              agreements: await tx.agreement.count(),
            })),
          ),
        ),
        partner.agreement.count(),
        hub.prisma.agreement.count(),
      ]);
      results.push(...done);
    }
    for (const r of results) {
      if (!r.actor) {
        expect(r.role).not.toMatch(/^hub_viewer/);
        expect(r.agreements).toBe(all);
      } else {
        expect(r.role).toBe('hub_viewer_insurer');
        expect(r.insurer).toBe(r.actor.insurerId);
        expect(r.agreements).toBe(r.actor.insurerId === w.insA.id ? ofA : ofB);
      }
    }
    // The hub's own statements after all that still see every row.
    expect(await hub.prisma.agreement.count()).toBe(all);
  });

  it('leave the hub a statement made on the base client from inside a command', async () => {
    // The base client's statements choose their connection's viewer from the async context
    // (viewer-session.ts): inside a command it must hold none. (Not a base-client read here:
    // the embedded database's one session would wait for the open transaction.)
    const inside = await inTransaction({ actor: insurerAdmin(w.insB.id), requestId: null }, async (tx) => {
      const before = viewerStore.getStore();
      const rows = await tx.agreement.count();
      return { before, after: viewerStore.getStore(), rows };
    });
    expect(inside.before).toBeUndefined();
    expect(inside.after).toBeUndefined();
    expect(inside.rows).toBe(await hub.prisma.agreement.count({ where: { insurerId: w.insB.id } }));
  });
});
