import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { actorColumns, requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { newNumber, refuseTakenNumber } from '../shared/numbers.js';
import { expectedVersion, optionalText, uuid, code } from '../shared/schemas.js';
import { checkVersion } from '../shared/versioning.js';
import { assertNotBanned } from './ban.js';
import { isRenewalDue, nextTerm, RENEWAL_WINDOW_DAYS } from './rules.js';
import { createVersion } from './terms.js';
import { agreementTags, applyTransition, loadAgreementForWrite, requireTransition, type AgreementResult } from './transition.js';

export const renewAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  reason: optionalText(2000),
  number: code(64).nullish(),
});

/**
 * Renews an ACTIVE or EXPIRED agreement for the next term, from RENEWAL_WINDOW_DAYS before
 * its end: a new DRAFT agreement (`renewedFromId`) carrying the current terms, to be signed.
 * Refused when the last published annual assessment is FAIL (考核结果与续签挂钩, docs/domain/workflows.md
 * "Assessment"): the holder must pass an assessment first. A provider under a
 * re-application ban cannot renew either.
 */
export async function renewAgreement(
  ctx: CommandContext,
  raw: z.input<typeof renewAgreementInput>,
): Promise<AgreementResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(renewAgreementInput, raw);
  const now = ctx.now ?? new Date();
  const today = agencyDay(now);
  return inTransaction(ctx, async (tx) => {
    const old = await loadAgreementForWrite(tx, ctx.actor, input.id, true);
    requireTransition(old, 'RENEW');
    if (!isRenewalDue(old.endsOn, today)) {
      throw new DomainError(
        'RENEWAL_NOT_DUE',
        {
          zh: `协议（${old.number}）于 ${isoDate(old.endsOn)} 到期，到期前 ${RENEWAL_WINDOW_DAYS} 天内方可续签`,
          en: `Agreement ${old.number} ends on ${isoDate(old.endsOn)}; it can be renewed from ${RENEWAL_WINDOW_DAYS} days before its end`,
        },
        { endsOn: isoDate(old.endsOn), windowDays: RENEWAL_WINDOW_DAYS },
      );
    }
    const successor = await tx.agreement.findUnique({ where: { renewedFromId: old.id } });
    if (successor) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `协议（${old.number}）已续签为 ${successor.number}`,
          en: `Agreement ${old.number} was already renewed as ${successor.number}`,
        },
        { renewedById: successor.id },
      );
    }
    // After the successor check: a second renewal says "already renewed as …", not "changed".
    checkVersion('Agreement', old, input.expectedVersion);
    const lastAssessment = await tx.assessment.findFirst({
      where: { agreementId: old.id, status: 'PUBLISHED' },
      orderBy: { year: 'desc' },
    });
    if (lastAssessment?.result === 'FAIL') {
      throw new DomainError(
        'RENEWAL_BLOCKED',
        {
          zh: `协议（${old.number}）${lastAssessment.year} 年度考核不合格，不予续签`,
          en: `Agreement ${old.number} failed its ${lastAssessment.year} assessment and cannot be renewed`,
        },
        { assessmentYear: lastAssessment.year, result: lastAssessment.result },
      );
    }
    if (old.providerId)
      assertNotBanned(await tx.provider.findUniqueOrThrow({ where: { id: old.providerId } }), today);

    const term = nextTerm(old.startsOn, old.endsOn, today);
    const current = await tx.agreementVersion.findUniqueOrThrow({
      where: { agreementId_versionNo: { agreementId: old.id, versionNo: old.currentVersionNo } },
      include: { clauses: true, indicators: true },
    });
    const renewed = await tx.agreement.create({
      data: {
        number: input.number ?? newNumber('AGR', now),
        family: old.family,
        kind: old.kind,
        status: 'DRAFT',
        insurerId: old.insurerId,
        providerId: old.providerId,
        partnerId: old.partnerId,
        entrustedWork: old.entrustedWork,
        startsOn: term.startsOn,
        endsOn: term.endsOn,
        renewedFromId: old.id,
      },
    }).catch(refuseTakenNumber(input.number, 'another agreement of this insurer has this number'));
    await createVersion(tx, {
      agreementId: renewed.id,
      versionNo: 1,
      templateCode: current.templateCode,
      templateVersion: current.templateVersion,
      changeNote: `renewal of ${old.number}`,
      effectiveFrom: term.startsOn,
      clauses: current.clauses.map(({ clauseNo, titleZh, titleEn, bodyZh, bodyEn }) => ({
        clauseNo,
        titleZh,
        titleEn,
        bodyZh,
        bodyEn,
      })),
      indicators: current.indicators.map(({ metric, comparator, threshold, unit, breachMeasure }) => ({
        metric,
        comparator,
        threshold: threshold.toString(),
        unit,
        breachMeasure,
      })),
    });
    const reason = input.reason ?? `renewal for ${isoDate(term.startsOn)}–${isoDate(term.endsOn)}`;
    const step = await applyTransition(tx, {
      agreement: old,
      action: 'RENEW',
      reason,
      effectiveOn: today,
      today: now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
      data: { renewedById: renewed.id, renewedByNumber: renewed.number },
    });
    await tx.agreementTransition.create({
      data: {
        agreementId: renewed.id,
        action: 'DRAFT',
        fromStatus: null,
        toStatus: 'DRAFT',
        reason,
        effectiveOn: today,
        occurredAt: now,
        ...actorColumns(ctx.actor),
      },
    });
    await appendAuditEvent(tx, {
      type: EVENT.agreementDrafted,
      entityType: ENTITY.agreement,
      entityId: renewed.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      ...agreementTags(renewed),
      data: {
        number: renewed.number,
        renewedFromId: old.id,
        toStatus: 'DRAFT',
        startsOn: isoDate(renewed.startsOn),
        endsOn: isoDate(renewed.endsOn),
        reason,
      },
    });
    return { agreement: renewed, auditSeq: step.auditSeq };
  });
}
