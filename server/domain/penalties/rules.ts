import type { AppealDecision, PenaltyMeasure, PenaltyStatus } from '../../db/generated/prisma/enums.js';
import type { Prisma } from '../../db/generated/prisma/client.js';
import { addDays } from '../shared/dates.js';
import { onWorkingDay, type CalendarExceptions } from '../calendar/rules.js';
import { agencyDay, endOfAgencyDay } from '../shared/local-date.js';

/**
 * Penalty workflow (docs/domain/workflows.md): proposed → issued (with legal basis and clause) → appealed
 * (申诉/复议 before a deadline) → upheld / reduced / overturned → executed → closed.
 *
 * Execution is allowed straight from ISSUED: under the reconsideration rule that an appeal
 * does not suspend execution (复议期间不停止执行), an agency need not wait. Executing early
 * does not take the party's appeal period away: an EXECUTED penalty may still be appealed
 * until its deadline, the execution stands while the appeal is heard, and the decision keeps,
 * lowers or reverses it (`decisionStatus`). A termination cannot be reversed (the provider is
 * banned, its agreement ends), so it alone waits for the period to end (`waitsForAppealPeriod`).
 * Once an appeal is filed against an unexecuted penalty the hub waits for the decision.
 * A proposal may be withdrawn (closed) before it is issued.
 */
type Step = 'ISSUE' | 'APPEAL' | 'DECIDE' | 'EXECUTE' | 'CLOSE';

const FROM: Record<Step, readonly PenaltyStatus[]> = {
  ISSUE: ['PROPOSED'],
  APPEAL: ['ISSUED', 'EXECUTED'],
  DECIDE: ['APPEALED'],
  EXECUTE: ['ISSUED', 'UPHELD', 'REDUCED'],
  CLOSE: ['PROPOSED', 'EXECUTED', 'OVERTURNED'],
};

export function penaltyAllowedFrom(step: Step): readonly PenaltyStatus[] {
  return FROM[step];
}

export function canPenaltyStep(step: Step, from: PenaltyStatus): boolean {
  return FROM[step].includes(from);
}

export const DECISION_STATUS: Record<AppealDecision, PenaltyStatus> = {
  UPHOLD: 'UPHELD',
  REDUCE: 'REDUCED',
  OVERTURN: 'OVERTURNED',
};

/**
 * Where a decision leaves the penalty. An appeal against an executed penalty does not execute
 * it again: upheld or reduced, it is EXECUTED (a reduction refunds what was recovered above the
 * new amount); overturned, it is OVERTURNED and what the execution did is reversed.
 */
export function decisionStatus(decision: AppealDecision, executed: boolean): PenaltyStatus {
  if (executed && decision !== 'OVERTURN') return 'EXECUTED';
  return DECISION_STATUS[decision];
}

/** Measures whose execution cannot be undone by an appeal decision, so they wait for the period. */
export const IRREVERSIBLE_MEASURES: readonly PenaltyMeasure[] = ['AGREEMENT_TERMINATION'];

/** An irreversible measure, issued and not appealed, may be executed only after its appeal deadline. */
export function waitsForAppealPeriod(
  p: { measure: PenaltyMeasure; status: PenaltyStatus; appealDeadline: Date | null },
  now: Date,
): boolean {
  return (
    IRREVERSIBLE_MEASURES.includes(p.measure) &&
    p.status === 'ISSUED' &&
    isAppealInTime(p.appealDeadline, now)
  );
}

/**
 * Days a party has to appeal after a penalty is issued. The seeds name 申诉/复议 but no period;
 * 15 days is the hub's default, in line with the written-notice periods common in municipal
 * agreement texts. One constant, so an insurer's own period is a one-line change.
 */
export const APPEAL_PERIOD_DAYS = 15;

/**
 * The last instant of the appeal period. A period of days is counted on the agency's calendar
 * from the day after the issue and ends at midnight closing its last day (开始的当日不计入，
 * 期间最后一日的截止时间为二十四时; docs/domain/workflows.md "Penalty and appeal"): a penalty
 * issued at 10:00 on 1 March may be appealed until 24:00 on 16 March, Beijing time. Counting
 * 15 × 24 hours from the issuing instant instead would take the afternoon of the last day away
 * from a party that was notified in the morning. A last day that is a holiday or weekend on the
 * insurer's calendar (`exceptions`, calendar/rules.ts) moves to the next working day
 * (期间届满的最后一日是法定休假日的，以休假日结束的次日为期间的最后一日).
 */
export function appealDeadline(issuedAt: Date, exceptions: CalendarExceptions = new Map()): Date {
  return endOfAgencyDay(onWorkingDay(lastDayOfAppealPeriod(issuedAt), exceptions));
}

/** The 15th agency day after the issue day, before any move past rest days. */
export function lastDayOfAppealPeriod(issuedAt: Date): Date {
  return addDays(agencyDay(issuedAt), APPEAL_PERIOD_DAYS);
}
/** The deadline is inclusive: an appeal at the deadline instant (23:59:59.999 of the last day) is in time. */
export function isAppealInTime(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() <= deadline.getTime();
}

/** Measures that change the agreement itself when executed (in the same transaction). */
export const AGREEMENT_MEASURES: readonly PenaltyMeasure[] = [
  'AGREEMENT_SUSPENSION',
  'SETTLEMENT_SUSPENSION',
  'AGREEMENT_TERMINATION',
];

/** Measures that carry money to recover or deduct (recorded as recovered on execution). */
export const MONEY_MEASURES: readonly PenaltyMeasure[] = [
  'RECOVERY',
  'DEDUCTION',
  'PAYMENT_REFUSAL',
  'LIQUIDATED_DAMAGES',
];

/**
 * A penalty overturned on appeal no longer stands against the party (docs/domain/measures.md
 * "Escalation"), also once its case is closed: OVERTURNED → CLOSED leaves only the appeal's
 * decision to say so. Filtering on `status: { not: 'OVERTURNED' }` alone counted every closed
 * overturned penalty again (a credit deduction, a ladder step). Used beside that status filter.
 */
export const NOT_OVERTURNED_ON_APPEAL = {
  appeals: { none: { decision: 'OVERTURN' } },
} as const satisfies Prisma.PenaltyWhereInput;

/**
 * A penalty that stands against its party: issued (a proposal, or one withdrawn before issue,
 * never did) and not overturned on appeal, also once closed after the overturn. The one filter
 * for what counts against a provider (credit, and through STANDING_FINDING its findings).
 */
export const STANDING_PENALTY = {
  issuedAt: { not: null },
  status: { not: 'OVERTURNED' },
  ...NOT_OVERTURNED_ON_APPEAL,
} as const satisfies Prisma.PenaltyWhereInput;

/**
 * A finding still confirmed: not one whose every issued penalty was overturned on appeal. The
 * appeal decided the violation did not stand, so it is no more a breach than the penalty; a
 * finding counted as a violation while its only penalty did not (credit: −3 for the violation
 * of a penalty overturned). A finding with one penalty overturned and another upheld stands.
 */
export const STANDING_FINDING: Prisma.FindingWhereInput = {
  NOT: { AND: [{ penalties: { some: { issuedAt: { not: null } } } }, { penalties: { none: STANDING_PENALTY } }] },
};

/** A reduction must lower the amount and stay non-negative. */
export function isValidReduction(currentFen: bigint | null, reducedFen: bigint): boolean {
  return currentFen !== null && reducedFen >= 0n && reducedFen < currentFen;
}
