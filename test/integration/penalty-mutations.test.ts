import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, providerStaff } from '../factories/viewers.js';
import {
  createAgreement,
  createFinding,
  createInsuredPerson,
  createInsurer,
  createPenalty,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import { expectNoChange, eventBySeq, gid, lastEvents, ok, plusDays } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let admin: ReturnType<typeof insurerAdmin>;
let auditor: ReturnType<typeof insurerAuditor>;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  admin = insurerAdmin(insurer.id);
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq penalty { id status amountFen baseAmountFen multiple durationMonths target version } } }`;
const ISSUE = `mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq penalty { status appealDeadline version } } }`;
const APPEAL = `mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { auditSeq penalty { status version } } }`;
const DECIDE = `mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { auditSeq penalty { status amountFen version } } }`;
const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq penalty { status recoveredAmountFen effectiveUntil version } } }`;
const CLOSE = `mutation ($input: ClosePenaltyInput!) { closePenalty(input: $input) { auditSeq penalty { status version } } }`;

type PenaltyOut = {
  id: string;
  status: string;
  amountFen: number | null;
  multiple: string | null;
  version: number;
  durationMonths: number | null;
  target: string;
};
const raw = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const penaltyRow = (id: string) => hub.prisma.penalty.findUniqueOrThrow({ where: { id } });

async function setup(amountFen = 3_643_000n) {
  const agreement = await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    providerId: provider.id,
    kind: 'MATERNITY_SERVICE',
  });
  const finding = await createFinding(hub.prisma, {
    agreementId: agreement.id,
    violatingAmountFen: amountFen,
  });
  return { agreement, finding };
}

async function propose(findingId: string, over: Record<string, unknown> = {}, viewer = auditor) {
  const input = {
    findingId: gid('Finding', findingId),
    measure: 'DEDUCTION',
    multiple: '2',
    legalBasis: '《生育保险协议》第三十条',
    clauseRef: '第三十条',
    ...over,
  };
  return ok(
    await hub.exec<{ proposePenalty: { auditSeq: string; penalty: PenaltyOut } }>(PROPOSE, { input }, viewer),
  ).proposePenalty;
}

async function issued(findingId: string, over: Record<string, unknown> = {}) {
  const p = (await propose(findingId, over)).penalty;
  ok(await hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, admin));
  return p;
}

describe('proposePenalty', () => {
  it('seed 002: 36,430 yuan deducted at 2× is exactly 72,860 yuan, with a tagged event', async () => {
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
    expect(await eventBySeq(hub, auditSeq)).toMatchObject({
      type: 'penalty.proposed',
      actorId: auditor.actorId,
      entityType: 'Penalty',
      entityId: raw(penalty.id),
      insurerId: insurer.id,
      providerId: provider.id,
      data: expect.objectContaining({ amountFen: '7286000', multiple: '2.00' }),
    });
  });

  it('physician billing suspension takes 12–60 months and the physician; refused outside', async () => {
    const { finding } = await setup();
    const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id });
    const ok60 = await propose(finding.id, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      durationMonths: 60,
      physicianId: gid('Physician', physician.id),
    });
    expect(ok60.penalty).toMatchObject({ target: 'PHYSICIAN', durationMonths: 60, amountFen: null });
    const penalties = () => hub.prisma.penalty.count();
    const ext = await expectNoChange(
      hub,
      penalties,
      () =>
        hub.exec(
          PROPOSE,
          {
            input: {
              findingId: gid('Finding', finding.id),
              measure: 'PHYSICIAN_BILLING_SUSPENSION',
              durationMonths: 61,
              legalBasis: 'x',
            },
          },
          auditor,
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual([
      'input.physicianId',
      'input.durationMonths',
    ]);
  });

  it('insured settlement suspension defaults to one year and needs an insured person', async () => {
    const insured = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    const { finding } = await setup();
    const r = await propose(finding.id, {
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      multiple: null,
      insuredPersonId: gid('InsuredPerson', insured.id),
    });
    expect(r.penalty).toMatchObject({ target: 'INSURED_PERSON', durationMonths: 12 });
    await expectNoChange(
      hub,
      () => hub.prisma.penalty.count(),
      () =>
        hub.exec(
          PROPOSE,
          {
            input: {
              findingId: gid('Finding', finding.id),
              measure: 'INSURED_SETTLEMENT_SUSPENSION',
              legalBasis: 'x',
            },
          },
          auditor,
        ),
      'BAD_USER_INPUT',
    );
  });

  it('refuses a proposal on a closed finding, naming its state', async () => {
    const { finding } = await setup();
    await hub.prisma.finding.update({ where: { id: finding.id }, data: { status: 'CLOSED' } });
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.penalty.count(),
      () =>
        hub.exec(
          PROPOSE,
          { input: { findingId: gid('Finding', finding.id), measure: 'WARNING', legalBasis: 'x' } },
          auditor,
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ entity: 'Finding', currentStatus: 'CLOSED' });
  });

  it('refuses a multiple beyond 5×, a viewer, and another insurer', async () => {
    const { finding } = await setup();
    const count = () => hub.prisma.penalty.count();
    const input = {
      findingId: gid('Finding', finding.id),
      measure: 'LIQUIDATED_DAMAGES',
      multiple: '6',
      legalBasis: 'x',
    };
    await expectNoChange(hub, count, () => hub.exec(PROPOSE, { input }, auditor), 'BAD_USER_INPUT');
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PROPOSE, { input: { ...input, multiple: '2' } }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PROPOSE, { input: { ...input, multiple: '2' } }, insurerAuditor(other.id)),
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
      await hub.exec<{
        issuePenalty: {
          auditSeq: string;
          penalty: { status: string; appealDeadline: string; version: number };
        };
      }>(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, admin),
    ).issuePenalty;
    expect(r.penalty).toMatchObject({ status: 'ISSUED', version: 2 });
    const deadline = new Date(r.penalty.appealDeadline).getTime();
    expect(deadline).toBeGreaterThanOrEqual(before + 15 * 86_400_000);
    expect(deadline).toBeLessThan(before + 16 * 86_400_000);
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'penalty.issued',
      actorId: admin.actorId,
      entityId: raw(p.id),
      insurerId: insurer.id,
      providerId: provider.id,
    });
    expect((await hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe(
      'PENALISED',
    );
    const ext = await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () => hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 2 } }, admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ currentStatus: 'ISSUED', action: 'ISSUE' });
  });

  it('refuses to issue without an agreement clause and an auditor issuing (FORBIDDEN)', async () => {
    const { finding } = await setup();
    const p = (await propose(finding.id, { clauseRef: null })).penalty;
    const ext = await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () => hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, admin),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toEqual([{ path: ['input', 'clauseRef'], message: expect.any(String) }]);
    await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () => hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1, clauseRef: '第三十条' } }, auditor),
      'FORBIDDEN',
    );
  });

  it('the provider appeals in time; the agency reduces; execution records the recovery; close', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    const staff = providerStaff(provider.id);
    const a = ok(
      await hub.exec<{ fileAppeal: { auditSeq: string; penalty: { status: string; version: number } } }>(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'APPEAL', grounds: '部分费用属合理诊疗' } },
        staff,
      ),
    ).fileAppeal;
    expect(a.penalty.status).toBe('APPEALED');
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'penalty.appealed',
      actorId: staff.actorId,
      entityId: raw(p.id),
      providerId: provider.id,
    });
    const appeal = await hub.prisma.appeal.findFirstOrThrow({ where: { penaltyId: raw(p.id) } });
    expect(appeal).toMatchObject({ kind: 'APPEAL', filedById: staff.actorId, decision: null });

    // REDUCE must lower the amount.
    await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () =>
        hub.exec(
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
          admin,
        ),
      'BAD_USER_INPUT',
    );
    const d = ok(
      await hub.exec<{ decideAppeal: { auditSeq: string; penalty: { status: string; amountFen: number } } }>(
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
        admin,
      ),
    ).decideAppeal;
    expect(d.penalty).toMatchObject({ status: 'REDUCED', amountFen: 5_000_000 });
    const tags = {
      actorId: admin.actorId,
      entityType: 'Penalty',
      entityId: raw(p.id),
      insurerId: insurer.id,
      providerId: provider.id,
    };
    expect(await eventBySeq(hub, d.auditSeq)).toMatchObject({
      type: 'penalty.decided',
      ...tags,
      data: expect.objectContaining({ decision: 'REDUCE', previousAmountFen: '7286000' }),
    });
    expect(await hub.prisma.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      decision: 'REDUCE',
      reducedAmountFen: 5_000_000n,
      decidedById: admin.actorId,
    });

    await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () =>
        hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 4, recoveredAmountFen: 5_000_001 } }, admin),
      'BAD_USER_INPUT',
    );
    const e = ok(
      await hub.exec<{
        executePenalty: { auditSeq: string; penalty: { status: string; recoveredAmountFen: number } };
      }>(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, admin),
    ).executePenalty;
    expect(e.penalty).toMatchObject({ status: 'EXECUTED', recoveredAmountFen: 5_000_000 });
    expect(await eventBySeq(hub, e.auditSeq)).toMatchObject({
      type: 'penalty.executed',
      ...tags,
      data: expect.objectContaining({ recoveredAmountFen: '5000000' }),
    });

    const c = ok(
      await hub.exec<{ closePenalty: { auditSeq: string; penalty: { status: string } } }>(
        CLOSE,
        { input: { id: p.id, expectedVersion: 5 } },
        admin,
      ),
    ).closePenalty;
    expect(c.penalty.status).toBe('CLOSED');
    expect(await eventBySeq(hub, c.auditSeq)).toMatchObject({ type: 'penalty.closed', ...tags });
    expect((await hub.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe('CLOSED');
    const ext = await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () => hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 6 } }, admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('CLOSED');
  });

  it('refuses an appeal after the deadline, from another provider, and on a proposal', async () => {
    const { finding } = await setup();
    const late = await createPenalty(hub.prisma, {
      findingId: finding.id,
      status: 'ISSUED',
      issuedAt: plusDays(new Date(), -20),
      appealDeadline: plusDays(new Date(), -5),
      clauseRef: '30',
    });
    const ext = await expectNoChange(
      hub,
      () => penaltyRow(late.id),
      () =>
        hub.exec(
          APPEAL,
          { input: { penaltyId: gid('Penalty', late.id), kind: 'APPEAL', grounds: 'late' } },
          providerStaff(provider.id),
        ),
      'APPEAL_DEADLINE_PASSED',
    );
    expect(ext.appealDeadline).toBe(late.appealDeadline!.toISOString());
    expect(await hub.prisma.appeal.count({ where: { penaltyId: late.id } })).toBe(0);

    const p = await issued(finding.id);
    const stranger = await createProvider(hub.prisma, { insurerId: insurer.id });
    await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () =>
        hub.exec(
          APPEAL,
          { input: { penaltyId: p.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(stranger.id),
        ),
      'NOT_FOUND',
    );

    const proposed = (await propose(finding.id)).penalty;
    const ext2 = await expectNoChange(
      hub,
      () => penaltyRow(raw(proposed.id)),
      () =>
        hub.exec(
          APPEAL,
          { input: { penaltyId: proposed.id, kind: 'APPEAL', grounds: 'x' } },
          providerStaff(provider.id),
        ),
      'ILLEGAL_TRANSITION',
    );
    expect(ext2.currentStatus).toBe('PROPOSED');
  });

  it('overturn leads to close without execution; executing an overturned penalty is refused', async () => {
    const { finding } = await setup();
    const p = await issued(finding.id);
    ok(
      await hub.exec(
        APPEAL,
        { input: { penaltyId: p.id, kind: 'RECONSIDERATION', grounds: '证据不足' } },
        admin,
      ),
    );
    ok(
      await hub.exec(
        DECIDE,
        { input: { penaltyId: p.id, expectedVersion: 3, decision: 'OVERTURN', reason: '证据不足' } },
        admin,
      ),
    );
    const ext = await expectNoChange(
      hub,
      () => penaltyRow(raw(p.id)),
      () => hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 4 } }, admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('OVERTURNED');
    ok(await hub.exec(CLOSE, { input: { id: p.id, expectedVersion: 4 } }, admin));
  });
});

describe('execution changes the agreement, physician or insured person in the same transaction', () => {
  it('AGREEMENT_SUSPENSION suspends the agreement with transition and event', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, {
      measure: 'AGREEMENT_SUSPENSION',
      multiple: null,
      durationMonths: 3,
    });
    const e = ok(
      await hub.exec<{
        executePenalty: { auditSeq: string; penalty: { status: string; effectiveUntil: string } };
      }>(EXECUTE, { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-01-31' } }, admin),
    ).executePenalty;
    expect(e.penalty).toMatchObject({ status: 'EXECUTED', effectiveUntil: '2026-04-30' });
    expect(await hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: 'SUSPENDED',
      suspensionScope: 'AGREEMENT',
      version: 2,
    });
    const [suspended, executed] = await lastEvents(hub, 2);
    expect(suspended).toMatchObject({
      type: 'agreement.suspended',
      entityId: agreement.id,
      data: expect.objectContaining({ penaltyId: raw(p.id) }),
    });
    expect(executed).toMatchObject({ type: 'penalty.executed', seq: BigInt(e.auditSeq) });
    expect(
      await hub.prisma.agreementTransition.findFirst({
        where: { agreementId: agreement.id, action: 'SUSPEND' },
      }),
    ).toMatchObject({ fromStatus: 'ACTIVE', toStatus: 'SUSPENDED' });
  });

  it('refuses execution when the agreement can no longer be suspended: nothing is written', async () => {
    const { agreement, finding } = await setup();
    const p = await issued(finding.id, { measure: 'SETTLEMENT_SUSPENSION', multiple: null });
    await hub.prisma.agreement.update({ where: { id: agreement.id }, data: { status: 'EXPIRED' } });
    const snapshot = async () => [
      await penaltyRow(raw(p.id)),
      await hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } }),
    ];
    const ext = await expectNoChange(
      hub,
      snapshot,
      () => hub.exec(EXECUTE, { input: { id: p.id, expectedVersion: 2 } }, admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext).toMatchObject({ entity: 'Agreement', currentStatus: 'EXPIRED' });
  });

  it('AGREEMENT_TERMINATION terminates and bans the provider for 3 years', async () => {
    const p2 = await createProvider(hub.prisma, { insurerId: insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: p2.id });
    const finding = await createFinding(hub.prisma, { agreementId: agreement.id });
    const p = await issued(finding.id, { measure: 'AGREEMENT_TERMINATION', multiple: null });
    ok(
      await hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-03-15' } },
        admin,
      ),
    );
    expect((await hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe(
      'TERMINATED',
    );
    const prov = await hub.prisma.provider.findUniqueOrThrow({ where: { id: p2.id } });
    expect(prov.status).toBe('TERMINATED');
    expect(prov.reapplicationBannedUntil!.toISOString().slice(0, 10)).toBe('2029-03-15');
    const types = (await lastEvents(hub, 3)).map((e) => e.type);
    expect(types).toEqual(['agreement.terminated', 'provider.reapplicationBanned', 'penalty.executed']);
  });

  it('PHYSICIAN_BILLING_SUSPENSION stops the physician billing until the end date', async () => {
    const { finding } = await setup();
    const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id });
    const p = await issued(finding.id, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      durationMonths: 24,
      physicianId: gid('Physician', physician.id),
    });
    ok(
      await hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-02-01' } },
        admin,
      ),
    );
    const row = await hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } });
    expect(row.status).toBe('BILLING_SUSPENDED');
    expect(row.billingSuspendedUntil!.toISOString().slice(0, 10)).toBe('2028-02-01');
    expect((await lastEvents(hub, 2)).map((e) => e.type)).toEqual([
      'physician.billingSuspended',
      'penalty.executed',
    ]);
  });

  it('INSURED_SETTLEMENT_SUSPENSION suspends direct settlement for a year; its event is tagged with the insurer only', async () => {
    const insured = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    const { finding } = await setup();
    const p = await issued(finding.id, {
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      multiple: null,
      insuredPersonId: gid('InsuredPerson', insured.id),
    });
    ok(
      await hub.exec(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2, effectiveFrom: '2026-05-10' } },
        admin,
      ),
    );
    expect(
      (await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: insured.id } }))
        .settlementSuspendedUntil!.toISOString()
        .slice(0, 10),
    ).toBe('2027-05-10');
    const [event] = await lastEvents(hub, 2);
    expect(event).toMatchObject({
      type: 'insuredPerson.settlementSuspended',
      insurerId: insurer.id,
      providerId: null,
      partnerId: null,
    });
  });
});
