import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  insurerAdmin,
  insurerAuditor,
  insurerViewer,
  partnerViewer,
  providerStaff,
} from '../factories/viewers.js';
import {
  createAgreement,
  createInsurer,
  createPartner,
  createPhysician,
  createProvider,
  createViolationType,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, iso, ok, plusDays, agencyToday } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let agreement: { id: string };
let violationType: { id: string; code: string };
let entrusted: { id: string };
let outsider: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  violationType = await createViolationType(hub.prisma);
  entrusted = await createPartner(hub.prisma);
  outsider = await createPartner(hub.prisma);
  // The insurer entrusts `entrusted` with trauma investigations (S0 §6 (docs/domain/sources.md)).
  await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    partnerId: entrusted.id,
    entrustedWork: ['TRAUMA_INVESTIGATION'],
  });
  // `outsider` only runs routine administration for the insurer: no supervisory sight.
  await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    partnerId: outsider.id,
    kind: 'ADMINISTRATION_SERVICE',
    entrustedWork: ['ROUTINE_ADMINISTRATION'],
  });
});
afterAll(() => hub.close());

const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) { auditSeq finding { id status violatingAmountFen source } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  agreementId: gid('Agreement', agreement.id),
  violationTypeId: gid('ViolationType', violationType.id),
  source: 'ON_SITE_INSPECTION',
  description: '住院病人伪造病情',
  evidence: [{ kind: 'MEDICAL_RECORD', ref: 'ARCH-2019-0042' }],
  violatingAmountFen: 1_300_000,
  occurredFrom: iso(plusDays(agencyToday(), -90)),
  occurredTo: iso(plusDays(agencyToday(), -60)),
  foundOn: iso(plusDays(agencyToday(), -1)),
  ...over,
});
const findings = () => hub.prisma.finding.count();
const raw = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

describe('recordFinding', () => {
  it('records an inspection finding with evidence and a tagged event', async () => {
    const auditor = insurerAuditor(insurer.id);
    const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id });
    const r = ok(
      await hub.exec<{
        recordFinding: {
          auditSeq: string;
          finding: { id: string; status: string; violatingAmountFen: number };
        };
      }>(RECORD, { input: input({ physicianId: gid('Physician', physician.id) }) }, auditor),
    ).recordFinding;
    expect(r.finding).toMatchObject({ status: 'OPEN', violatingAmountFen: 1_300_000 });
    const row = await hub.prisma.finding.findUniqueOrThrow({ where: { id: raw(r.finding.id) } });
    expect(row).toMatchObject({
      providerId: provider.id,
      physicianId: physician.id,
      evidence: [{ kind: 'MEDICAL_RECORD', ref: 'ARCH-2019-0042' }],
    });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'finding.recorded',
      actorId: auditor.actorId,
      entityType: 'Finding',
      entityId: row.id,
      insurerId: insurer.id,
      providerId: provider.id,
      partnerId: null,
      data: expect.objectContaining({ violationTypeCode: violationType.code, violatingAmountFen: '1300000' }),
    });
  });

  it('an entrusted partner records a PARTNER_INVESTIGATION result, tagged with the partner', async () => {
    const viewer = partnerViewer(entrusted.id);
    const r = ok(
      await hub.exec<{ recordFinding: { auditSeq: string; finding: { source: string } } }>(
        RECORD,
        { input: input({ source: 'PARTNER_INVESTIGATION' }) },
        viewer,
      ),
    ).recordFinding;
    expect(r.finding.source).toBe('PARTNER_INVESTIGATION');
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'finding.recorded',
      actorId: viewer.actorId,
      actorType: 'API_CLIENT',
      partnerId: entrusted.id,
      insurerId: insurer.id,
    });
  });

  it('refuses a partner recording another source, a partner without supervisory entrustment, and provider staff', async () => {
    const ext = await expectNoChange(
      hub,
      findings,
      () => hub.exec(RECORD, { input: input({ source: 'ON_SITE_INSPECTION' }) }, partnerViewer(entrusted.id)),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'source'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    await expectNoChange(
      hub,
      findings,
      () =>
        hub.exec(RECORD, { input: input({ source: 'PARTNER_INVESTIGATION' }) }, partnerViewer(outsider.id)),
      'NOT_FOUND',
    );
    await expectNoChange(
      hub,
      findings,
      () => hub.exec(RECORD, { input: input() }, providerStaff(provider.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      findings,
      () => hub.exec(RECORD, { input: input() }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
  });

  it("refuses another insurer's agreement as NOT_FOUND", async () => {
    await expectNoChange(
      hub,
      findings,
      () => hub.exec(RECORD, { input: input() }, insurerAdmin(other.id)),
      'NOT_FOUND',
    );
  });

  it('refuses invalid input with field paths: negative amount, future date, reversed period, foreign physician', async () => {
    const admin = insurerAdmin(insurer.id);
    const stranger = await createPhysician(hub.prisma, {
      primaryProviderId: (await createProvider(hub.prisma, { insurerId: insurer.id })).id,
    });
    const paths = async (over: Record<string, unknown>) => {
      const ext = await expectNoChange(
        hub,
        findings,
        () => hub.exec(RECORD, { input: input(over) }, admin),
        'BAD_USER_INPUT',
      );
      return (ext.fields as { path: string[] }[]).map((f) => f.path.join('.'));
    };
    expect(await paths({ violatingAmountFen: -1 })).toEqual(['input.violatingAmountFen']);
    expect(await paths({ foundOn: iso(plusDays(agencyToday(), 2)) })).toEqual(['input.foundOn']);
    expect(
      await paths({
        occurredFrom: iso(plusDays(agencyToday(), -10)),
        occurredTo: iso(plusDays(agencyToday(), -20)),
      }),
    ).toEqual(['input.occurredTo']);
    expect(await paths({ physicianId: gid('Physician', stranger.id) })).toEqual(['input.physicianId']);
  });

  it('refuses a finding on a draft agreement', async () => {
    const draft = await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      status: 'DRAFT',
    });
    const ext = await expectNoChange(
      hub,
      findings,
      () =>
        hub.exec(
          RECORD,
          { input: input({ agreementId: gid('Agreement', draft.id) }) },
          insurerAdmin(insurer.id),
        ),
      'AGREEMENT_NOT_ACTIVE',
    );
    expect(ext.currentStatus).toBe('DRAFT');
  });
});
