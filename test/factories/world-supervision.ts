import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import * as f from './records.js';
import type { WorldParties } from './world-parties.js';

/**
 * The query world's supervision records on its parties: tip-offs, findings, penalties and their
 * appeals, assessments and credit grades, each filter's values split between them.
 */
export async function createWorldSupervision(db: PrismaClient, parties: WorldParties) {
  const { insA, insB, partnerP, pA1, pA2, pB1, aA1, aA2, aA3, aP, aB1, vt1, vt2, docA, personA } = parties;
  const tA = await f.createTipOff(db, {
    insurerId: insA.id,
    providerId: pA1.id,
    status: 'VERIFIED',
    verifiedAmountFen: 7_286_000n,
    summary: '举报分娩费用造假',
  });
  const tA2 = await f.createTipOff(db, { insurerId: insA.id, channel: 'ONLINE', summary: '举报药房串换' });
  const tB = await f.createTipOff(db, { insurerId: insB.id, summary: '南京举报' });

  const fA1 = await f.createFinding(db, {
    agreementId: aA1.id,
    violationTypeId: vt1.id,
    violatingAmountFen: 3_643_000n,
    foundOn: f.day('2025-03-01'),
    physicianId: docA.id,
    insuredPersonId: personA.id,
    description: '分解住院 12 人次',
  });
  const fA2 = await f.createFinding(db, {
    agreementId: aA2.id,
    violationTypeId: vt2.id,
    violatingAmountFen: 7_286_000n,
    foundOn: f.day('2025-07-15'),
    source: 'PARTNER_INVESTIGATION',
    partnerId: partnerP.id,
    tipOffId: tA.id,
    status: 'PENALISED',
  });
  const fA3 = await f.createFinding(db, {
    agreementId: aA3.id,
    violationTypeId: vt1.id,
    violatingAmountFen: 50_000n,
    foundOn: f.day('2025-09-01'),
    source: 'SMART_MONITORING',
    status: 'DISMISSED',
  });
  const fB1 = await f.createFinding(db, {
    agreementId: aB1.id,
    violationTypeId: vt1.id,
    foundOn: f.day('2025-04-01'),
  });

  const pen1 = await f.createPenalty(db, {
    findingId: fA1.id,
    status: 'ISSUED',
    amountFen: 7_286_000n,
    proposedAt: new Date('2025-03-10T02:00:00Z'),
    appealDeadline: new Date('2025-03-25T16:00:00Z'),
    physicianId: docA.id,
  });
  const pen2 = await f.createPenalty(db, {
    findingId: fA1.id,
    measure: 'WARNING',
    status: 'PROPOSED',
    amountFen: null,
    baseAmountFen: null,
    multiple: null,
    proposedAt: new Date('2025-03-11T02:00:00Z'),
  });
  const pen3 = await f.createPenalty(db, {
    findingId: fA2.id,
    measure: 'RECOVERY',
    status: 'EXECUTED',
    amountFen: 7_286_000n,
    multiple: null,
    proposedAt: new Date('2025-08-01T02:00:00Z'),
    target: 'PROVIDER',
  });
  const penB = await f.createPenalty(db, { findingId: fB1.id, proposedAt: new Date('2025-04-10T02:00:00Z') });

  const ap1 = await f.createAppeal(db, { penaltyId: pen1.id, filedAt: new Date('2025-03-20T02:00:00Z') });
  const ap2 = await f.createAppeal(db, {
    penaltyId: pen3.id,
    kind: 'RECONSIDERATION',
    filedAt: new Date('2025-08-05T02:00:00Z'),
    decision: 'REDUCE',
    reducedAmountFen: 5_000_000n,
    decidedAt: new Date('2025-08-20T02:00:00Z'),
  });
  const apB = await f.createAppeal(db, { penaltyId: penB.id });
  // 退款: the money an appeal decision gives back (tenant A's reduced recovery, tenant B's overturned penalty).
  const refund = (penalty: typeof pen3, appealId: string, amountFen: bigint, decision: 'REDUCE' | 'OVERTURN') =>
    db.penaltyRefund.create({
      data: {
        penaltyId: penalty.id, findingId: penalty.findingId, appealId, insurerId: penalty.insurerId, providerId: penalty.providerId,
        amountFen, decision, reason: 'appeal decided', refundedByType: 'USER', refundedById: 'world', refundedAt: new Date('2025-08-20T02:00:00Z'),
      },
    });
  const refA = await refund(pen3, ap2.id, 2_286_000n, 'REDUCE');
  const refB = await refund(penB, apB.id, penB.amountFen ?? 0n, 'OVERTURN');

  const asA1 = await f.createAssessment(db, {
    agreementId: aA1.id,
    year: 2024,
    score: '95.00',
    result: 'EXCELLENT',
    status: 'PUBLISHED',
  });
  const asA2 = await f.createAssessment(db, {
    agreementId: aA1.id,
    year: 2025,
    score: '82.00',
    result: 'PASS',
  });
  const asP = await f.createAssessment(db, {
    agreementId: aP.id,
    year: 2025,
    score: '88.00',
    result: 'PASS',
  });
  const asB = await f.createAssessment(db, {
    agreementId: aB1.id,
    year: 2025,
    score: '55.00',
    result: 'FAIL',
  });

  const ceA1 = await f.createCreditEvaluation(db, { insurerId: insA.id, providerId: pA1.id, grade: 'A' });
  const ceA2 = await f.createCreditEvaluation(db, {
    insurerId: insA.id,
    providerId: pA2.id,
    grade: 'D',
    blacklisted: true,
    score: '40.00',
    year: 2024,
  });
  const ceP = await f.createCreditEvaluation(db, { insurerId: insA.id, partnerId: partnerP.id, grade: 'B' });
  const ceDoc = await f.createCreditEvaluation(db, { insurerId: insA.id, physicianId: docA.id, grade: 'C' });
  const ceB = await f.createCreditEvaluation(db, { insurerId: insB.id, providerId: pB1.id });

  return {
    tA,
    tA2,
    tB,
    fA1,
    fA2,
    fA3,
    fB1,
    pen1,
    pen2,
    pen3,
    penB,
    refA,
    refB,
    ap1,
    ap2,
    apB,
    asA1,
    asA2,
    asP,
    asB,
    ceA1,
    ceA2,
    ceP,
    ceDoc,
    ceB,
  };
}
