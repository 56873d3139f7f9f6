import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, platformAdmin, providerStaff } from '../factories/viewers.js';
import { dashboardReport } from '../../server/domain/reports/dashboard-report.js';
import { viewerClient } from '../../server/policy/rls-client.js';

/**
 * The dashboard's aggregates (penalties by month and violation, agreements by status, the
 * violating share over claims and rule hits) read through the viewer's row-secured client,
 * so a tenant filter gone wrong still cannot count another tenant's rows: here the filter is
 * deliberately the platform admin's (everything) and row-level security alone must give the
 * viewer exactly its own figures.
 */
let hub: TestHub;
let w: TenantWorld;
beforeAll(async () => {
  hub = await createTestHub();
  w = await createTenantWorld(hub.prisma);
});
afterAll(() => hub?.close());

describe('dashboard under row-level security', () => {
  it('gives an insurer and a provider their own figures even with an unrestricted filter', async () => {
    const everything = await dashboardReport(hub.prisma, platformAdmin());
    for (const viewer of [insurerAdmin(w.insA.id), insurerAdmin(w.insB.id), providerStaff(w.pA1.id)]) {
      const floored = viewerClient(hub.prisma, viewer);
      const own = await dashboardReport(floored, viewer);
      expect(await dashboardReport(floored, platformAdmin())).toEqual(own);
      // Not passing by being empty or by seeing everything.
      expect(own.agreementsByStatus.length).toBeGreaterThan(0);
      expect(own).not.toEqual(everything);
    }
  });
});
