import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { migrationStatements } from '../support/migration-sql.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { suspendAgreement } from '../../server/domain/agreements/suspend-agreement.js';
import { resumeAgreement } from '../../server/domain/agreements/resume-agreement.js';

/**
 * The backfill of migration `…_agreement_transition_suspension_scope`, over transitions as they
 * stood before it (no scope): each suspension gets the scope its agreement.suspended event
 * recorded, also when the agreement has since resumed and its own scope is cleared.
 */
const backfill = migrationStatements('agreement_transition_suspension_scope', 'UPDATE "AgreementTransition"');

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

describe('migration agreement_transition_suspension_scope (backfill)', () => {
  it("fills each suspension's scope from its event, a resumed one included; other transitions stay empty", async () => {
    expect(backfill).toHaveLength(1);
    const insurer = await createInsurer(hub.prisma);
    const ctx = { actor: insurerAdmin(insurer.id), requestId: null, now: new Date('2026-03-10T02:00:00Z') };
    const agreementOf = async () => createAgreement(hub.prisma, { insurerId: insurer.id, providerId: (await createProvider(hub.prisma, { insurerId: insurer.id })).id });
    const [resumed, suspended] = [await agreementOf(), await agreementOf()];
    const first = await suspendAgreement(ctx, { id: resumed.id, expectedVersion: resumed.version, scope: 'REAL_TIME_SETTLEMENT', reason: '暂停医保实时结算' });
    await resumeAgreement({ ...ctx, now: new Date('2026-04-10T02:00:00Z') }, { id: resumed.id, expectedVersion: first.agreement.version, reason: '整改到位' });
    await suspendAgreement(ctx, { id: suspended.id, expectedVersion: suspended.version, scope: 'AGREEMENT', reason: '暂停协议' });
    const scopes = async (agreementId: string) =>
      (await hub.prisma.agreementTransition.findMany({ where: { agreementId }, orderBy: { occurredAt: 'asc' }, select: { action: true, suspensionScope: true } }));
    const written = { resumed: await scopes(resumed.id), suspended: await scopes(suspended.id) };
    expect(written).toEqual({
      resumed: [{ action: 'SUSPEND', suspensionScope: 'REAL_TIME_SETTLEMENT' }, { action: 'RESUME', suspensionScope: null }],
      suspended: [{ action: 'SUSPEND', suspensionScope: 'AGREEMENT' }],
    });

    // As the rows stood before the column existed.
    await hub.prisma.agreementTransition.updateMany({ where: { agreementId: { in: [resumed.id, suspended.id] } }, data: { suspensionScope: null } });
    for (const statement of backfill) await hub.prisma.$executeRawUnsafe(statement);
    expect({ resumed: await scopes(resumed.id), suspended: await scopes(suspended.id) }).toEqual(written);
  });
});
