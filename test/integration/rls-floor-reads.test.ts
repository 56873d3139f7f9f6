import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, platformAdmin, providerStaff } from '../factories/viewers.js';
import { dashboardReport } from '../../server/domain/reports/dashboard-report.js';
import { viewerClient } from '../../server/policy/rls-client.js';
import { recordName } from '../../schema/types/audit-event-names.js';

/**
 * Reads that take their tenant filter as an argument run on the viewer's row-secured client,
 * so a filter gone wrong is still floored by row-level security. The dashboard's aggregates (penalties by month and violation, agreements by status, the
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

describe('audit entries’ subject names under row-level security', () => {
  it('name nothing of another tenant even with an unrestricted filter, and name the viewer’s own', async () => {
    const staffB1 = providerStaff(w.pB1.id);
    const floored = viewerClient(hub.prisma, staffB1);
    const findingA = await hub.prisma.finding.findFirstOrThrow({ where: { insurerId: w.insA.id } });
    const penaltyA = await hub.prisma.penalty.findFirstOrThrow({ where: { insurerId: w.insA.id } });
    for (const [type, id] of [
      ['Agreement', w.aA1.id],
      ['Finding', findingA.id],
      ['Penalty', penaltyA.id],
      ['Provider', w.pA1.id],
      ['Physician', w.docA.id],
      ['Partner', w.partnerP.id],
    ] as const) {
      expect(await recordName(hub.prisma, platformAdmin(), type, id), `${type} exists`).not.toBeNull();
      expect(await recordName(floored, platformAdmin(), type, id), type).toBeNull();
    }
    expect(await recordName(floored, staffB1, 'Agreement', w.aB1.id)).toBe(w.aB1.number);
  });
});
