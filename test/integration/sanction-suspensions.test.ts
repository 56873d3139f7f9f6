import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import {
  createAgreement,
  createFinding,
  createInsuredPerson,
  createInsurer,
  createPenalty,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import {
  eventBySeq,
  expectNoChange,
  gid,
  iso,
  lastEvents,
  ok,
  plusDays,
  agencyToday,
} from './mutation-helpers.js';

/** Suspensions of an insured person's settlement (restored on request once the term has run) and a physician's billing (lifted early, ended at term), the notice sent. */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let finding: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  finding = await createFinding(hub.prisma, { agreementId: agreement.id });
});
afterAll(() => hub.close());

const LIFT = `mutation ($input: LiftSettlementSuspensionInput!) { liftSettlementSuspension(input: $input) { auditSeq sanctionEnd { kind reason endedOn requestDocumentRef pledgeDocumentRef } } }`;
const LIFT_BILLING = `mutation ($input: LiftBillingSuspensionInput!) { liftBillingSuspension(input: $input) { auditSeq sanctionEnd { kind reason } } }`;
const END = `mutation { endExpiredSanctions { ended auditSeq } }`;
const DISPATCH = `mutation ($input: DispatchHealthAuthorityNoticeInput!) { dispatchHealthAuthorityNotice(input: $input) { auditSeq document { id deliveryStatus recipient } } }`;
const DELIVERY = `mutation ($input: RecordDocumentDeliveryInput!) { recordDocumentDelivery(input: $input) { auditSeq document { deliveryStatus deliveredAt } } }`;
const docs = { requestDocumentRef: 'SQ-2026-011', pledgeDocumentRef: 'CN-2026-011' };

describe('insured-person settlement suspension: restored on request once its term has run', () => {
  it('restores on a written request and pledge on the day the term ends, recorded with its documents, the event naming no person', async () => {
    const person = await createInsuredPerson(hub.prisma, {
      insurerId: insurer.id,
      nameZh: '王五',
      settlementSuspendedUntil: agencyToday(),
      settlementSuspendedFrom: plusDays(agencyToday(), -365),
    });
    const r = ok(
      await hub.exec<{
        liftSettlementSuspension: { auditSeq: string; sanctionEnd: Record<string, unknown> };
      }>(
        LIFT,
        { input: { insuredPersonId: gid('InsuredPerson', person.id), ...docs } },
        insurerAdmin(insurer.id),
      ),
    ).liftSettlementSuspension;
    expect(r.sanctionEnd).toMatchObject({
      kind: 'INSURED_SETTLEMENT_SUSPENSION',
      reason: 'TERM_ENDED',
      endedOn: iso(agencyToday()),
      ...docs,
    });
    // The suspension's span is kept (monitoring still finds claims from inside it): its start
    // stays, and the restoration day is its end.
    expect(
      await hub.prisma.insuredPerson.findUniqueOrThrow({
        where: { id: person.id },
        select: { settlementSuspendedUntil: true, settlementSuspendedFrom: true, settlementRestoredOn: true },
      }),
    ).toEqual({ settlementSuspendedUntil: null, settlementSuspendedFrom: plusDays(agencyToday(), -365), settlementRestoredOn: agencyToday() });
    const event = await eventBySeq(hub, r.auditSeq);
    expect(event).toMatchObject({
      type: 'insuredPerson.settlementRestored',
      insurerId: insurer.id,
      providerId: null,
      data: expect.objectContaining(docs),
    });
    expect(JSON.stringify(event.data)).not.toContain('王五');
    expect(JSON.stringify(event.data)).not.toContain(person.idNumber);
  });

  it('refuses while the term runs, a person not suspended, another insurer, auditors and missing documents', async () => {
    const person = await createInsuredPerson(hub.prisma, {
      insurerId: insurer.id,
      settlementSuspendedUntil: plusDays(agencyToday(), 30),
    });
    const free = await createInsuredPerson(hub.prisma, { insurerId: insurer.id, settlementSuspendedUntil: null });
    const row = () => hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } });
    const input = { insuredPersonId: gid('InsuredPerson', person.id), ...docs };
    await expectNoChange(hub, row, () => hub.exec(LIFT, { input }, insurerAdmin(other.id)), 'NOT_FOUND');
    await expectNoChange(hub, row, () => hub.exec(LIFT, { input }, insurerAuditor(insurer.id)), 'FORBIDDEN');
    await expectNoChange(
      hub,
      row,
      () => hub.exec(LIFT, { input: { ...input, pledgeDocumentRef: ' ' } }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: free.id } }),
      () =>
        hub.exec(
          LIFT,
          { input: { ...input, insuredPersonId: gid('InsuredPerson', free.id) } },
          insurerAdmin(insurer.id),
        ),
      'SANCTION_NOT_RUNNING',
    );
    expect(ext.until).toBeNull();
    const running = await expectNoChange(
      hub,
      row,
      () => hub.exec(LIFT, { input }, insurerAdmin(insurer.id)),
      'SANCTION_TERM_RUNNING',
    );
    expect(running.until).toBe(iso(plusDays(agencyToday(), 30)));
  });

  it('ends physicians\' suspensions whose term ran out, one event each, idempotently; an insured person stays suspended until asking', async () => {
    const person = await createInsuredPerson(hub.prisma, {
      insurerId: insurer.id,
      settlementSuspendedUntil: plusDays(agencyToday(), -1),
    });
    const physician = await createPhysician(hub.prisma, {
      primaryProviderId: provider.id,
      status: 'BILLING_SUSPENDED',
      billingSuspendedUntil: agencyToday(),
    });
    const r = ok(
      await hub.exec<{ endExpiredSanctions: { ended: number; auditSeq: string } }>(
        END,
        {},
        insurerAdmin(insurer.id),
      ),
    ).endExpiredSanctions;
    expect(r.ended).toBeGreaterThanOrEqual(1);
    expect(
      (await hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } }))
        .settlementSuspendedUntil,
    ).toEqual(plusDays(agencyToday(), -1));
    expect((await hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } })).status).toBe(
      'ACTIVE',
    );
    const types = (await lastEvents(hub, r.ended)).map((e) => e.type);
    expect(types).not.toContain('insuredPerson.settlementRestored');
    expect(types).toContain('physician.billingRestored');
    expect(
      ok(await hub.exec<{ endExpiredSanctions: { ended: number } }>(END, {}, insurerAdmin(insurer.id)))
        .endExpiredSanctions.ended,
    ).toBe(0);
    await expectNoChange(
      hub,
      () => hub.prisma.sanctionEnd.count(),
      () => hub.exec(END, {}, insurerAuditor(insurer.id)),
      'FORBIDDEN',
    );
  });
});

describe('physician billing suspension: early lift, notice to the health authority', () => {
  it('lifts early and records the notice as a dispatched document with its delivery status', async () => {
    const physician = await createPhysician(hub.prisma, {
      primaryProviderId: provider.id,
      status: 'BILLING_SUSPENDED',
      billingSuspendedUntil: plusDays(agencyToday(), 700),
    });
    const penalty = await createPenalty(hub.prisma, {
      findingId: finding.id,
      target: 'PHYSICIAN',
      physicianId: physician.id,
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      durationMonths: 24,
      status: 'EXECUTED',
    });
    const admin = insurerAdmin(insurer.id);
    const d = ok(
      await hub.exec<{
        dispatchHealthAuthorityNotice: { auditSeq: string; document: { id: string; deliveryStatus: string } };
      }>(
        DISPATCH,
        {
          input: {
            penaltyId: gid('Penalty', penalty.id),
            recipient: '马鞍山市卫生健康委员会',
            documentRef: 'MYB-TZ-2026-07',
          },
        },
        admin,
      ),
    ).dispatchHealthAuthorityNotice;
    expect(d.document.deliveryStatus).toBe('DISPATCHED');
    expect(await eventBySeq(hub, d.auditSeq)).toMatchObject({
      type: 'dispatchedDocument.dispatched',
      providerId: provider.id,
    });
    const del = ok(
      await hub.exec<{ recordDocumentDelivery: { auditSeq: string; document: { deliveryStatus: string } } }>(
        DELIVERY,
        { input: { id: d.document.id, expectedVersion: 1, deliveryStatus: 'DELIVERED' } },
        admin,
      ),
    ).recordDocumentDelivery;
    expect(del.document.deliveryStatus).toBe('DELIVERED');
    expect(await eventBySeq(hub, del.auditSeq)).toMatchObject({
      type: 'dispatchedDocument.deliveryRecorded',
    });
    await expectNoChange(
      hub,
      () => hub.prisma.dispatchedDocument.findMany(),
      () =>
        hub.exec(
          DELIVERY,
          { input: { id: d.document.id, expectedVersion: 2, deliveryStatus: 'RETURNED' } },
          admin,
        ),
      'ILLEGAL_TRANSITION',
    );
    const wrong = await createPenalty(hub.prisma, { findingId: finding.id, status: 'EXECUTED' });
    await expectNoChange(
      hub,
      () => hub.prisma.dispatchedDocument.count(),
      () =>
        hub.exec(
          DISPATCH,
          { input: { penaltyId: gid('Penalty', wrong.id), recipient: 'x', documentRef: 'y' } },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    const l = ok(
      await hub.exec<{ liftBillingSuspension: { auditSeq: string; sanctionEnd: { kind: string } } }>(
        LIFT_BILLING,
        { input: { physicianId: gid('Physician', physician.id), ...docs } },
        admin,
      ),
    ).liftBillingSuspension;
    expect(l.sanctionEnd.kind).toBe('PHYSICIAN_BILLING_SUSPENSION');
    expect(await eventBySeq(hub, l.auditSeq)).toMatchObject({
      type: 'physician.billingRestored',
      providerId: provider.id,
    });
    await expectNoChange(
      hub,
      () => hub.prisma.physician.findUniqueOrThrow({ where: { id: physician.id } }),
      () =>
        hub.exec(LIFT_BILLING, { input: { physicianId: gid('Physician', physician.id), ...docs } }, admin),
      'SANCTION_NOT_RUNNING',
    );
  });
});
