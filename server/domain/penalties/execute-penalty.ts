import { z } from 'zod';
import { checkEffectiveDay } from '../shared/effective-day.js';
import { agencyDay, localDay } from '../shared/local-date.js';
import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, illegalTransition, InputError } from '../errors.js';
import { yuanWords } from '../words.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { addMonths, isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { date, expectedVersion, fen, uuid } from '../shared/schemas.js';
import { applyTermination } from '../agreements/termination.js';
import { applyTransition } from '../agreements/transition.js';
import { canPenaltyStep, MONEY_MEASURES, waitsForAppealPeriod } from './rules.js';
import { INSURED_SUSPENSION_MONTHS } from './calculate.js';
import {
  agreementCause,
  loadPenalty,
  penaltyTags,
  writePenaltyStep,
  type PenaltyResult,
  type PenaltyWithAgreement,
} from './step.js';

export const executePenaltyInput = z.object({
  id: uuid,
  expectedVersion,
  /** Money measures: what was actually recovered or deducted; defaults to the full amount. */
  recoveredAmountFen: fen.nullish(),
  /** When suspensions start; defaults to today. */
  effectiveFrom: date.nullish(),
});

/**
 * Executes an issued (or upheld/reduced) penalty and applies its consequences in the same
 * transaction (docs/domain/agreements.md: "Suspensions and terminations change the agreement's status in the
 * same transaction"): agreement or settlement suspension, termination with the 3-year ban,
 * physician billing suspension, insured-person settlement suspension, recovered money. If a
 * consequence is not possible (e.g. the agreement is no longer ACTIVE) nothing is written.
 */
export async function executePenalty(
  ctx: CommandContext,
  raw: z.input<typeof executePenaltyInput>,
): Promise<PenaltyResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(executePenaltyInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadPenalty(tx, ctx.actor, input.id);
    if (!canPenaltyStep('EXECUTE', penalty.status))
      throw illegalTransition('Penalty', penalty.id, penalty.status, 'EXECUTE');
    if (waitsForAppealPeriod(penalty, now)) {
      const lastDay = localDay(penalty.appealDeadline!);
      throw new DomainError(
        'APPEAL_PERIOD_RUNNING',
        {
          zh: `处理决定（${penalty.number}）为解除协议，执行后无法撤回，须待申诉期限（${lastDay} 24 时）届满或申诉决定作出后执行`,
          en: `Penalty ${penalty.number} terminates the agreement, which cannot be undone: it is executed after its appeal period ends (end of ${lastDay}) or an appeal is decided`,
        },
        { appealDeadline: penalty.appealDeadline!.toISOString() },
      );
    }
    const isMoney = MONEY_MEASURES.includes(penalty.measure);
    let recovered = 0n;
    if (isMoney) {
      recovered = input.recoveredAmountFen ?? penalty.amountFen ?? 0n;
      if (recovered > (penalty.amountFen ?? 0n)) {
        const amount = yuanWords(penalty.amountFen ?? 0n);
        throw new InputError([
          {
            path: ['input', 'recoveredAmountFen'],
            message: `cannot exceed the penalty amount ${amount.en}`,
            messageZh: `不能超过处理金额 ${amount.zh}`,
          },
        ]);
      }
    } else if (input.recoveredAmountFen != null) {
      throw new InputError([
        {
          path: ['input', 'recoveredAmountFen'],
          message: 'this measure recovers no money',
          messageZh: '该处理措施不追回金额',
        },
      ]);
    }
    const effectiveFrom = input.effectiveFrom ?? agencyDay(now);
    if (input.effectiveFrom && penalty.issuedAt)
      checkEffectiveDay(['effectiveFrom'], input.effectiveFrom, {
        today: agencyDay(now),
        notBefore: agencyDay(penalty.issuedAt),
        notBeforeWhat: { zh: `处理决定（${penalty.number}）的下达日期`, en: `the issue of penalty ${penalty.number}` },
      });
    const months = termMonths(penalty);
    const effectiveUntil = months ? addMonths(effectiveFrom, months) : null;
    await applyConsequence(tx, penalty, {
      effectiveFrom,
      effectiveUntil,
      now,
      actor: ctx.actor,
      requestId: ctx.requestId,
    });
    return writePenaltyStep(tx, {
      penalty,
      to: 'EXECUTED',
      expectedVersion: input.expectedVersion,
      patch: { executedAt: now, recoveredAmountFen: recovered, effectiveFrom, effectiveUntil },
      event: EVENT.penaltyExecuted,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: {
        recoveredAmountFen: recovered,
        effectiveFrom: isoDate(effectiveFrom),
        effectiveUntil: effectiveUntil ? isoDate(effectiveUntil) : null,
      },
    });
  });
}

interface When {
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  now: Date;
  actor: Viewer;
  requestId: string | null;
}

async function applyConsequence(tx: Tx, penalty: PenaltyWithAgreement, when: When): Promise<void> {
  // The physician's and insured person's events are tagged as the penalty's; the agreement's
  // are read by everyone who sees the agreement (step.ts agreementCause).
  const cause = { penaltyId: penalty.id, penaltyNumber: penalty.number };
  const named = agreementCause(penalty);
  const reason = named
    ? `penalty ${penalty.number} (${penalty.measure}): ${penalty.legalBasis}`
    : `penalty (${penalty.measure})`;
  switch (penalty.measure) {
    case 'AGREEMENT_SUSPENSION':
    case 'SETTLEMENT_SUSPENSION': {
      const scope = penalty.measure === 'AGREEMENT_SUSPENSION' ? 'AGREEMENT' : 'REAL_TIME_SETTLEMENT';
      await applyTransition(tx, {
        agreement: penalty.agreement,
        action: 'SUSPEND',
        reason,
        effectiveOn: when.effectiveFrom,
        today: when.now,
        actor: when.actor,
        requestId: when.requestId,
        patch: { suspensionScope: scope },
        data: {
          ...named,
          suspensionScope: scope,
          plannedUntil: when.effectiveUntil ? isoDate(when.effectiveUntil) : null,
        },
      });
      return;
    }
    case 'AGREEMENT_TERMINATION':
      await applyTermination(tx, {
        agreement: penalty.agreement,
        reason,
        effectiveOn: when.effectiveFrom,
        now: when.now,
        actor: when.actor,
        requestId: when.requestId,
        data: named ?? undefined,
      });
      return;
    case 'PHYSICIAN_BILLING_SUSPENSION': {
      const physicianId = penalty.physicianId!;
      await tx.physician.update({
        where: { id: physicianId },
        data: {
          status: 'BILLING_SUSPENDED',
          billingSuspendedUntil: when.effectiveUntil,
          version: { increment: 1 },
        },
      });
      await appendAuditEvent(tx, {
        type: EVENT.physicianBillingSuspended,
        entityType: ENTITY.physician,
        entityId: physicianId,
        actor: when.actor,
        requestId: when.requestId,
        ...penaltyTags(penalty),
        data: {
          ...cause,
          from: isoDate(when.effectiveFrom),
          until: when.effectiveUntil ? isoDate(when.effectiveUntil) : null,
          notifyHealthAuthority: true,
        },
      });
      return;
    }
    case 'INSURED_SETTLEMENT_SUSPENSION': {
      const insuredPersonId = penalty.insuredPersonId!;
      // Decided with the penalty; one stored before the scope was kept suspended everything.
      const scope = penalty.insuredSuspensionScope ?? 'ALL_DIRECT_SETTLEMENT';
      await tx.insuredPerson.update({
        where: { id: insuredPersonId },
        // The start is kept so that monitoring judges each visit by its own day (INSURED_SUSPENDED).
        data: { settlementSuspendedUntil: when.effectiveUntil, settlementSuspendedFrom: when.effectiveFrom, settlementRestoredOn: null },
      });
      // The history keeps every suspension, so a later one does not hide an earlier one from monitoring.
      await tx.insuredSettlementSuspension.create({
        data: {
          insurerId: penalty.agreement.insurerId,
          insuredPersonId,
          penaltyId: penalty.id,
          suspendedFrom: when.effectiveFrom,
          suspendedUntil: when.effectiveUntil,
          scope,
        },
      });
      // Personal data: never tagged with the provider, so providers never see it. The partner
      // whose finding it was is its tag as for the penalty's own events (step.ts penaltyTags):
      // other partners the insurer entrusts do not learn of that partner's penalty through it.
      await appendAuditEvent(tx, {
        type: EVENT.insuredSettlementSuspended,
        entityType: ENTITY.insuredPerson,
        entityId: insuredPersonId,
        actor: when.actor,
        requestId: when.requestId,
        insurerId: penalty.agreement.insurerId,
        partnerId: penalty.finding.partnerId,
        data: {
          ...cause,
          until: when.effectiveUntil ? isoDate(when.effectiveUntil) : null,
          scope,
        },
      });
      return;
    }
    default:
      // Money, warnings, referrals, disclosure: the penalty row itself is the record.
      return;
  }
}

/**
 * The term to run. An insured person's settlement suspension always has one: the person is
 * suspended while a term is recorded, until restored after it (../sanctions/rules.ts), so a
 * stored penalty without a duration (written outside the proposal, which defaults it) takes the
 * proposal's default instead of suspending no one.
 */
function termMonths(penalty: { measure: string; durationMonths: number | null }): number | null {
  if (penalty.durationMonths) return penalty.durationMonths;
  return penalty.measure === 'INSURED_SETTLEMENT_SUSPENSION' ? INSURED_SUSPENSION_MONTHS.default : null;
}
