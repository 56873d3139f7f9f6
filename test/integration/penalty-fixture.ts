import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, providerStaff } from '../factories/viewers.js';
import { createAgreement, createFinding, createInsurer, createPartner, createProvider } from '../factories/records.js';
import { startOfAgencyDay } from '../../server/domain/shared/local-date.js';
import { agencyToday, gid, ok } from './mutation-helpers.js';

/**
 * The world the penalty-workflow tests share: a hub over a fresh database, an insurer with a
 * provider, another insurer, and the insurer's admin and auditor. `usePenaltyWorld()` registers
 * the hooks that fill `w` before the file's tests run.
 */
export const w = {} as {
  hub: TestHub;
  insurer: { id: string };
  other: { id: string };
  provider: { id: string };
  admin: ReturnType<typeof insurerAdmin>;
  auditor: ReturnType<typeof insurerAuditor>;
};

export function usePenaltyWorld(): void {
  beforeAll(async () => {
    w.hub = await createTestHub();
    w.insurer = await createInsurer(w.hub.prisma);
    w.other = await createInsurer(w.hub.prisma);
    w.provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    w.admin = insurerAdmin(w.insurer.id);
    w.auditor = insurerAuditor(w.insurer.id);
  });
  afterAll(() => w.hub.close());
}

/**
 * Two partners the world's insurer entrusts with case review: the investigator records findings,
 * the bystander only supervises beside it. Filled before the file's tests run.
 */
export const partners = {} as { investigator: string; bystander: string };
export function useEntrustedPartners(): void {
  beforeAll(async () => {
    partners.investigator = (await createPartner(w.hub.prisma)).id;
    partners.bystander = (await createPartner(w.hub.prisma)).id;
    for (const partnerId of [partners.investigator, partners.bystander])
      await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, partnerId, entrustedWork: ['CASE_RECORD_REVIEW'] });
  });
}

export const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { auditSeq penalty { id status amountFen baseAmountFen multiple durationMonths target version } } }`;
export const ISSUE = `mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { auditSeq penalty { status appealDeadline version } } }`;
export const APPEAL = `mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { auditSeq penalty { status version } } }`;
export const DECIDE = `mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { auditSeq penalty { status amountFen recoveredAmountFen version } } }`;
export const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { auditSeq penalty { status recoveredAmountFen effectiveUntil version } } }`;
export const CLOSE = `mutation ($input: ClosePenaltyInput!) { closePenalty(input: $input) { auditSeq penalty { status version } } }`;

/** Executes a penalty as A's admin (the shared step of the execution and appeal scenarios). */
export const execute = (id: string, version: number) =>
  w.hub.exec<{
    executePenalty: {
      auditSeq: string;
      penalty: { status: string; recoveredAmountFen: number; effectiveUntil: string | null; version: number };
    };
  }>(EXECUTE, { input: { id, expectedVersion: version } }, w.admin);

type PenaltyDecided = {
  auditSeq: string;
  penalty: { status: string; amountFen: number; recoveredAmountFen: number | null; version: number };
};

/** Decides an appeal as A's admin: `decision` holds decision, reason and any reducedAmountFen. */
export const decide = (penaltyId: string, expectedVersion: number, decision: Record<string, unknown>) =>
  w.hub.exec<{ decideAppeal: PenaltyDecided }>(DECIDE, { input: { penaltyId, expectedVersion, ...decision } }, w.admin);

/** Decides an appeal with a fixed reason, for scenarios about what the decision does, not why. */
export const decideOnReview = (penaltyId: string, expectedVersion: number, decision: string, reducedAmountFen: number | null = null) =>
  decide(penaltyId, expectedVersion, { decision, reason: '复核结论', reducedAmountFen });

/** Appeals a penalty as the provider's staff (or `viewer`), disputing the amount after execution. */
export const appealExecuted = (penaltyId: string, viewer = providerStaff(w.provider.id)) =>
  w.hub.exec<{ fileAppeal: { auditSeq: string; penalty: { status: string; version: number } } }>(
    APPEAL,
    { input: { penaltyId, kind: 'APPEAL', grounds: '执行后申诉：金额有误' } },
    viewer,
  );

export type PenaltyOut = {
  id: string;
  status: string;
  amountFen: number | null;
  multiple: string | null;
  version: number;
  durationMonths: number | null;
  target: string;
};
export const raw = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
export const penaltyRow = (id: string) => w.hub.prisma.penalty.findUniqueOrThrow({ where: { id } });

/** An agreement of the world's provider (or `providerId`, one a termination may ban) with a finding. */
export async function setup(amountFen = 3_643_000n, providerId = w.provider.id) {
  const agreement = await createAgreement(w.hub.prisma, {
    insurerId: w.insurer.id,
    providerId,
    kind: 'MATERNITY_SERVICE',
  });
  const finding = await createFinding(w.hub.prisma, {
    agreementId: agreement.id,
    violatingAmountFen: amountFen,
  });
  return { agreement, finding };
}

export async function propose(
  findingId: string,
  over: Record<string, unknown> = {},
  viewer: ReturnType<typeof insurerAuditor> | null = null,
) {
  const input = {
    findingId: gid('Finding', findingId),
    measure: 'DEDUCTION',
    multiple: '2',
    legalBasis: '《生育保险协议》第三十条',
    clauseRef: '第三十条',
    ...over,
  };
  return ok(
    await w.hub.exec<{ proposePenalty: { auditSeq: string; penalty: PenaltyOut } }>(
      PROPOSE,
      { input },
      viewer ?? w.auditor,
    ),
  ).proposePenalty;
}

export async function issued(findingId: string, over: Record<string, unknown> = {}) {
  const p = (await propose(findingId, over)).penalty;
  ok(await w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin));
  return p;
}

/**
 * Moves a penalty's appeal deadline to the end of yesterday (agency calendar), as if it had been
 * issued long ago: a termination executes only after the period (penalties README).
 */
export async function appealPeriodOver(globalId: string) {
  const endOfYesterday = new Date(startOfAgencyDay(agencyToday()).getTime() - 1);
  await w.hub.prisma.penalty.update({
    where: { id: raw(globalId) },
    data: { appealDeadline: endOfYesterday },
  });
}

/**
 * Dates a penalty's issue back to `isoDay` (agency calendar), as if issued then: it may take
 * effect from its issue day at the earliest (shared/effective-day.ts).
 */
export async function issuedOn(globalId: string, isoDay: string) {
  await w.hub.prisma.penalty.update({
    where: { id: raw(globalId) },
    data: { issuedAt: startOfAgencyDay(new Date(`${isoDay}T00:00:00Z`)) },
  });
}
