import type { Role, RuleHitAction, RuleHitStep } from '../../db/generated/prisma/enums.js';
import { can, type Capability } from '../../auth/capabilities.js';
import { addDays } from '../shared/dates.js';
import { agencyDay, endOfAgencyDay } from '../shared/local-date.js';

/**
 * The handling procedure for suspicious results (README "Handling suspicious results"):
 * 初审 → 复审 → 医疗机构陈述申辩 → 调查核实 → 处理 (dismiss or confirm into a finding).
 * Pure: the table of legal moves, the deadlines and who may take which step.
 */
export type OpenStep = Exclude<RuleHitStep, 'CLOSED'>;

export const OPEN_STEPS: readonly OpenStep[] = [
  'INITIAL_REVIEW',
  'REEXAMINATION',
  'STATEMENT',
  'INVESTIGATION',
  'HANDLING',
];

interface Move {
  from: readonly OpenStep[];
  to: RuleHitStep;
}

/** Every legal move. Dismissal ends the procedure from any open step (the doubt is cleared). */
export const TRANSITIONS: Record<RuleHitAction, Move> = {
  REVIEW: { from: ['INITIAL_REVIEW'], to: 'REEXAMINATION' },
  REEXAMINE: { from: ['REEXAMINATION'], to: 'STATEMENT' },
  ANSWER: { from: ['STATEMENT'], to: 'INVESTIGATION' },
  // From STATEMENT only once the statement period has passed (see `canTake`): silence waives it.
  INVESTIGATE: { from: ['STATEMENT', 'INVESTIGATION'], to: 'HANDLING' },
  DISMISS: { from: OPEN_STEPS, to: 'CLOSED' },
  CONFIRM: { from: ['HANDLING'], to: 'CLOSED' },
};

/** Days per step; an insurer may set its own (ReviewDeadlineSetting). */
export interface ReviewDeadlines {
  initialReviewDays: number;
  reexaminationDays: number;
  statementDays: number;
  investigationDays: number;
  handlingDays: number;
}

/**
 * The hub's defaults, calendar days. National guidance sets time limits per step but leaves
 * their length to the insurer; these are conservative starting values an insurer overrides.
 */
export const DEFAULT_REVIEW_DEADLINES: ReviewDeadlines = {
  initialReviewDays: 10,
  reexaminationDays: 10,
  statementDays: 10,
  investigationDays: 30,
  handlingDays: 15,
};

export const DEADLINE_FIELD: Record<OpenStep, keyof ReviewDeadlines> = {
  INITIAL_REVIEW: 'initialReviewDays',
  REEXAMINATION: 'reexaminationDays',
  STATEMENT: 'statementDays',
  INVESTIGATION: 'investigationDays',
  HANDLING: 'handlingDays',
};

export function isOpen(step: RuleHitStep): step is OpenStep {
  return step !== 'CLOSED';
}

/**
 * When the current step is due: its start plus the insurer's days for it; none once closed.
 * The statement period (陈述申辩) is the provider's right, counted as periods of days are: from
 * the day after the step began, to 24:00 of its last day on the agency's calendar (as the appeal
 * period, docs/domain/workflows.md "Penalty and appeal"); until then the agency may not skip
 * it. The agency's own steps are working targets: their start plus whole days.
 */
export function stepDueAt(step: RuleHitStep, enteredAt: Date, deadlines: ReviewDeadlines): Date | null {
  if (!isOpen(step)) return null;
  const days = deadlines[DEADLINE_FIELD[step]];
  return step === 'STATEMENT' ? endOfAgencyDay(addDays(agencyDay(enteredAt), days)) : addDays(enteredAt, days);
}

/** Overdue once `now` is past the due instant (the due instant itself is still in time). */
export function isOverdue(step: RuleHitStep, dueAt: Date | null, now: Date): boolean {
  return isOpen(step) && dueAt !== null && now.getTime() > dueAt.getTime();
}

export interface HitState {
  step: RuleHitStep;
  /** The current step's due date (stored on the hit; null once closed). */
  stepDueAt: Date | null;
}

/** Is the move legal from this state? The statement period must have run out to skip it. */
export function canTake(action: RuleHitAction, hit: HitState, now: Date): boolean {
  if (!isOpen(hit.step) || !TRANSITIONS[action].from.includes(hit.step)) return false;
  if (action === 'INVESTIGATE' && hit.step === 'STATEMENT') return isOverdue(hit.step, hit.stepDueAt, now);
  return true;
}

/**
 * Who may take each step. Review steps may be entrusted to a partner (smart monitoring);
 * the provider answers; decisions (investigation result, dismissal, confirmation) stay with
 * the insurer. Tenant checks (own provider, entrusting insurer) are made on the loaded hit.
 */
export const ACTION_CAPABILITY: Record<RuleHitAction, Capability> = {
  REVIEW: 'reviewRuleHits',
  REEXAMINE: 'reviewRuleHits',
  ANSWER: 'answerRuleHits',
  INVESTIGATE: 'handleRuleHits',
  DISMISS: 'handleRuleHits',
  CONFIRM: 'handleRuleHits',
};

export function roleMayTake(role: Role | null, action: RuleHitAction): boolean {
  return can(role, ACTION_CAPABILITY[action]);
}

const ACTIONS = Object.keys(TRANSITIONS) as RuleHitAction[];

/** The moves a role can make on a hit now (the console shows these buttons). */
export function allowedActions(
  role: Role | null,
  hit: HitState,
  now: Date,
  options: { partnerMayReview: boolean } = { partnerMayReview: true },
): RuleHitAction[] {
  return ACTIONS.filter(
    (a) => roleMayTake(role, a) && !(role === 'PARTNER' && !options.partnerMayReview) && canTake(a, hit, now),
  );
}

export const STEP_LABEL: Record<RuleHitStep, { zh: string; en: string }> = {
  INITIAL_REVIEW: { zh: '待初审', en: 'awaiting initial review' },
  REEXAMINATION: { zh: '待复审', en: 'awaiting re-examination' },
  STATEMENT: { zh: '待医疗机构陈述申辩', en: "awaiting the provider's statement" },
  INVESTIGATION: { zh: '待调查核实', en: 'awaiting investigation' },
  HANDLING: { zh: '待处理', en: 'awaiting handling' },
  CLOSED: { zh: '已办结', en: 'closed' },
};

export const ACTION_LABEL: Record<RuleHitAction, { zh: string; en: string }> = {
  REVIEW: { zh: '初审', en: 'initial review' },
  REEXAMINE: { zh: '复审', en: 're-examination' },
  ANSWER: { zh: '陈述申辩', en: 'statement' },
  INVESTIGATE: { zh: '调查核实', en: 'investigation' },
  DISMISS: { zh: '排除疑点', en: 'dismissal' },
  CONFIRM: { zh: '确认违规', en: 'confirmation' },
};
