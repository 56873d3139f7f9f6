import { appendAuditEvent } from '../../audit/append-event.js';
import { AS_SYSTEM, inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { activeRules } from './active-rules.js';
import { evaluateClaim } from './evaluate-claim.js';
import { findingView, hitsJson, resolveSubmittedClaim, type RuleFindingView } from './submitted-claim.js';
import { findingFor } from './other-claims.js';

/**
 * 事前提醒: runs the insurer's BEFORE rules over a claim about to be settled and returns the
 * reminders. Nothing of the claim is stored; when there are reminders, their count and amount
 * (no settlement id, no lines) are kept for the monthly report, with a `claim.reminded` event.
 */
export async function checkClaim(ctx: CommandContext, raw: unknown): Promise<{ reminders: RuleFindingView[] }> {
  requireCapability(ctx.actor, 'settleClaims');
  // The settlement check is the hub's engine applying the insurer's rules (which provider staff
  // may not read) to a claim resolveSubmittedClaim has authorised for this actor: it runs as the
  // hub, and records what it decided with the actor in the event.
  return inTransaction(AS_SYSTEM, async (tx) => {
    const claim = await resolveSubmittedClaim(tx, ctx.actor, raw);
    const rules = await activeRules(tx, claim.insurerId, 'BEFORE');
    const reminders = (await evaluateClaim(tx, claim, rules)).map(findingView);
    if (reminders.length > 0) {
      const outcome = await tx.monitoringOutcome.create({
        data: {
          insurerId: claim.insurerId,
          providerId: claim.providerId,
          moment: 'BEFORE',
          outcome: 'REMINDED',
          settlementMonth: new Date(claim.settlementMonth),
          fundFen: claim.fundFen,
          hitAmountFen: reminders.reduce((s, r) => s + r.amountFen, 0n),
          ruleKeys: reminders.map((r) => r.ruleKey),
          hits: hitsJson(reminders),
        },
      });
      await appendAuditEvent(tx, {
        type: EVENT.claimReminded,
        entityType: ENTITY.claim,
        entityId: outcome.id,
        actor: ctx.actor,
        requestId: ctx.requestId,
        insurerId: claim.insurerId,
        providerId: claim.providerId,
        data: { rules: reminders.map((r) => r.ruleCode), amountFen: outcome.hitAmountFen.toString() },
      });
    }
    // Stored in full for the insurer; answered as the actor may read it.
    return { reminders: reminders.map((r) => findingFor(ctx.actor, r)) };
  });
}
