import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { Finding } from '../../db/generated/prisma/client.js';
import { FindingSource } from '../../db/generated/prisma/enums.js';
import type { Tx } from '../../db/database.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError, notFound, type FieldIssue } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { lastBindingDay } from '../agreements/termination.js';
import { parseInput } from '../shared/input.js';
import { newNumber, refuseTakenNumber } from '../shared/numbers.js';
import { date, fen, optionalText, text, uuid, line, code } from '../shared/schemas.js';

const evidenceRef = z.object({
  /** e.g. PHOTO, MEDICAL_RECORD, SETTLEMENT_RECORD, INTERVIEW, DOCUMENT */
  kind: line(40),
  /** Where the evidence is kept (archive number, document id, URL); never the content itself. */
  ref: line(500),
  note: optionalText(1000),
});

export const recordFindingInput = z
  .object({
    agreementId: uuid,
    violationTypeId: uuid,
    source: z.enum(FindingSource),
    physicianId: uuid.nullish(),
    insuredPersonId: uuid.nullish(),
    /** The investigating partner, when an agency records a partner's result for it. */
    partnerId: uuid.nullish(),
    tipOffId: uuid.nullish(),
    description: text(5000),
    evidence: z.array(evidenceRef).max(100).default([]),
    violatingAmountFen: fen,
    occurredFrom: date.nullish(),
    occurredTo: date.nullish(),
    foundOn: date,
    number: code(64).nullish(),
  })
  .refine((i) => !i.occurredFrom || !i.occurredTo || i.occurredFrom <= i.occurredTo, {
    path: ['occurredTo'],
    message: 'the period must end on or after its start',
  })
  .refine((i) => !i.occurredFrom || i.occurredFrom <= i.foundOn, {
    path: ['occurredFrom'],
    message: 'cannot start after the finding date',
  });

export interface FindingResult {
  finding: Finding;
  auditSeq: bigint;
}

/**
 * Records a violation found on a service agreement (docs/domain/violations.md).
 * Agency staff record on their insurer's agreements. A partner records only the results of
 * entrusted investigations (source PARTNER_INVESTIGATION) on service agreements of an insurer
 * that entrusts it with supervisory work — exactly what its tenant filter lets it see.
 */
export async function recordFinding(
  ctx: CommandContext,
  raw: z.input<typeof recordFindingInput>,
): Promise<FindingResult> {
  requireCapability(ctx.actor, 'recordFindings');
  const input = parseInput(recordFindingInput, raw);
  return inTransaction(ctx, (tx) => writeFinding(tx, ctx, input, { withinTerm: true }));
}

/**
 * The finding itself, in the caller's transaction: confirming rule hits records their
 * findings together with the hits' own steps, all or nothing.
 */
export async function writeFinding(
  tx: Tx,
  ctx: CommandContext,
  input: z.output<typeof recordFindingInput>,
  /** A clerk's finding names a period; it must meet the agreement's term (see below). */
  options: { withinTerm?: boolean } = {},
): Promise<FindingResult> {
  const { actor } = ctx;
  requireCapability(actor, 'recordFindings');
  const now = ctx.now ?? new Date();
  if (input.foundOn > agencyDay(now))
    throw new InputError([{ path: ['input', 'foundOn'], message: 'cannot be in the future' }]);
  const asPartner = actor.role === 'PARTNER';
  if (asPartner && input.source !== 'PARTNER_INVESTIGATION') {
    throw new InputError([
      { path: ['input', 'source'], message: 'a partner records PARTNER_INVESTIGATION results only' },
    ]);
  }
  // Numbers are unique within the insurer, and a partner does not see the findings other
  // partners record there: a "taken" answer to a number it chose would tell it they exist.
  if (asPartner && input.number) {
    throw new InputError([{ path: ['input', 'number'], message: "the hub numbers a partner's findings" }]);
  }
  if (asPartner && input.partnerId && input.partnerId !== actor.partnerId) {
    throw new InputError([
      { path: ['input', 'partnerId'], message: 'a partner records its own investigations' },
    ]);
  }

  const agreement = await tx.agreement.findFirst({
    where: { AND: [{ id: input.agreementId }, { family: 'SERVICE' }, visible.agreement(actor)] },
  });
  if (!agreement || !agreement.providerId) throw notFound('Agreement', input.agreementId);
  if (!asPartner) requireInsurer(actor, agreement.insurerId, 'Agreement', agreement.id);
  if (agreement.status === 'DRAFT') {
    throw new DomainError(
      'AGREEMENT_NOT_ACTIVE',
      {
        zh: `协议（${agreement.number}）尚为草稿，不能记录违规`,
        en: `Agreement ${agreement.number} is still a DRAFT; nothing was billed under it`,
      },
      { currentStatus: agreement.status },
    );
  }
  const providerId = agreement.providerId;
  const issues: FieldIssue[] = [];
  const at = (field: string, message: string) => issues.push({ path: ['input', field], message });
  // A violation is judged under the agreement that bound the provider when it happened: a period
  // wholly before the term began or after it ended (or after its termination took effect) was
  // not under this agreement's clauses, and its penalty would apply clauses that never bound it.
  if (options.withinTerm && (input.occurredFrom || input.occurredTo)) {
    const lastDay = await lastBindingDay(tx, agreement);
    const term = `${isoDate(agreement.startsOn)} – ${isoDate(lastDay)}`;
    if (input.occurredTo && input.occurredTo < agreement.startsOn)
      throw new InputError([
        {
          path: ['input', 'occurredTo'],
          message: `the violation ended before agreement ${agreement.number} began (its term: ${term})`,
          messageZh: `违规行为在协议（${agreement.number}）期限（${term}）开始前已结束`,
        },
      ]);
    if (input.occurredFrom && input.occurredFrom > lastDay)
      throw new InputError([
        {
          path: ['input', 'occurredFrom'],
          message: `the violation began after agreement ${agreement.number} ended (its term: ${term})`,
          messageZh: `违规行为在协议（${agreement.number}）期限（${term}）结束后才发生`,
        },
      ]);
  }

  const violationType = await tx.violationType.findUnique({ where: { id: input.violationTypeId } });
  if (!violationType) at('violationTypeId', 'no such violation type');
  if (input.physicianId) {
    const practises = await tx.physician.count({
      where: {
        id: input.physicianId,
        OR: [{ primaryProviderId: providerId }, { practiceSites: { some: { providerId } } }],
      },
    });
    if (practises === 0) at('physicianId', 'the physician does not practise at this provider');
  }
  if (input.insuredPersonId) {
    const insured = await tx.insuredPerson.count({
      where: { id: input.insuredPersonId, insurerId: agreement.insurerId },
    });
    if (insured === 0) at('insuredPersonId', "not an insured person of this agreement's insurer");
  }
  if (input.tipOffId) {
    const tipOff = await tx.tipOff.count({ where: { id: input.tipOffId, insurerId: agreement.insurerId } });
    if (tipOff === 0) at('tipOffId', "no such tip-off at this agreement's insurer");
  }
  const partnerId = asPartner ? actor.partnerId : (input.partnerId ?? null);
  if (!asPartner && partnerId) {
    const partner = await tx.partner.count({ where: { id: partnerId } });
    if (partner === 0) at('partnerId', 'no such partner');
  }
  if (issues.length > 0) throw new InputError(issues);

  const finding = await tx.finding.create({
    data: {
      number: input.number ?? newNumber('FND', now),
      agreementId: agreement.id,
      insurerId: agreement.insurerId,
      providerId,
      physicianId: input.physicianId ?? null,
      insuredPersonId: input.insuredPersonId ?? null,
      violationTypeId: input.violationTypeId,
      source: input.source,
      partnerId,
      tipOffId: input.tipOffId ?? null,
      description: input.description,
      evidence: input.evidence,
      violatingAmountFen: input.violatingAmountFen,
      occurredFrom: input.occurredFrom ?? null,
      occurredTo: input.occurredTo ?? null,
      foundOn: input.foundOn,
    },
  }).catch(refuseTakenNumber(input.number, 'another finding of this insurer has this number'));
  const { seq } = await appendAuditEvent(tx, {
    type: EVENT.findingRecorded,
    entityType: ENTITY.finding,
    entityId: finding.id,
    actor,
    requestId: ctx.requestId,
    insurerId: agreement.insurerId,
    providerId,
    partnerId,
    data: {
      number: finding.number,
      agreementId: agreement.id,
      violationTypeCode: violationType!.code,
      source: finding.source,
      violatingAmountFen: finding.violatingAmountFen,
      foundOn: isoDate(finding.foundOn),
      physicianId: finding.physicianId,
      evidenceCount: input.evidence.length,
    },
  });
  return { finding, auditSeq: seq };
}
