import { describe, expect, it } from 'vitest';
import { insurerAuditor, insurerViewer } from '../factories/viewers.js';
import { createInsuredPerson, createPhysician } from '../factories/records.js';
import { expectNoChange, eventBySeq, gid } from './mutation-helpers.js';
import { PROPOSE, propose, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/** Proposing a penalty: the amount, each measure's rules, and who may propose. */
usePenaltyWorld();

describe('proposePenalty', () => {
  it('S2 (docs/domain/sources.md): 36,430 yuan deducted at 2× is exactly 72,860 yuan, with a tagged event', async () => {
    const { finding } = await setup();
    const { penalty, auditSeq } = await propose(finding.id);
    expect(penalty).toMatchObject({
      status: 'PROPOSED',
      amountFen: 7_286_000,
      baseAmountFen: 3_643_000,
      target: 'PROVIDER',
    });
    // Prisma's Decimal prints without trailing zeros; the stored value is exactly 2.00.
    expect(Number(penalty.multiple)).toBe(2);
    expect(await eventBySeq(w.hub, auditSeq)).toMatchObject({
      type: 'penalty.proposed',
      actorId: w.auditor.actorId,
      entityType: 'Penalty',
      entityId: raw(penalty.id),
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      data: expect.objectContaining({ amountFen: '7286000', multiple: '2.00' }),
    });
  });

  it('physician billing suspension takes 12–60 months and the physician; refused outside', async () => {
    const { finding } = await setup();
    const physician = await createPhysician(w.hub.prisma, { primaryProviderId: w.provider.id });
    const ok60 = await propose(finding.id, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      durationMonths: 60,
      physicianId: gid('Physician', physician.id),
    });
    expect(ok60.penalty).toMatchObject({ target: 'PHYSICIAN', durationMonths: 60, amountFen: null });
    const penalties = () => w.hub.prisma.penalty.count();
    const ext = await expectNoChange(
      w.hub,
      penalties,
      () =>
        w.hub.exec(
          PROPOSE,
          {
            input: {
              findingId: gid('Finding', finding.id),
              measure: 'PHYSICIAN_BILLING_SUSPENSION',
              durationMonths: 61,
              legalBasis: 'x',
            },
          },
          w.auditor,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.physicianId',
      'input.durationMonths',
    ]);
  });

  it('insured settlement suspension defaults to one year and needs an insured person', async () => {
    const insured = await createInsuredPerson(w.hub.prisma, { insurerId: w.insurer.id });
    const { finding } = await setup();
    const r = await propose(finding.id, {
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      multiple: null,
      insuredPersonId: gid('InsuredPerson', insured.id),
    });
    expect(r.penalty).toMatchObject({ target: 'INSURED_PERSON', durationMonths: 12 });
    await expectNoChange(
      w.hub,
      () => w.hub.prisma.penalty.count(),
      () =>
        w.hub.exec(
          PROPOSE,
          {
            input: {
              findingId: gid('Finding', finding.id),
              measure: 'INSURED_SETTLEMENT_SUSPENSION',
              legalBasis: 'x',
            },
          },
          w.auditor,
        ),
      'BAD_USER_INPUT',
    );
  });

  it('refuses a proposal on a closed finding, naming its state', async () => {
    const { finding } = await setup();
    await w.hub.prisma.finding.update({ where: { id: finding.id }, data: { status: 'CLOSED' } });
    const ext = await expectNoChange(
      w.hub,
      () => w.hub.prisma.penalty.count(),
      () =>
        w.hub.exec(
          PROPOSE,
          { input: { findingId: gid('Finding', finding.id), measure: 'WARNING', legalBasis: 'x' } },
          w.auditor,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ entity: 'Finding', currentStatus: 'CLOSED' });
  });

  it('refuses a multiple beyond 5×, a viewer, and another insurer', async () => {
    const { finding } = await setup();
    const count = () => w.hub.prisma.penalty.count();
    const input = {
      findingId: gid('Finding', finding.id),
      measure: 'LIQUIDATED_DAMAGES',
      multiple: '6',
      legalBasis: 'x',
    };
    await expectNoChange(w.hub, count, () => w.hub.exec(PROPOSE, { input }, w.auditor), 'BAD_USER_INPUT');
    await expectNoChange(
      w.hub,
      count,
      () => w.hub.exec(PROPOSE, { input: { ...input, multiple: '2' } }, insurerViewer(w.insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      w.hub,
      count,
      () => w.hub.exec(PROPOSE, { input: { ...input, multiple: '2' } }, insurerAuditor(w.other.id)),
      'NOT_FOUND',
    );
  });
});
