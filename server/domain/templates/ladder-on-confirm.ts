import type { Finding, RuleHit } from '../../db/generated/prisma/client.js';
import type { Tx } from '../../db/database.js';
import type { CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';
import type { PenaltyResult } from '../penalties/step.js';
import { agreementClauses, clauseFor } from './agreement-clauses.js';
import { writeLadderPenalty } from './propose-ladder-penalty.js';

/**
 * Confirming a hit is confirming a breach of the clause that links its rule or its indicator
 * (docs/domain/measures.md "Escalation"): when that clause of the agreement's template carries
 * a penalty ladder, the penalty of the provider's step is proposed at once, in the confirming
 * transaction, and the ordinary penalty workflow takes it from there. A hit no laddered clause
 * links proposes nothing (the agency proposes a penalty by hand, or none).
 */
export async function proposeLadderOnConfirm(
  tx: Tx,
  ctx: CommandContext,
  hit: Pick<RuleHit, 'indicatorMetric'> & { rule: { code: string; insurerId: string } },
  finding: Finding,
  now: Date,
): Promise<PenaltyResult | null> {
  const templates = await agreementClauses(tx, hit.rule.insurerId, [finding.agreementId]);
  const t = templates.get(finding.agreementId);
  if (!t) return null;
  const clause = clauseFor(
    t.clauses,
    { ruleCodes: [hit.rule.code], metrics: hit.indicatorMetric ? [hit.indicatorMetric] : [] },
    true,
  );
  if (!clause) return null;
  requireCapability(ctx.actor, 'proposePenalties');
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: finding.agreementId } });
  return writeLadderPenalty(tx, ctx, { ...finding, agreement }, { code: t.code, clause }, null, now);
}
