import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { Finding } from '../../db/generated/prisma/client.js';
import { DomainError, InputError, type FieldIssue } from '../errors.js';
import { writeFinding, recordFindingInput } from '../findings/record-finding.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { fen, text, uuid } from '../shared/schemas.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import type { Tx } from '../../db/database.js';
import { loadReviewDeadlines } from './review-deadlines.js';
import { REVIEW_EVENT } from './review-events.js';
import { canTake, type ReviewDeadlines } from './review-rules.js';
import { illegalHitMove, loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';
import { proposeBreachMeasureOnConfirm, proposeLadderOnConfirm } from '../templates/ladder-on-confirm.js';
import type { PenaltyResult } from '../penalties/step.js';

export const confirmRuleHitsInput = z
  .object({
    items: z
      .array(
        z.object({
          ruleHitId: uuid,
          /** Defaults to the amount the investigation established, else the amount flagged. */
          violatingAmountFen: fen.nullish(),
        }),
      )
      .min(1, 'name at least one hit')
      .max(100, 'at most 100 hits at a time'),
    /** Defaults to the violation type the hit's rule becomes when confirmed. */
    violationTypeId: uuid.nullish(),
    note: text(5000),
  })
  .refine((i) => new Set(i.items.map((x) => x.ruleHitId)).size === i.items.length, {
    path: ['items'],
    message: 'each hit at most once',
  });

export interface ConfirmedHit extends RuleHitStepResult {
  finding: Finding;
  /**
   * The penalty proposed by the ladder of the clause linking the hit's rule or indicator, else
   * by the breached indicator's measure (templates/ladder-on-confirm.ts), if any.
   */
  ladderPenalty: PenaltyResult | null;
}

/**
 * Handling by confirmation (确认违规): each hit awaiting handling becomes a finding (source
 * SMART_MONITORING, via the findings area's own rules) with its violating amount, and is
 * closed as CONFIRMED. All or nothing: one hit that cannot be confirmed refuses the whole
 * list, naming its position, and nothing is written. Agency staff only.
 *
 * A hit whose rule or indicator a laddered clause of the agreement's template links also gets
 * the ladder's penalty proposed, in the same transaction (templates/ladder-on-confirm.ts); a
 * confirmed indicator breach no ladder decides gets its indicator's breach measure proposed.
 */
export async function confirmRuleHits(
  ctx: CommandContext,
  raw: z.input<typeof confirmRuleHitsInput>,
): Promise<ConfirmedHit[]> {
  requireCapability(ctx.actor, 'recordFindings');
  const input = parseInput(confirmRuleHitsInput, raw);
  return inTransaction(ctx, async (tx) => {
    const deadlines = new Map<string, ReviewDeadlines>();
    const results: ConfirmedHit[] = [];
    for (const [index, item] of input.items.entries()) {
      try {
        results.push(
          await confirmOne(
            tx,
            ctx,
            { ...item, violationTypeId: input.violationTypeId, note: input.note },
            deadlines,
          ),
        );
      } catch (error) {
        throw atItem(error, index);
      }
    }
    return results;
  });
}

async function confirmOne(
  tx: Tx,
  ctx: CommandContext,
  item: {
    ruleHitId: string;
    violatingAmountFen?: bigint | null;
    violationTypeId?: string | null;
    note: string;
  },
  cache: Map<string, ReviewDeadlines>,
): Promise<ConfirmedHit> {
  const now = ctx.now ?? new Date();
  const hit = await loadHitFor(tx, ctx.actor, item.ruleHitId, 'CONFIRM');
  const insurerId = hit.rule.insurerId;
  const deadlines = cache.get(insurerId) ?? (await loadReviewDeadlines(tx, insurerId));
  cache.set(insurerId, deadlines);
  if (!canTake('CONFIRM', hit, now)) throw illegalHitMove(hit, 'CONFIRM', null);

  const issues: FieldIssue[] = [];
  const violationTypeId = item.violationTypeId ?? hit.rule.violationTypeId;
  if (!violationTypeId)
    issues.push({
      path: ['violationTypeId'],
      message: `rule ${hit.rule.code} names no violation type; give one`,
    });
  if (!hit.agreementId)
    issues.push({ path: ['ruleHitId'], message: 'the hit names no agreement to record against' });
  const investigated = await tx.ruleHitTransition.findFirst({
    where: { ruleHitId: hit.id, action: 'INVESTIGATE' },
    orderBy: { occurredAt: 'desc' },
  });
  const amount = item.violatingAmountFen ?? investigated?.amountFen ?? hit.amountFen;
  if (amount > hit.amountFen)
    issues.push({
      path: ['violatingAmountFen'],
      message: `at most the amount flagged (${hit.amountFen} fen)`,
    });
  if (issues.length > 0) throw new InputError(issues);

  const day = agencyDay(hit.occurredAt);
  const findingInput = parseInput(recordFindingInput, {
    agreementId: hit.agreementId!,
    violationTypeId: violationTypeId!,
    source: 'SMART_MONITORING',
    physicianId: hit.physicianId,
    insuredPersonId: hit.insuredPersonId,
    description: item.note,
    evidence: [{ kind: 'SETTLEMENT_RECORD', ref: hit.claimRef, note: `rule ${hit.rule.code}` }],
    violatingAmountFen: amount,
    occurredFrom: day <= agencyDay(now) ? day : null,
    occurredTo: day <= agencyDay(now) ? day : null,
    foundOn: agencyDay(now),
  });
  const { finding } = await writeFinding(tx, ctx, findingInput);
  const step = await takeStep(tx, ctx, {
    hit,
    action: 'CONFIRM',
    event: REVIEW_EVENT.ruleHitConfirmed,
    note: item.note,
    amountFen: amount,
    findingId: finding.id,
    patch: { status: 'CONFIRMED', findingId: finding.id },
    data: { findingNumber: finding.number },
    deadlines,
  });
  const ladderPenalty =
    (await proposeLadderOnConfirm(tx, ctx, hit, finding, now)) ??
    (await proposeBreachMeasureOnConfirm(tx, ctx, hit, finding, now));
  return { ...step, finding, ladderPenalty };
}

/**
 * Names the list position of the hit that refused the batch. This command's own checks give
 * paths relative to the item; the finding's checks (`input.<finding field>`) concern the hit's
 * data, so they are reported on the item's hit with the finding field named in the message.
 */
function atItem(error: unknown, index: number): unknown {
  if (error instanceof InputError) {
    return new InputError(
      error.issues.map((issue) => {
        const { path, message, messageZh } = issue;
        if (path[0] === 'input') {
          const field = path.slice(1).join('.');
          return {
            path: ['input', 'items', index, 'ruleHitId'],
            message: `${field}: ${message}`,
            messageZh: `${field}：${messageZh ?? message}`,
          };
        }
        if (path[0] === 'violationTypeId') return { ...issue, path: ['input', 'violationTypeId'] };
        return { ...issue, path: ['input', 'items', index, ...path] };
      }),
    );
  }
  if (error instanceof DomainError) {
    return new DomainError(
      error.code,
      { zh: `第 ${index + 1} 项：${error.messageZh}`, en: `Item ${index + 1}: ${error.message}` },
      { ...error.details, itemIndex: index },
    );
  }
  return error;
}
