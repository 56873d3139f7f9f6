import type { Finding, RuleHit } from '../../db/generated/prisma/client.js';
import type { Tx } from '../../db/database.js';
import type { CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';
import { DomainError } from '../errors.js';
import type { PenaltyResult } from '../penalties/step.js';
import { agreementClauses, clauseFor } from './agreement-clauses.js';
import { ladderRectificationDue, writeLadderPenalty } from './propose-ladder-penalty.js';
import type { IndicatorMetric, PenaltyMeasure } from '../../db/generated/prisma/enums.js';
import { MULTIPLE_RANGES } from '../penalties/calculate.js';
import { writeProposal } from '../penalties/propose-penalty.js';
import { METRIC_NAME } from './raise-indicator-hits.js';

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
  return skipOnEndedAgreement(() =>
    writeLadderPenalty(tx, ctx, { ...finding, agreement }, { code: t.code, clause }, null, now),
  );
}

/**
 * On confirmation a hit of a terminated or expired agreement is still a finding (its money is
 * recovered), but a step that suspends or terminates the agreement is not proposed: that
 * refusal comes before anything is written (penalties/step.ts), so the confirmation goes on.
 */
async function skipOnEndedAgreement(propose: () => Promise<PenaltyResult>): Promise<PenaltyResult | null> {
  try {
    return await propose();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'AGREEMENT_NOT_ACTIVE') return null;
    throw e;
  }
}

/**
 * What a confirmed breach of a control indicator leads to when no ladder decides it: the
 * measure the agreement sets for that indicator (`ControlIndicator.breachMeasure`), else the
 * one the source document prescribes — for the stocking rates (备药率) S0 §三a "违者暂停医保定点资格",
 * a suspension of the agreement. The penalty is proposed in the confirming transaction and the
 * ordinary workflow (issue, appeal, execute) takes it from there; executing a suspension
 * suspends the agreement. A measure that needs figures only the agency can choose (a multiple,
 * a physician) is left to the agency to propose by hand.
 */
const COMPARATOR_SIGN = { LT: '<', LTE: '≤', EQ: '=', GTE: '≥', GT: '>' } as const;

export const DOCUMENT_BREACH_MEASURE: Partial<Record<IndicatorMetric, PenaltyMeasure>> = {
  WESTERN_DRUG_STOCKING_RATE: 'AGREEMENT_SUSPENSION',
  PATENT_CHINESE_DRUG_STOCKING_RATE: 'AGREEMENT_SUSPENSION',
};

export async function proposeBreachMeasureOnConfirm(
  tx: Tx,
  ctx: CommandContext,
  hit: Pick<RuleHit, 'indicatorMetric'>,
  finding: Finding,
  now: Date,
): Promise<PenaltyResult | null> {
  const metric = hit.indicatorMetric;
  if (!metric) return null;
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: finding.agreementId } });
  const indicator = await tx.controlIndicator.findFirst({
    where: { metric, version: { agreementId: agreement.id, versionNo: agreement.currentVersionNo } },
  });
  const measure = indicator?.breachMeasure ?? DOCUMENT_BREACH_MEASURE[metric] ?? null;
  if (!measure || MULTIPLE_RANGES[measure] || measure === 'PHYSICIAN_BILLING_SUSPENSION') return null;
  if (measure === 'INSURED_SETTLEMENT_SUSPENSION' && !finding.insuredPersonId) return null;
  requireCapability(ctx.actor, 'proposePenalties');
  const name = METRIC_NAME[metric] ?? { zh: metric, en: metric };
  // Issuing needs the agreement clause applied: the template clause that links the indicator,
  // else the agreement's control indicator itself (it is a term of the agreement).
  const t = (await agreementClauses(tx, agreement.insurerId, [agreement.id])).get(agreement.id);
  const clause = t ? clauseFor(t.clauses, { metrics: [metric] }) : undefined;
  const clauseRef = clause
    ? `${t!.code} §${clause.clauseNo}`
    : `协议控制指标「${name.zh}」${indicator ? ` ${COMPARATOR_SIGN[indicator.comparator]} ${indicator.threshold.toString()}` : ''}`;
  const rectificationDueOn = measure === 'RECTIFICATION' ? await ladderRectificationDue(tx, agreement.insurerId, now) : null;
  return skipOnEndedAgreement(() =>
    writeProposal(
      tx,
      ctx,
      { ...finding, agreement },
      {
        findingId: finding.id,
        measure,
        multiple: null,
        durationMonths: null,
        rectificationDueOn,
        legalBasis: `协议控制指标「${name.zh}」未达标，按协议约定处理（${indicator?.breachMeasure ? '协议约定' : '备药率管理：违者暂停医保定点资格'}）`,
        clauseRef,
        notes: null,
      },
      now,
    ),
  );
}
