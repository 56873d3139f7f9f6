import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import { storeClaims } from '../../server/domain/monitoring/store-claims.js';
import type { ClaimRecord } from '../../server/domain/monitoring/claim-record.js';
import type { QueryWorld } from './world.js';
import * as f from './records.js';
import { seedAgencySide } from './tenant-world-agency.js';

/**
 * One tenant's side of the query world: its insurer, a provider with an agreement, a finding
 * and its penalty, a rule with a hit, an insured person, a physician, the partner it entrusts.
 */
export interface Side {
  insurerId: string;
  providerId: string;
  agreementId: string;
  penaltyId: string;
  ruleId: string;
  hitId: string;
  personId: string;
  physicianId: string;
  partnerId: string;
}

const at = new Date('2025-05-10T02:00:00Z');

/** A settled claim with one drug line (written by the import's own writer, partitions and key included). */
function claimOf(s: Side): ClaimRecord {
  return {
    id: randomUUID(),
    settlementId: f.uniq('JS'),
    settlementMonth: '2025-05-01',
    insurerId: s.insurerId,
    providerId: s.providerId,
    agreementId: s.agreementId,
    physicianId: s.physicianId,
    insuredPersonId: s.personId,
    insuranceType: 'EMPLOYEE',
    visitType: 'OUTPATIENT',
    admittedOn: null,
    dischargedOn: null,
    interimSettlement: false,
    settledAt: at,
    diagnoses: ['J06.9'],
    settlementCategory: 'GENERAL_OUTPATIENT',
    totalFen: 12_000n,
    fundFen: 8_000n,
    accountFen: 2_000n,
    selfFen: 2_000n,
    lines: [
      {
        lineNo: 1,
        catalogueCode: 'XJ01CA',
        name: '阿莫西林胶囊',
        category: 'WESTERN_DRUG',
        quantity: '2',
        unitPriceFen: 6_000n,
        amountFen: 12_000n,
        daysSupply: 7,
        prescriptionNo: f.uniq('RX'),
        prescribedOn: '2025-05-09',
        servedOn: '2025-05-10',
      },
    ],
  };
}

/**
 * Rows for every table added after the read world (smart monitoring, handling of hits,
 * templates and campaigns, reports, sanctions, documents, disclosures…), one set per side, so
 * each tenant table holds rows of two insurers and two providers. Written straight through
 * Prisma, as records.ts does: the state is what the isolation tests read, not what a command
 * would decide.
 */
export async function seedTenantSide(db: PrismaClient, s: Side): Promise<void> {
  const insurerId = s.insurerId;
  const system = { actorType: 'SYSTEM', actorId: 'test' } as const;

  await db.auditRuleVersion.create({
    data: {
      ruleId: s.ruleId,
      insurerId,
      version: 1,
      parameters: {},
      judgementLevel: 'SUSPECTED',
      blocking: false,
      active: true,
      ...system,
    },
  });
  await db.ruleHitTransition.create({
    data: {
      ruleHitId: s.hitId,
      insurerId,
      providerId: s.providerId,
      action: 'REVIEW',
      fromStep: 'INITIAL_REVIEW',
      toStep: 'REEXAMINATION',
      note: '初审认为疑点成立',
      dueAt: new Date('2025-05-20T16:00:00Z'),
      late: false,
      ...system,
    },
  });
  await db.reviewDeadlineSetting.create({
    data: {
      insurerId,
      initialReviewDays: 5,
      reexaminationDays: 5,
      statementDays: 5,
      investigationDays: 10,
      handlingDays: 5,
    },
  });
  await db.$transaction((tx) => storeClaims(tx, [claimOf(s)]));
  // A reminder and an interception (a refused settlement, the `interceptions` the API lists).
  for (const outcome of ['REMINDED', 'INTERCEPTED'] as const) {
    await db.monitoringOutcome.create({
      data: {
        insurerId,
        providerId: s.providerId,
        moment: outcome === 'REMINDED' ? 'BEFORE' : 'DURING',
        outcome,
        settlementId: f.uniq('JS'),
        settlementMonth: f.day('2025-05-01'),
        fundFen: 8_000n,
        hitAmountFen: 2_000n,
        ruleKeys: ['quantity-over-limit'],
      },
    });
  }
  const entry = await db.knowledgeEntry.create({
    data: {
      insurerId,
      kind: 'QUANTITY_LIMIT',
      catalogueCode: f.uniq('K'),
      nameZh: '地方限量',
      maxQuantity: '10',
    },
  });
  await db.knowledgeEntryVersion.create({ data: { entryId: entry.id, insurerId, version: 1, data: {} } });
  const run = await db.screeningRun.create({
    data: { insurerId, periodFrom: f.day('2025-05-01'), periodTo: f.day('2025-05-31'), ruleIds: [s.ruleId] },
  });
  await db.screeningChunk.create({ data: { runId: run.id, insurerId, providerId: s.providerId } });
  await seedAgencySide(db, s);
}

/**
 * Provider A1 also contracts with insurer B (a cross-region agreement): insurer B's agreement,
 * finding, penalty, rule hit and claim at A1 are B's rows that A1 reads as its own, and that
 * insurer A and partner P (entrusted by A) must not read.
 */
export async function seedCrossContract(db: PrismaClient, b: Side, providerId: string): Promise<void> {
  const agreement = await f.createAgreement(db, { insurerId: b.insurerId, providerId });
  const finding = await f.createFinding(db, { agreementId: agreement.id, foundOn: f.day('2025-05-02') });
  await f.createPenalty(db, { findingId: finding.id });
  await f.createRuleHit(db, { ruleId: b.ruleId, providerId, agreementId: agreement.id });
  await db.$transaction((tx) =>
    storeClaims(tx, [{ ...claimOf(b), providerId, agreementId: agreement.id, physicianId: null }]),
  );
}

/** Insurer B's entrusted partner, so both insurers have one (partner Q's agreement is not supervisory). */
export async function createPartnerR(db: PrismaClient, w: QueryWorld) {
  const partnerR = await f.createPartner(db, { nameZh: '太平洋财险南京分公司', nameEn: 'CPIC Nanjing' });
  await f.createAgreement(db, {
    insurerId: w.insB.id,
    partnerId: partnerR.id,
    entrustedWork: ['SITE_PATROL'],
  });
  return partnerR;
}

/** The national knowledge library (no insurer): every insurer's staff reads it, nobody else. */
export async function seedNationalLibrary(db: PrismaClient): Promise<void> {
  const entry = await db.knowledgeEntry.create({
    data: {
      insurerId: null,
      kind: 'SEX_RESTRICTION',
      catalogueCode: f.uniq('K'),
      nameZh: '全国限性别',
      sex: 'FEMALE',
    },
  });
  await db.knowledgeEntryVersion.create({
    data: { entryId: entry.id, insurerId: null, version: 1, data: {} },
  });
}

export const sidesOf = (w: QueryWorld, partnerRId: string): [Side, Side] => [
  {
    insurerId: w.insA.id,
    providerId: w.pA1.id,
    agreementId: w.aA1.id,
    penaltyId: w.pen1.id,
    ruleId: w.rA1.id,
    hitId: w.hit1.id,
    personId: w.personA.id,
    physicianId: w.docA.id,
    partnerId: w.partnerP.id,
  },
  {
    insurerId: w.insB.id,
    providerId: w.pB1.id,
    agreementId: w.aB1.id,
    penaltyId: w.penB.id,
    ruleId: w.rB1.id,
    hitId: w.hitB.id,
    personId: w.personB.id,
    physicianId: w.docB.id,
    partnerId: partnerRId,
  },
];
