import { appendAuditEvent } from '../../audit/append-event.js';
import type { Tx } from '../../db/database.js';
import { AS_SYSTEM, inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { DomainError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { activeRules } from './active-rules.js';
import { evaluateClaim } from './evaluate-claim.js';
import { storeClaims } from './store-claims.js';
import type { ClaimRecord } from './claim-record.js';
import { findingView, hitsJson, resolveSubmittedClaim, type RuleFindingView } from './submitted-claim.js';
import { findingFor } from './other-claims.js';

export interface SettleResult {
  claim: ClaimRecord;
  hits: RuleFindingView[];
  auditSeq: bigint;
}

/**
 * 事中拦截: settles a claim unless a blocking violation rule fires. A refusal answers
 * SETTLEMENT_BLOCKED with the hits, after recording the interception in a transaction of its
 * own (the refusal must be counted even though the claim is not stored). Otherwise the claim
 * is stored with its suspicious hits (stage DURING, open for review) and `claim.settled`.
 */
export async function settleClaim(ctx: CommandContext, raw: unknown): Promise<SettleResult> {
  requireCapability(ctx.actor, 'settleClaims');
  // The settlement check is the hub's engine applying the insurer's rules (which provider staff
  // may not read) to a claim resolveSubmittedClaim has authorised for this actor: it runs as the
  // hub, and records what it decided with the actor in the event.
  const verdict = await inTransaction(AS_SYSTEM, async (tx) => {
    const claim = await resolveSubmittedClaim(tx, ctx.actor, raw);
    const known = await tx.claimKey.findUnique({
      // Per provider: "already settled" about another provider's id would disclose its claims.
      where: {
        insurerId_providerId_settlementId: { insurerId: claim.insurerId, providerId: claim.providerId, settlementId: claim.settlementId },
      },
    });
    if (known)
      throw new DomainError('CONFLICT', {
        zh: `结算编号 ${claim.settlementId} 已结算`,
        en: `Settlement ${claim.settlementId} is already settled`,
      }, { settlementId: claim.settlementId });
    const rules = await activeRules(tx, claim.insurerId, 'DURING');
    const hits = (await evaluateClaim(tx, claim, rules)).map(findingView);
    if (hits.some((h) => h.blocking)) return { claim, hits, blocked: true as const };
    const stored = await storeClaims(tx, [claim]);
    if (stored.length === 0)
      throw new DomainError('CONFLICT', { zh: `结算编号 ${claim.settlementId} 已结算`, en: `Settlement ${claim.settlementId} is already settled` });
    await recordHits(tx, claim, hits);
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.claimSettled,
      entityType: ENTITY.claim,
      entityId: claim.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: claim.insurerId,
      providerId: claim.providerId,
      data: { settlementId: claim.settlementId, fundFen: claim.fundFen.toString(), hits: hits.map((h) => h.ruleCode) },
    });
    return { claim, hits, blocked: false as const, seq };
  });
  // Hits are stored in full for the insurer; the actor reads them as it may (other-claims.ts).
  if (!verdict.blocked) return { claim: verdict.claim, hits: verdict.hits.map((h) => findingFor(ctx.actor, h)), auditSeq: verdict.seq };
  const { claim, hits } = verdict;
  const interception = await inTransaction(AS_SYSTEM, async (tx) => {
    const row = await tx.monitoringOutcome.create({
      data: {
        insurerId: claim.insurerId,
        providerId: claim.providerId,
        moment: 'DURING',
        outcome: 'INTERCEPTED',
        settlementId: claim.settlementId,
        settlementMonth: new Date(claim.settlementMonth),
        fundFen: claim.fundFen,
        hitAmountFen: hits.reduce((s, h) => s + h.amountFen, 0n),
        ruleKeys: hits.map((h) => h.ruleKey),
        hits: hitsJson(hits),
      },
    });
    await appendAuditEvent(tx, {
      type: EVENT.claimIntercepted,
      entityType: ENTITY.claim,
      entityId: row.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: claim.insurerId,
      providerId: claim.providerId,
      data: { settlementId: claim.settlementId, fundFen: claim.fundFen.toString(), rules: hits.filter((h) => h.blocking).map((h) => h.ruleCode) },
    });
    return row;
  });
  throw new DomainError(
    'SETTLEMENT_BLOCKED',
    {
      zh: `结算被拦截：${hits.filter((h) => h.blocking).map((h) => h.nameZh).join('、')}`,
      en: `Settlement blocked: ${hits.filter((h) => h.blocking).map((h) => h.nameEn).join(', ')}`,
    },
    { interceptionId: interception.id, hits: hitsJson(hits.map((h) => findingFor(ctx.actor, h))) },
  );
}

async function recordHits(tx: Tx, claim: ClaimRecord, hits: RuleFindingView[]): Promise<void> {
  if (hits.length === 0) return;
  await tx.ruleHit.createMany({
    data: hits.map((h) => ({
      ruleId: h.ruleId,
      stage: 'DURING' as const,
      providerId: claim.providerId,
      agreementId: claim.agreementId,
      physicianId: claim.physicianId,
      insuredPersonId: claim.insuredPersonId,
      claimRef: claim.settlementId,
      claimId: claim.id,
      settlementMonth: new Date(claim.settlementMonth),
      amountFen: h.amountFen,
      detailJson: h.detail as object,
      ruleVersion: h.ruleVersion,
      occurredAt: claim.settledAt,
    })),
    skipDuplicates: true,
  });
}
