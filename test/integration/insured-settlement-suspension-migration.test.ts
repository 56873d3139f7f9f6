import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { migrationStatements } from '../support/migration-statements.js';
import { createAgreement, createFinding, createInsuredPerson, createInsurer, createPenalty, createProvider, day } from '../factories/records.js';

/**
 * The backfill of migration `…_insured_settlement_suspension`, run over rows as they stood before
 * it: the person's current suspension becomes a history row, and an earlier executed one ended by
 * a recorded restoration is recovered from its penalty.
 */
const backfill = migrationStatements('insured_settlement_suspension', 'INSERT INTO "InsuredSettlementSuspension"');

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

describe('migration insured_settlement_suspension (backfill)', () => {
  it('keeps the current suspension and recovers an earlier restored one; a person never suspended gets none', async () => {
    expect(backfill).toHaveLength(2);
    const insurer = await createInsurer(hub.prisma);
    const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id });
    const twice = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    const unknownStart = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    const never = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    // The columns as they stood: only the latest suspension.
    await hub.prisma.insuredPerson.update({
      where: { id: twice.id },
      data: { settlementSuspendedFrom: day('2026-01-01'), settlementSuspendedUntil: day('2027-01-01') },
    });
    await hub.prisma.insuredPerson.update({ where: { id: unknownStart.id }, data: { settlementSuspendedUntil: day('2026-12-31') } });
    const penalty = (from: string, until: string) =>
      createPenalty(hub.prisma, {
        findingId: finding.id,
        target: 'INSURED_PERSON',
        measure: 'INSURED_SETTLEMENT_SUSPENSION',
        status: 'EXECUTED',
        insuredPersonId: twice.id,
        baseAmountFen: null,
        multiple: null,
        amountFen: null,
        effectiveFrom: day(from),
        effectiveUntil: day(until),
      });
    const first = await penalty('2025-01-01', '2025-07-01');
    const second = await penalty('2026-01-01', '2027-01-01');
    await hub.prisma.sanctionEnd.create({
      data: {
        insurerId: insurer.id,
        kind: 'INSURED_SETTLEMENT_SUSPENSION',
        reason: 'TERM_ENDED',
        insuredPersonId: twice.id,
        suspendedUntil: day('2025-07-01'),
        endedOn: day('2025-07-10'),
        actorType: 'USER',
        actorId: 'migration-test',
      },
    });
    for (const statement of backfill) await hub.prisma.$executeRawUnsafe(statement);

    const rows = (personId: string) =>
      hub.prisma.insuredSettlementSuspension.findMany({
        where: { insuredPersonId: personId },
        orderBy: { suspendedFrom: 'asc' },
        select: { penaltyId: true, suspendedFrom: true, suspendedUntil: true, restoredOn: true, reversedOn: true },
      });
    expect(await rows(twice.id)).toEqual([
      { penaltyId: first.id, suspendedFrom: day('2025-01-01'), suspendedUntil: day('2025-07-01'), restoredOn: day('2025-07-10'), reversedOn: null },
      { penaltyId: second.id, suspendedFrom: day('2026-01-01'), suspendedUntil: day('2027-01-01'), restoredOn: null, reversedOn: null },
    ]);
    expect(await rows(unknownStart.id)).toEqual([
      { penaltyId: null, suspendedFrom: null, suspendedUntil: day('2026-12-31'), restoredOn: null, reversedOn: null },
    ]);
    expect(await rows(never.id)).toEqual([]);
  });
});
