import type { AppealDecision, PenaltyMeasure, PenaltyStatus } from '../../db/generated/prisma/enums.js';
import { addDays } from '../shared/dates.js';
import { agencyDay, endOfAgencyDay } from '../shared/local-date.js';

/**
 * Penalty workflow (docs/domain/workflows.md): proposed → issued (with legal basis and clause) → appealed
 * (申诉/复议 before a deadline) → upheld / reduced / overturned → executed → closed.
 *
 * Execution is allowed straight from ISSUED: under the reconsideration rule that an appeal
 * does not suspend execution (复议期间不停止执行), an agency need not wait; but once an appeal
 * is filed the hub waits for the decision, so state changes (suspensions, terminations) are
 * never applied and then reversed. A proposal may be withdrawn (closed) before it is issued.
 */
type Step = 'ISSUE' | 'APPEAL' | 'DECIDE' | 'EXECUTE' | 'CLOSE';

const FROM: Record<Step, readonly PenaltyStatus[]> = {
  ISSUE: ['PROPOSED'],
  APPEAL: ['ISSUED'],
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
 * from a party that was notified in the morning.
 */
export function appealDeadline(issuedAt: Date): Date {
  return endOfAgencyDay(addDays(agencyDay(issuedAt), APPEAL_PERIOD_DAYS));
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

/** A reduction must lower the amount and stay non-negative. */
export function isValidReduction(currentFen: bigint | null, reducedFen: bigint): boolean {
  return currentFen !== null && reducedFen >= 0n && reducedFen < currentFen;
}
