import type { Tx } from '../../db/database.js';
import type { AuditRule, Prisma, RuleHit, RuleHitTransition } from '../../db/generated/prisma/client.js';
import type { RuleHitAction } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { ENTITY } from '../audit-event-types.js';
import { DomainError, forbidden, notFound } from '../errors.js';
import { actorColumns, requireInsurer } from '../shared/actor.js';
import type { CommandContext } from '../transaction.js';
import { loadReviewDeadlines } from './review-deadlines.js';
import {
  ACTION_LABEL,
  STEP_LABEL,
  TRANSITIONS,
  canTake,
  roleMayTake,
  stepDueAt,
  type ReviewDeadlines,
} from './review-rules.js';

export type HitWithRule = RuleHit & { rule: AuditRule };

export interface RuleHitStepResult {
  ruleHit: RuleHit;
  transition: RuleHitTransition;
  auditSeq: bigint;
}

const COMMAND: Record<RuleHitAction, string> = {
  REVIEW: 'reviewRuleHit',
  REEXAMINE: 'reexamineRuleHit',
  ANSWER: 'answerRuleHit',
  INVESTIGATE: 'investigateRuleHit',
  DISMISS: 'dismissRuleHit',
  CONFIRM: 'confirmRuleHits',
};

/** Does the insurer entrust this partner with smart monitoring under a partner agreement in force? */
export async function entrustedWithMonitoring(
  tx: Tx,
  partnerId: string,
  insurerId: string,
): Promise<boolean> {
  const n = await tx.agreement.count({
    where: {
      partnerId,
      insurerId,
      family: 'PARTNER',
      status: { in: ['ACTIVE', 'SIGNED'] },
      entrustedWork: { has: 'SMART_MONITORING' },
    },
  });
  return n > 0;
}

/**
 * Loads a hit the actor may take `action` on. A hit outside the actor's tenant filter is
 * NOT_FOUND (a provider never learns of another's hits); agency staff must act for the hit's
 * insurer (else NOT_FOUND too); a partner that sees the hit but is not entrusted with smart
 * monitoring by its insurer may read it but not review it (FORBIDDEN).
 */
export async function loadHitFor(
  tx: Tx,
  actor: Viewer,
  id: string,
  action: RuleHitAction,
): Promise<HitWithRule> {
  if (!roleMayTake(actor.role, action)) throw forbidden(COMMAND[action]);
  const hit = await tx.ruleHit.findFirst({
    where: { AND: [{ id }, visible.ruleHit(actor)] },
    include: { rule: true },
  });
  if (!hit) throw notFound('RuleHit', id);
  if (actor.role === 'PARTNER') {
    if (!(await entrustedWithMonitoring(tx, actor.partnerId!, hit.rule.insurerId))) {
      throw forbidden(COMMAND[action]);
    }
  } else if (actor.role !== 'PROVIDER_STAFF') {
    requireInsurer(actor, hit.rule.insurerId, 'RuleHit', id);
  }
  return hit;
}

/** Refusal of a move from the hit's current step; both messages name the step. */
export function illegalHitMove(hit: HitWithRule, action: RuleHitAction, dueAt: Date | null): DomainError {
  const step = STEP_LABEL[hit.step];
  const act = ACTION_LABEL[action];
  const waiting =
    action === 'INVESTIGATE' && hit.step === 'STATEMENT' && dueAt
      ? {
          zh: `，陈述申辩期至 ${dueAt.toISOString()} 届满`,
          en: `; the statement period runs until ${dueAt.toISOString()}`,
        }
      : { zh: '', en: '' };
  return new DomainError(
    'ILLEGAL_TRANSITION',
    {
      zh: `疑点（${hit.claimRef}）当前${step.zh}（${hit.step}），不能进行${act.zh}${waiting.zh}`,
      en: `Rule hit ${hit.claimRef} is ${step.en} (${hit.step}); ${act.en} is not allowed from that step${waiting.en}`,
    },
    { entity: 'RuleHit', id: hit.id, currentStatus: hit.step, currentStep: hit.step, action, dueAt },
  );
}

export interface StepInput {
  hit: HitWithRule;
  action: RuleHitAction;
  event: string;
  note: string;
  amountFen?: bigint | null;
  findingId?: string | null;
  /** Extra columns written with the step (status, finding). */
  patch?: Prisma.RuleHitUncheckedUpdateManyInput;
  data?: Record<string, unknown>;
  /** Deadlines already loaded by the caller (bulk confirmation loads them once per insurer). */
  deadlines?: ReviewDeadlines;
}

/**
 * Takes one step in the caller's transaction: checks the move against the table (and the
 * clock), moves the hit (guarded on the step it was loaded at, so two clerks cannot both take
 * it), writes the history row and appends the audit event.
 */
export async function takeStep(tx: Tx, ctx: CommandContext, step: StepInput): Promise<RuleHitStepResult> {
  const { hit, action, actor } = { ...step, actor: ctx.actor };
  const now = ctx.now ?? new Date();
  const deadlines = step.deadlines ?? (await loadReviewDeadlines(tx, hit.rule.insurerId));
  const dueAt = hit.stepDueAt ?? stepDueAt(hit.step, hit.stepEnteredAt, deadlines);
  if (!canTake(action, { step: hit.step, stepDueAt: dueAt }, now)) throw illegalHitMove(hit, action, dueAt);
  const to = TRANSITIONS[action].to;
  const { count } = await tx.ruleHit.updateMany({
    where: { id: hit.id, step: hit.step, stepEnteredAt: hit.stepEnteredAt },
    data: { ...step.patch, step: to, stepEnteredAt: now, stepDueAt: stepDueAt(to, now, deadlines) },
  });
  if (count === 0) {
    throw new DomainError(
      'CONFLICT',
      {
        zh: `疑点（${hit.claimRef}）已被他人处理，请刷新`,
        en: `Rule hit ${hit.claimRef} was moved meanwhile; reload`,
      },
      { id: hit.id },
    );
  }
  const late = now.getTime() > dueAt!.getTime();
  const partnerId = actor.role === 'PARTNER' ? actor.partnerId : null;
  const transition = await tx.ruleHitTransition.create({
    data: {
      ruleHitId: hit.id,
      insurerId: hit.rule.insurerId,
      providerId: hit.providerId,
      action,
      fromStep: hit.step,
      toStep: to,
      note: step.note,
      amountFen: step.amountFen ?? null,
      findingId: step.findingId ?? null,
      dueAt: dueAt!,
      late,
      ...actorColumns(actor),
      occurredAt: now,
    },
  });
  const { seq } = await appendAuditEvent(tx, {
    type: step.event,
    entityType: ENTITY.ruleHit,
    entityId: hit.id,
    actor,
    requestId: ctx.requestId,
    insurerId: hit.rule.insurerId,
    providerId: hit.providerId,
    partnerId,
    data: {
      ruleCode: hit.rule.code,
      claimRef: hit.claimRef,
      action,
      fromStep: hit.step,
      toStep: to,
      dueAt: dueAt!.toISOString(),
      late,
      note: step.note,
      ...(step.amountFen != null ? { amountFen: step.amountFen } : {}),
      ...(step.findingId ? { findingId: step.findingId } : {}),
      ...step.data,
    },
  });
  const ruleHit = await tx.ruleHit.findUniqueOrThrow({ where: { id: hit.id } });
  return { ruleHit, transition, auditSeq: seq };
}
