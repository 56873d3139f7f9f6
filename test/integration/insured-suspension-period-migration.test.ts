import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { migrationStatements } from '../support/migration-statements.js';
import {
  createAgreement,
  createFinding,
  createInsuredPerson,
  createInsurer,
  createPenalty,
  createProvider,
  day,
} from '../factories/records.js';
import { installRules } from '../../server/domain/monitoring/install-rules.js';

/**
 * The data half of migration `…_insured_suspension_period`, run over rows as they stood before
 * it: suspensions recorded without their start get it from the executed penalty, restored ones
 * get their restoration day, and a prescription rule still at the installed 90 days counts
 * calendar months while one an insurer tuned keeps its days.
 */
const dataStatements = migrationStatements('insured_suspension_period', 'UPDATE');

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

describe('migration insured_suspension_period (data)', () => {
  it('has its three data statements', () => {
    expect(dataStatements).toHaveLength(3);
  });

  it('backfills the start from the executed penalty and the end from the restoration; persons without a penalty keep a null start', async () => {
    const insurer = await createInsurer(hub.prisma);
    const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id });
    const running = await createInsuredPerson(hub.prisma, { insurerId: insurer.id, settlementSuspendedUntil: day('2027-03-10') });
    const restored = await createInsuredPerson(hub.prisma, { insurerId: insurer.id, settlementSuspendedUntil: null });
    const unknown = await createInsuredPerson(hub.prisma, { insurerId: insurer.id, settlementSuspendedUntil: day('2026-12-31') });
    const suspension = (insuredPersonId: string, from: string, until: string, status: 'EXECUTED' | 'ISSUED' = 'EXECUTED') =>
      createPenalty(hub.prisma, {
        findingId: finding.id,
        target: 'INSURED_PERSON',
        measure: 'INSURED_SETTLEMENT_SUSPENSION',
        status,
        insuredPersonId,
        baseAmountFen: null,
        multiple: null,
        amountFen: null,
        effectiveFrom: day(from),
        effectiveUntil: day(until),
      });
    await suspension(running.id, '2026-03-10', '2027-03-10');
    // An issued penalty not yet executed has not started anything.
    await suspension(unknown.id, '2026-06-01', '2027-06-01', 'ISSUED');
    await suspension(restored.id, '2025-01-05', '2026-01-05');
    await hub.prisma.sanctionEnd.create({
      data: {
        insurerId: insurer.id,
        kind: 'INSURED_SETTLEMENT_SUSPENSION',
        reason: 'TERM_ENDED',
        insuredPersonId: restored.id,
        suspendedUntil: day('2026-01-05'),
        endedOn: day('2026-01-20'),
        actorType: 'USER',
        actorId: 'migration-test',
      },
    });

    for (const sql of dataStatements.slice(0, 2)) await hub.prisma.$executeRawUnsafe(sql);

    const span = async (id: string) => {
      const p = await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id } });
      return [p.settlementSuspendedFrom, p.settlementSuspendedUntil, p.settlementRestoredOn].map((d) => d?.toISOString().slice(0, 10) ?? null);
    };
    expect(await span(running.id)).toEqual(['2026-03-10', '2027-03-10', null]);
    expect(await span(restored.id)).toEqual(['2025-01-05', null, '2026-01-20']);
    expect(await span(unknown.id)).toEqual([null, '2026-12-31', null]);
  });

  it('turns the installed 90 days of CHRONIC_PRESCRIPTION_REUSE into 3 calendar months; days an insurer tuned stay', async () => {
    const [installed, tuned] = [await createInsurer(hub.prisma), await createInsurer(hub.prisma)];
    for (const i of [installed, tuned]) await hub.prisma.$transaction((tx) => installRules(tx, i.id));
    const rule = (insurerId: string) => hub.prisma.auditRule.findFirstOrThrow({ where: { insurerId, ruleKey: 'CHRONIC_PRESCRIPTION_REUSE' } });
    // As they were stored before the migration.
    await hub.prisma.auditRule.update({ where: { id: (await rule(installed.id)).id }, data: { parameters: { validityDays: 90, maxUses: 3 } } });
    await hub.prisma.auditRule.update({ where: { id: (await rule(tuned.id)).id }, data: { parameters: { validityDays: 60, maxUses: 2 } } });

    await hub.prisma.$executeRawUnsafe(dataStatements[2]!);

    expect((await rule(installed.id)).parameters).toEqual({ validityMonths: 3, maxUses: 3 });
    expect((await rule(tuned.id)).parameters).toEqual({ validityDays: 60, maxUses: 2 });
  });
});
