import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import * as f from './records.js';
import { createWorldParties } from './world-parties.js';
import { createWorldSupervision } from './world-supervision.js';
import { agencyDay } from '../../server/domain/shared/local-date.js';

/**
 * A small two-insurer world for read tests: insurer A (马鞍山) with two providers, a partner
 * entrusted with case-record review, agreements in several states, findings, penalties,
 * appeals, assessments, credit grades, rules, hits and tip-offs; insurer B with one of each
 * so isolation tests have something to not see. Values are chosen so each filter splits them.
 */
export async function createQueryWorld(db: PrismaClient) {
  const today = agencyDay(new Date());
  const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000);
  const parties = await createWorldParties(db, inDays);
  const supervision = await createWorldSupervision(db, parties);
  const { insA, insB, pA1, pA2, pB1, aA1, vt1 } = parties;
  const { fA1 } = supervision;

  const rA1 = await f.createAuditRule(db, {
    insurerId: insA.id,
    nameZh: '重复收费规则',
    stages: ['BEFORE', 'DURING'],
    violationTypeId: vt1.id,
  });
  const rA2 = await f.createAuditRule(db, { insurerId: insA.id, kind: 'VIOLATION', active: false });
  const rB1 = await f.createAuditRule(db, { insurerId: insB.id });
  const hit1 = await f.createRuleHit(db, {
    ruleId: rA1.id,
    providerId: pA1.id,
    agreementId: aA1.id,
    findingId: fA1.id,
    claimRef: 'CLM-MAS-0001',
  });
  const hit2 = await f.createRuleHit(db, {
    ruleId: rA1.id,
    providerId: pA2.id,
    amountFen: 90_000n,
    status: 'CONFIRMED',
    stage: 'DURING',
    occurredAt: new Date('2025-09-01T08:00:00Z'),
  });
  const hitB = await f.createRuleHit(db, { ruleId: rB1.id, providerId: pB1.id });

  return { ...parties, ...supervision, rA1, rA2, rB1, hit1, hit2, hitB };
}

export type QueryWorld = Awaited<ReturnType<typeof createQueryWorld>>;

/** The relay global ID of a record (base64 "Type:id"), as the API hands it out. */
export const gid = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');
