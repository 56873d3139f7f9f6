import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import type { Agreement, Finding } from '../../db/generated/prisma/client.js';
import { InsuredSuspensionScope, PenaltyMeasure } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, InputError, notFound, type FieldIssue } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { agencyDay } from '../shared/local-date.js';
import { newNumber } from '../shared/numbers.js';
import { date, optionalText, text, uuid, optionalLine } from '../shared/schemas.js';
import { calculatePenalty } from './calculate.js';
import { penaltyTags, requireAgreementForMeasure, type PenaltyResult } from './step.js';

export const proposePenaltyInput = z.object({
  findingId: uuid,
  measure: z.enum(PenaltyMeasure),
  /** Exact decimal, e.g. "2.00" (DEDUCTION, LIQUIDATED_DAMAGES 1–5×; ADMINISTRATIVE_FINE_REFERRAL 2–5×). */
  multiple: z.string().trim().max(10).nullish(),
  durationMonths: z.number().int().nullish(),
  /** INSURED_SETTLEMENT_SUSPENSION only; defaults to ALL_DIRECT_SETTLEMENT. */
  insuredSuspensionScope: z.enum(InsuredSuspensionScope).nullish(),
  /** Defaults to the finding's physician / insured person. */
  physicianId: uuid.nullish(),
  insuredPersonId: uuid.nullish(),
  rectificationDueOn: date.nullish(),
  legalBasis: text(2000),
  clauseRef: optionalLine(200),
  notes: optionalText(5000),
});

/**
 * Proposes one measure on a finding; the amount is computed by the rules of its measure
 * (calculate.ts), never taken from the client. A finding may lead to several penalties.
 */
export async function proposePenalty(
  ctx: CommandContext,
  raw: z.input<typeof proposePenaltyInput>,
): Promise<PenaltyResult> {
  const { actor } = ctx;
  requireCapability(actor, 'proposePenalties');
  const input = parseInput(proposePenaltyInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.finding.findFirst({
      where: { AND: [{ id: input.findingId }, visible.finding(actor)] },
      include: { agreement: true },
    });
    if (!finding) throw notFound('Finding', input.findingId);
    requireInsurer(actor, finding.agreement.insurerId, 'Finding', finding.id);
    if (finding.status !== 'OPEN' && finding.status !== 'PENALISED') {
      throw illegalTransition('Finding', finding.id, finding.status, 'PROPOSE_PENALTY');
    }
    return writeProposal(tx, ctx, finding, input, now);
  });
}

export type ProposalFields = z.output<typeof proposePenaltyInput> & {
  /** Set when a clause's penalty ladder chose the measure (server/domain/templates). */
  ladder?: { key: string; stepNo: number; history: string[]; windowMonths?: number; windowStart?: string };
};

/**
 * Writes a proposed penalty on a loaded finding, with its event, in the caller's transaction:
 * shared by a clerk's proposal and a ladder's (the amount is always computed here).
 */
export async function writeProposal(
  tx: Tx,
  ctx: CommandContext,
  finding: Finding & { agreement: Agreement },
  input: ProposalFields,
  now: Date,
): Promise<PenaltyResult> {
  const { actor } = ctx;
  requireAgreementForMeasure(input.measure, finding.agreement);
  const physicianId = input.physicianId ?? finding.physicianId;
  const insuredPersonId = input.insuredPersonId ?? finding.insuredPersonId;
  const calc = calculatePenalty({
    measure: input.measure,
    violatingAmountFen: finding.violatingAmountFen,
    multiple: input.multiple,
    durationMonths: input.durationMonths,
    physicianId,
    insuredPersonId,
    rectificationDueOn: input.rectificationDueOn,
    insuredSuspensionScope: input.insuredSuspensionScope,
    today: agencyDay(now),
  });
  if (!calc.ok) throw new InputError(calc.issues);

  const issues: FieldIssue[] = [];
  if (input.physicianId && input.physicianId !== finding.physicianId) {
    const practises = await tx.physician.count({
      where: {
        id: input.physicianId,
        OR: [
          { primaryProviderId: finding.providerId },
          { practiceSites: { some: { providerId: finding.providerId } } },
        ],
      },
    });
    if (practises === 0)
      issues.push({
        path: ['input', 'physicianId'],
        message: 'the physician does not practise at the provider',
      });
  }
  if (input.insuredPersonId && input.insuredPersonId !== finding.insuredPersonId) {
    const insured = await tx.insuredPerson.count({
      where: { id: input.insuredPersonId, insurerId: finding.agreement.insurerId },
    });
    if (insured === 0)
      issues.push({
        path: ['input', 'insuredPersonId'],
        message: "not an insured person of the agreement's insurer",
      });
  }
  if (issues.length > 0) throw new InputError(issues);

  const v = calc.value;
  const penalty = await tx.penalty.create({
    data: {
      number: newNumber('PEN', now),
      findingId: finding.id,
      agreementId: finding.agreementId,
      insurerId: finding.insurerId,
      providerId: finding.providerId,
      physicianId: v.target === 'PHYSICIAN' || input.physicianId ? physicianId : null,
      insuredPersonId: v.target === 'INSURED_PERSON' || input.insuredPersonId ? insuredPersonId : null,
      target: v.target,
      measure: input.measure,
      baseAmountFen: v.baseAmountFen,
      multiple: v.multiple,
      amountFen: v.amountFen,
      durationMonths: v.durationMonths,
      insuredSuspensionScope: v.insuredSuspensionScope,
      rectificationDueOn: input.rectificationDueOn ?? null,
      legalBasis: input.legalBasis,
      clauseRef: input.clauseRef ?? null,
      ladderKey: input.ladder?.key ?? null,
      ladderStep: input.ladder?.stepNo ?? null,
      notes: input.notes ?? null,
      proposedAt: now,
    },
  });
  const { seq } = await appendAuditEvent(tx, {
    type: EVENT.penaltyProposed,
    entityType: ENTITY.penalty,
    entityId: penalty.id,
    actor,
    requestId: ctx.requestId,
    ...penaltyTags({ providerId: penalty.providerId, agreement: finding.agreement, finding }),
    data: {
      number: penalty.number,
      findingId: finding.id,
      agreementId: penalty.agreementId,
      measure: penalty.measure,
      target: penalty.target,
      toStatus: 'PROPOSED',
      baseAmountFen: penalty.baseAmountFen,
      multiple: v.multiple,
      amountFen: penalty.amountFen,
      durationMonths: penalty.durationMonths,
      ...(v.insuredSuspensionScope ? { insuredSuspensionScope: v.insuredSuspensionScope } : {}),
      ...(input.ladder ? { ladder: input.ladder } : {}),
    },
  });
  return { penalty, auditSeq: seq };
}
