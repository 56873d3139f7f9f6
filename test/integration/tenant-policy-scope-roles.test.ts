import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import { APPLY_VIEWER_SQL, viewerSettings } from '../../server/policy/settings.js';
import { scopeRole } from '../../server/policy/rls-sql.js';
import type { Scope } from '../../server/policy/scope.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * The read policies are emitted once per scope role with the scope written in
 * (server/policy/rls-sql.ts): a request reads as `hub_viewer_<scope>`, and the planner drops
 * the other scopes' branches. tenant-policy-rls.test.ts proves every role still sees exactly
 * what the declarations say; this file proves the two properties the split adds.
 */
let hub: TestHub;
let w: TenantWorld;

beforeAll(async () => {
  hub = await createTestHub();
  w = await createTenantWorld(hub.prisma);
});
afterAll(() => hub?.close());

/** Runs `sql` in one transaction as `viewer`, then (if given) as the role of another scope. */
async function asViewer<T>(viewer: Viewer, sql: string, role?: Scope): Promise<T[]> {
  return hub.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(APPLY_VIEWER_SQL, ...viewerSettings(viewer, []));
    if (role) await tx.$executeRawUnsafe(`SELECT set_config('role', $1, true)`, scopeRole(role));
    return tx.$queryRawUnsafe<T[]>(sql);
  });
}

const plan = async (viewer: Viewer, sql: string) =>
  (await asViewer<Record<string, string>>(viewer, `EXPLAIN ${sql}`)).map((r) => Object.values(r)[0]).join('\n');

describe('read policies per scope role', () => {
  it('plan only the viewer’s own scope: the other scopes’ sub-plans are gone', async () => {
    // Insurer's rule reaches, for provider staff only, through DesignationApplication and
    // InsuredPerson; for partners through Agreement's partner column.
    const insurer = await plan(insurerAdmin(w.insA.id), `SELECT id FROM "Insurer" WHERE id = '${w.insA.id}'`);
    expect(insurer).not.toMatch(/DesignationApplication|InsuredPerson/);
    const provider = await plan(providerStaff(w.pA1.id), `SELECT id FROM "Insurer" WHERE id = '${w.insA.id}'`);
    expect(provider).toMatch(/DesignationApplication/);
    // Agreement: the insurer's rule is one column; no entrusting list, no provider column.
    const agreement = await plan(insurerAdmin(w.insA.id), `SELECT id FROM "Agreement"`);
    expect(agreement).not.toMatch(/hub_entrusting|hub_provider|hub_partner/);
  });

  it('show nothing when the role and the session’s scope disagree', async () => {
    const count = `SELECT count(*)::int AS n FROM "Agreement"`;
    const [own] = await asViewer<{ n: number }>(insurerAdmin(w.insA.id), count);
    expect(own!.n).toBeGreaterThan(0);
    for (const role of ['all', 'partner', 'provider', 'none'] as const) {
      const [other] = await asViewer<{ n: number }>(insurerAdmin(w.insA.id), count, role);
      expect(other!.n, `an insurer's settings under ${scopeRole(role)}`).toBe(0);
    }
  });
});
