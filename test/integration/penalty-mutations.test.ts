import { describe, expect, it } from 'vitest';
import { insurerAuditor, insurerViewer, providerStaff } from '../factories/viewers.js';
import { createInsuredPerson, createPenalty, createPhysician, createProvider } from '../factories/records.js';
import { expectNoChange, eventBySeq, gid, ok, plusDays } from './mutation-helpers.js';
import {
  APPEAL,
  CLOSE,
  DECIDE,
  EXECUTE,
  ISSUE,
  PROPOSE,
  issued,
  penaltyRow,
  propose,
  raw,
  setup,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/** The penalty workflow: proposal with its measure rules, issue, appeal, decision, execution, close. */
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

describe('issue, appeal, decide, execute, close', () => {
  it('issues with an appeal deadline 15 days out and marks the finding PENALISED', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id)).penalty;
    const before = Date.now();
    const r = ok(
      await w.hub.exec<{
        issuePenalty: {
          auditSeq: string;
          penalty: { status: string; appealDeadline: string; version: number };
        };
      }>(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin),
    ).issuePenalty;
    expect(r.penalty).toMatchObject({ status: 'ISSUED', version: 2 });
    const deadline = new Date(r.penalty.appealDeadline).getTime();
    expect(deadline).toBeGreaterThanOrEqual(before + 15 * 86_400_000);
    expect(deadline).toBeLessThan(before + 16 * 86_400_000);
    expect(await eventBySeq(w.hub, r.auditSeq)).toMatchObject({
      type: 'penalty.issued',
      actorId: w.admin.actorId,
      entityId: raw(p.id),
      insurerId: w.insurer.id,
      providerId: w.provider.id,
    });
    expect((await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe(
      'PENALISED',
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 2 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ISSUED', action: 'ISSUE' });
  });

  it('refuses to issue without an agreement clause and an auditor issuing (FORBIDDEN)', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id, { clauseRef: null })).penalty;
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'clauseRef'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1, clauseRef: '第三十条' } }, w.auditor),
      'FORBIDDEN',
    );
  });

  it('the provider appeals in time; the agency reduces; execution records the recovery; close', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    const staff = providerStaff(w.provider.id);
    const a = ok(
      await w.hub.exec<{ fileAppeal: { auditSeq: string; penalty: { status: string; version: number } } }>(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '部分费用属合理诊疗' } },
        staff,
      ),
    ).fileAppeal;
    expect(a.penalty.status).toBe('APPEALED');
    expect(await eventBySeq(w.hub, a.auditSeq)).toMatchObject({
      type: 'penalty.appealed',
      actorId: staff.actorId,
      entityId: raw(p.id),
      providerId: w.provider.id,
    });
    const appeal = await w.hub.prisma.appeal.findFirstOrThrow({ where: { penaltyId: raw(p.id) } });
    expect(appeal).toMatchObject({ kind: 'APPEAL', filedById: staff.actorId, decision: null });

    // REDUCE must lower the amount.
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          DECIDE,
          {
            input: {
              penaltyId: p.id,
              expectedVersion: 3,
              decision: 'REDUCE',
              reason: 'x',
              reducedAmountFen: 7_286_000,
            },
          },
          w.admin,
        ),
      'BAD_USER_INPUT',
    );
    const d = ok(
      await w.hub.exec<{
        decideAppeal: { auditSeq: string; penalty: { status: string; amountFen: number } };
      }>(
        DECIDE,
        {
          input: {
            penaltyId: p.id,
            expectedVersion: 3,
            decision: 'REDUCE',
            reason: '部分采纳',
            reducedAmountFen: 5_000_000,
          },
        },
        w.admin,
      ),
    ).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'REDUCED', amountFen: 5_000_000 });
    const tags = {
      actorId: w.admin.actorId,
      entityType: 'Penalty',
      entityId: raw(p.id),
      insurerId: w.insurer.id,
      providerId: w.provider.id,
    };
    expect(await eventBySeq(w.hub, d.auditSeq)).toMatchObject({
      type: 'penalty.decided',
      ...tags,
      data: expect.objectContaining({ decision: 'REDUCE', previousAmountFen: '7286000' }),
    });
    expect(await w.hub.prisma.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      decision: 'REDUCE',
      reducedAmountFen: 5_000_000n,
      decidedById: w.admin.actorId,
    });

    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          EXECUTE,
          { input: { id: p.id, expectedVersion: 4, recoveredAmountFen: 5_000_001 } },
          w.admin,
        ),
      'BAD_USER_INPUT',
    );
    const e = ok(
      await w.hub.exec<{
        executePenalty: { auditSeq: string; penalty: { status: string; recoveredAmountFen: number } };
      }>(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, w.admin),
    ).executePenalty;
    expect(e.penalty).toMatchObject({ status: 'EXECUTED', recoveredAmountFen: 5_000_000 });
    expect(await eventBySeq(w.hub, e.auditSeq)).toMatchObject({
      type: 'penalty.executed',
      ...tags,
      data: expect.objectContaining({ recoveredAmountFen: '5000000' }),
    });

    const c = ok(
      await w.hub.exec<{ closePenalty: { auditSeq: string; penalty: { status: string } } }>(
        CLOSE,
        { input: { id: p.id, expectedVersion: 5 } },
        w.admin,
      ),
    ).closePenalty;
    expect(c.penalty.status).toBe('CLOSED');
    expect(await eventBySeq(w.hub, c.auditSeq)).toMatchObject({ type: 'penalty.closed', ...tags });
    expect((await w.hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe(
      'CLOSED',
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 6 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('CLOSED');
  });

  it('refuses an appeal after the deadline, from another provider, and on a proposal', async () => {
    const { finding } = await setup();
    const late = await createPenalty(w.hub.prisma, {
      findingId: finding.id,
      status: 'ISSUED',
      issuedAt: plusDays(new Date(), -20),
      appealDeadline: plusDays(new Date(), -5),
      clauseRef: '30',
    });
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(late.id),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: gid('Penalty', late.id), kind: 'APPEAL', grounds: 'late' } },
          providerStaff(w.provider.id),
        ),
      'APPEAL_DEADLINE_PASSED',
    );
    expect(ext.appealDeadline).toBe(late.appealDeadline!.toISOString());
    expect(await w.hub.prisma.appeal.count({ where: { penaltyId: late.id } })).toBe(0);

    const p = await issued(finding.id);
    const stranger = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: p.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(stranger.id),
        ),
      'NOT_FOUND',
    );

    const proposed = (await propose(finding.id)).penalty;
    const ext2 = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(proposed.id)),
      () =>
        w.hub.exec(
          APPEAL,
          { input: { penaltyId: proposed.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(w.provider.id),
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('PROPOSED');
  });

  it('overturn leads to close without execution; executing an overturned penalty is refused', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    ok(
      await w.hub.exec(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'RECONSIDERATION', grounds: '证据不足' } },
        w.admin,
      ),
    );
    ok(
      await w.hub.exec(
        DECIDE,
        { input: { penaltyId: p.id, expectedVersion: 3, decision: 'OVERTURN', reason: '证据不足' } },
        w.admin,
      ),
    );
    const ext = await expectNoChange(
      w.hub,
      () => penaltyRow(raw(p.id)),
      () => w.hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, w.admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('OVERTURNED');
    ok(await w.hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 4 } }, w.admin));
  });
});
