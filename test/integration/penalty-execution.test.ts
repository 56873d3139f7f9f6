import { describe, expect, it } from 'vitest';
import {
  createAgreement,
  createFinding,
  createInsuredPerson,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import { expectNoChange, gid, lastEvents, ok } from './mutation-helpers.js';
import {
  appealPeriodOver,
  EXECUTE,
  issued,
  issuedOn,
  penaltyRow,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/** Executing a penalty changes the agreement, physician or insured person in the same transaction. */
usePenaltyWorld();

describe('execution changes the agreement, physician or insured person in the same transaction', () => {
  it('AGREEMENT_SUSPENSION suspends the agreement with transition and event', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, {
      measure: 'AGREEMENT_SUSPENSION',
      multiple: null,
      durationMonths: 3,
    });
    await issuedOn(p.id, '2026-01-31');
    const e = ok(
      await w.hub.exec<{
        executePenalty: { auditSeq: string; penalty: { status: string; effectiveUntil: string } };
      }>(EXECUTE, { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-01-31' } }, w.admin),
    ).executePenalty;
    expect(e.penalty).toMatchObject({ status: 'EXECUTED', effectiveUntil: '2026-04-30' });
    expect(await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: 'SUSPENDED',
      suspensionScope: 'AGREEMENT',
      version: 2,
    });
    const [suspended, executed] = await lastEvents(w.hub, 2);
    expect(suspended).toMatchObject({
      type: 'agreement.suspended',
      entityId: agreement.id,
      data: expect.objectContaining({ penaltyId: raw(p.id) }),
    });
    expect(executed).toMatchObject({ type: 'penalty.executed', seq: BigInt(e.auditSeq) });
    expect(
      await w.hub.prisma.agreementTransition.findFirst({
        where: { agreementId: agreement.id, action: 'SUSPEND' },
      }),
    ).toMatchObject({ fromStatus: 'ACTIVE', toStatus: 'SUSPENDED' });
  });

  it('the status filter follows the transition (statusText is kept by a trigger, not by the command)', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id, { measure: 'SETTLEMENT_SUSPENSION', multiple: null });
    const listed = async (status: string) =>
      ok(
        await w.hub.exec<{ penalties: { edges: { node: { id: string } }[] } }>(
          `query($s: [PenaltyStatus!]) { penalties(first: 100, filter: { status: $s }) { edges { node { id } } } }`,
          { s: [status] },
          w.admin,
        ),
      ).penalties.edges.map((e) => e.node.id);
    expect(await listed('ISSUED')).toContain(p.id);
    ok(await w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 2 } }, w.admin));
    expect(await listed('ISSUED')).not.toContain(p.id);
    expect(await listed('EXECUTED')).toContain(p.id);
    // Even a write that sets the copy itself cannot make it disagree with status.
    await w.hub.prisma.penalty.update({ where: { id: raw(p.id) }, data: { statusText: 'CLOSED' } });
    expect((await penaltyRow(raw(p.id))).statusText).toBe('EXECUTED');
  });

  it('refuses execution when the agreement can no longer be suspended: nothing is written', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'SETTLEMENT_SUSPENSION', multiple: null });
    await w.hub.prisma.agreement.update({ where: { id: agreement.id }, data: { status: 'EXPIRED' } });
    const snapshot = async () => [
      await penaltyRow(raw(p.id)),
      await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } }),
    ];
    const ext = await expectNoChange(
      w.hub,
      snapshot,
      () => w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 2 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ entity: 'Agreement', currentStatus: 'EXPIRED' });
  });

  it('AGREEMENT_TERMINATION terminates and bans the provider for 3 years', async () => {
    const p2 = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: p2.id });
    const finding = await createFinding(w.hub.prisma, { agreementId: agreement.id });
    const p = await issued(finding.id, { measure: 'AGREEMENT_TERMINATION', multiple: null });
    await appealPeriodOver(p.id);
    await issuedOn(p.id, '2026-03-15');
    ok(
      await w.hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-03-15' } },
        w.admin,
      ),
    );
    expect((await w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'TERMINATED',
    );
    const prov = await w.hub.prisma.provider.findUniqueOrThrow({ where: { id: p2.id } });
    expect(prov.status).toBe('TERMINATED');
    expect(prov.reapplicationBannedUntil!.toISOString().slice(0, 10)).toBe('2029-03-15');
    const types = (await lastEvents(w.hub, 3)).map((e) => e.type);
    expect(types).toEqual(['agreement.terminated', 'provider.reapplicationBanned', 'penalty.executed']);
  });

  it('PHYSICIAN_BILLING_SUSPENSION stops the physician billing until the end date', async () => {
    const { finding } = await setup();
    const physician = await createPhysician(w.hub.prisma, { primaryProviderId: w.provider.id });
    const p = await issued(finding.id, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      durationMonths: 24,
      physicianId: gid('Physician', physician.id),
    });
    await issuedOn(p.id, '2026-02-01');
    ok(
      await w.hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-02-01' } },
        w.admin,
      ),
    );
    const row = await w.hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } });
    expect(row.status).toBe('BILLING_SUSPENDED');
    expect(row.billingSuspendedUntil!.toISOString().slice(0, 10)).toBe('2028-02-01');
    expect((await lastEvents(w.hub, 2)).map((e) => e.type)).toEqual([
      'physician.billingSuspended',
      'penalty.executed',
    ]);
  });

  it('INSURED_SETTLEMENT_SUSPENSION suspends direct settlement for a year; its event is tagged with the insurer only', async () => {
    const insured = await createInsuredPerson(w.hub.prisma, { insurerId: w.insurer.id });
    const { finding } = await setup();
    const p = await issued(finding.id, {
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      multiple: null,
      insuredPersonId: gid('InsuredPerson', insured.id),
    });
    await issuedOn(p.id, '2026-05-10');
    ok(
      await w.hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-05-10' } },
        w.admin,
      ),
    );
    const row = await w.hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: insured.id } });
    // The start is kept with the term: visits before 10 May are not inside the suspension.
    expect([row.settlementSuspendedFrom, row.settlementSuspendedUntil, row.settlementRestoredOn].map((d) => d?.toISOString().slice(0, 10) ?? null)).toEqual([
      '2026-05-10',
      '2027-05-10',
      null,
    ]);
    const [event] = await lastEvents(w.hub, 2);
    expect(event).toMatchObject({
      type: 'insuredPerson.settlementSuspended',
      insurerId: w.insurer.id,
      providerId: null,
      partnerId: null,
    });
  });
});
