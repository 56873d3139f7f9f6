import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { Tx } from '../../db/database.js';
import type { DesignationApplication, Provider } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { addDays, addYears, isoDate } from '../shared/dates.js';
import { invalidField, parseInput } from '../shared/input.js';
import { newNumber } from '../shared/numbers.js';
import { date, expectedVersion, optionalText, uuid, line, code } from '../shared/schemas.js';
import { assertNotBanned } from '../agreements/ban.js';
import { writeDraftAgreement } from '../agreements/write-draft.js';
import { assertPublishedTemplate, latestPublishedTemplate } from '../agreements/template-choice.js';
import type { AgreementKind } from '../../db/generated/prisma/enums.js';
import {
  defaultIndicators,
  evaluationPasses,
  PASS_MARK,
  serviceAgreementKind,
  type ScoreLine,
} from './rules.js';
import { endedTermIssues } from '../agreements/rules.js';
import { loadForStep, writeApplicationStep, type ApplicationResult } from './load-application.js';

export const decideApplicationInput = z
  .object({
    id: uuid,
    expectedVersion,
    decision: z.enum(['DESIGNATE', 'REFUSE']),
    /** REFUSE: the reason given to the applicant. */
    reason: optionalText(2000),
    /** DESIGNATE: the draft agreement's term (defaults: from today, one year). */
    startsOn: date.nullish(),
    endsOn: date.nullish(),
    templateCode: code(64).nullish(),
    templateVersion: line(32).nullish(),
  })
  .refine((i) => i.decision === 'DESIGNATE' || !!i.reason, {
    path: ['reason'],
    message: 'a refusal states its reason',
  });

/**
 * Decides an application. DESIGNATE (only after a passing evaluation) creates the provider or
 * marks the existing one ACTIVE and prepares a DRAFT service agreement of the kind its
 * institution needs, in one transaction; REFUSE records the reason. A provider still banned
 * from re-applying is refused with REAPPLICATION_BANNED.
 */
export async function decideApplication(
  ctx: CommandContext,
  raw: z.input<typeof decideApplicationInput>,
): Promise<ApplicationResult & { providerId: string | null; agreementId: string | null }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAgreements');
  const input = parseInput(decideApplicationInput, raw);
  const now = ctx.now ?? new Date();
  const today = agencyDay(now);
  const startsOn = input.startsOn ?? today;
  const endsOn = input.endsOn ?? addDays(addYears(startsOn, 1), -1);
  if (endsOn < startsOn) throw invalidField(['endsOn'], 'the term must end on or after its start');
  // A term already over would make the provider ACTIVE with a draft that can never be signed.
  if (input.decision === 'DESIGNATE') {
    const ended = endedTermIssues(endsOn, today);
    if (ended.length > 0) throw new InputError(ended);
  }
  return inTransaction(ctx, async (tx) => {
    const action = input.decision === 'DESIGNATE' ? 'DESIGNATE' : 'REFUSE';
    const application = await loadForStep(tx, actor, input.id, action, input.expectedVersion);
    requireInsurer(actor, application.insurerId, 'DesignationApplication', application.id);
    // Late from the day after the due day on the agency's calendar, not from 08:00 in Beijing.
    const overdue = today > application.decisionDueOn;
    if (input.decision === 'REFUSE') {
      const result = await writeApplicationStep(tx, {
        application,
        expectedVersion: input.expectedVersion,
        patch: { status: 'REFUSED', decidedAt: now, refusalReason: input.reason!, refusalCode: 'REFUSED' },
        event: EVENT.applicationDecided,
        actor,
        requestId: ctx.requestId,
        data: { decision: 'REFUSE', reason: input.reason, overdue },
      });
      return { ...result, providerId: application.providerId, agreementId: null };
    }
    const { total, passed } = evaluationPasses(application.scoreItems as unknown as ScoreLine[]);
    if (!passed)
      throw new DomainError(
        'ADMISSION_SCORE_TOO_LOW',
        {
          zh: `评估未通过（得分 ${total}，合格线 ${PASS_MARK} 且信息系统项须达标），不能准入`,
          en: `The evaluation did not pass (score ${total}; pass mark ${PASS_MARK} and a ready information system); cannot designate`,
        },
        { totalScore: total, passMark: PASS_MARK },
      );
    const provider = await designateProvider(tx, application, now);
    await appendAuditEvent(tx, {
      type: EVENT.providerDesignated,
      entityType: ENTITY.provider,
      entityId: provider.id,
      actor,
      requestId: ctx.requestId,
      insurerId: application.insurerId,
      providerId: provider.id,
      data: { code: provider.code, applicationNumber: application.number, kind: provider.kind },
    });
    const kind = serviceAgreementKind(application.kind);
    const template = await admissionTemplate(tx, application.insurerId, kind, input);
    const { agreement } = await writeDraftAgreement(tx, actor, ctx.requestId, now, {
      family: 'SERVICE',
      kind,
      insurerId: application.insurerId,
      providerId: provider.id,
      partnerId: null,
      entrustedWork: [],
      number: null,
      startsOn,
      endsOn,
      reason: `designated on application ${application.number}`,
      ...template,
      changeNote: null,
      clauses: [],
      indicators: defaultIndicators(application.kind),
    });
    const result = await writeApplicationStep(tx, {
      application,
      expectedVersion: input.expectedVersion,
      patch: { status: 'DESIGNATED', decidedAt: now, providerId: provider.id, agreementId: agreement.id },
      event: EVENT.applicationDecided,
      actor,
      requestId: ctx.requestId,
      data: {
        decision: 'DESIGNATE',
        providerId: provider.id,
        agreementId: agreement.id,
        agreementNumber: agreement.number,
        startsOn: isoDate(startsOn),
        overdue,
      },
    });
    return { ...result, providerId: provider.id, agreementId: agreement.id };
  });
}

/** The applicant becomes a designated provider: a new one, or the existing one made ACTIVE. */
async function designateProvider(tx: Tx, a: DesignationApplication, now: Date): Promise<Provider> {
  const details = {
    kind: a.kind,
    hospitalGrade: a.hospitalGrade,
    pharmacyClass: a.pharmacyClass,
    ownership: a.ownership,
    licenceScope: a.licenceScope,
    regionCode: a.regionCode,
    address: a.address,
  };
  if (a.providerId) {
    const existing = await tx.provider.findUniqueOrThrow({ where: { id: a.providerId } });
    assertNotBanned(existing, agencyDay(now));
    return tx.provider.update({
      where: { id: a.providerId },
      data: { ...details, status: 'ACTIVE', version: { increment: 1 } },
    });
  }
  return tx.provider.create({
    data: {
      ...details,
      code: newNumber('PRV', now),
      nameZh: a.applicantNameZh,
      nameEn: a.applicantNameEn,
      status: 'ACTIVE',
      insurerId: a.insurerId,
    },
  });
}

/**
 * The template the designation's draft is written on: the one the decision names, which must
 * be a published template of the kind; else the insurer's newest published one of the kind;
 * with none published yet, a placeholder the agency replaces (updateDraftAgreement) before signing.
 */
async function admissionTemplate(
  tx: Tx,
  insurerId: string,
  kind: AgreementKind,
  input: { templateCode?: string | null; templateVersion?: string | null },
): Promise<{ templateCode: string; templateVersion: string }> {
  if (input.templateCode || input.templateVersion) {
    const named = { templateCode: input.templateCode ?? '', templateVersion: input.templateVersion ?? '' };
    await assertPublishedTemplate(tx, { insurerId, kind, ...named });
    return named;
  }
  return (
    (await latestPublishedTemplate(tx, insurerId, kind)) ?? {
      templateCode: `${kind}-ADMISSION`,
      templateVersion: '1',
    }
  );
}
