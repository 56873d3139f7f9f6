import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { HospitalGrade, Ownership, PharmacyClass, ProviderKind } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, readAsHub, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { actorColumns, requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { invalidField, parseInput } from '../shared/input.js';
import { newNumber } from '../shared/numbers.js';
import { uuid, line, optionalLine } from '../shared/schemas.js';
import { assertNotBanned } from '../agreements/ban.js';
import { applicationDeadlines } from './rules.js';
import type { ApplicationResult } from './load-application.js';

export const applyForDesignationInput = z.object({
  /** The insurer applied to; agency staff apply only to their own (paper applications). */
  insurerId: uuid.nullish(),
  /** An existing provider applying again; provider staff always apply as their own provider. */
  providerId: uuid.nullish(),
  applicantNameZh: line(200),
  applicantNameEn: line(200),
  kind: z.enum(ProviderKind),
  hospitalGrade: z.enum(HospitalGrade).nullish(),
  pharmacyClass: z.enum(PharmacyClass).nullish(),
  ownership: z.enum(Ownership),
  licenceScope: z.array(line(100)).min(1, 'name the licence scope').max(50),
  regionCode: z.string().regex(/^\d{6}$/, 'a 6-digit region code'),
  address: optionalLine(500),
  materials: z
    .array(z.object({ title: line(200), ref: line(500) }))
    .max(50)
    .default([]),
});

/**
 * An application for designation (定点申请). Who may file it: agency admins entering a paper
 * application for their insurer, and a provider's own staff for that provider (e.g. when it
 * applies again after a termination). New institutions without an account apply on paper:
 * there is no anonymous path, so nobody can flood an insurer's queue. A provider still under
 * its 3-year re-application ban is refused with REAPPLICATION_BANNED naming the date.
 */
export async function applyForDesignation(
  ctx: CommandContext,
  raw: z.input<typeof applyForDesignationInput>,
): Promise<ApplicationResult> {
  const { actor } = ctx;
  requireCapability(actor, 'applyForDesignation');
  const input = parseInput(applyForDesignationInput, raw);
  if (input.kind === 'RETAIL_PHARMACY' ? input.hospitalGrade : input.pharmacyClass)
    throw invalidField(
      [input.kind === 'RETAIL_PHARMACY' ? 'hospitalGrade' : 'pharmacyClass'],
      'pharmacies have a class (A/B), other institutions a grade',
    );
  const now = ctx.now ?? new Date();
  const providerId = actor.role === 'PROVIDER_STAFF' ? actor.providerId : (input.providerId ?? null);
  if (actor.role === 'PROVIDER_STAFF' && input.providerId && input.providerId !== actor.providerId)
    throw notFound('Provider', input.providerId);
  return inTransaction(ctx, async (tx) => {
    let insurerId: string | null =
      actor.role === 'INSURER_ADMIN' ? actor.insurerId : (input.insurerId ?? null);
    if (actor.role === 'INSURER_ADMIN' && input.insurerId && input.insurerId !== actor.insurerId)
      throw notFound('Insurer', input.insurerId);
    if (providerId) {
      const provider = await tx.provider.findFirst({
        where: { AND: [{ id: providerId }, visible.provider(actor)] },
      });
      if (!provider) throw notFound('Provider', providerId);
      assertNotBanned(provider, agencyDay(now));
      insurerId ??= provider.insurerId;
    }
    if (!insurerId) throw invalidField(['insurerId'], 'name the insurer applied to');
    // Any insurer may receive an application: provider staff apply to an insurer they may not yet see.
    const insurer = await readAsHub(tx, () => tx.insurer.findUnique({ where: { id: insurerId! } }));
    if (!insurer) throw notFound('Insurer', insurerId);
    const open = await tx.designationApplication.count({
      where: providerId
        ? { insurerId, providerId, status: { in: ['SUBMITTED', 'EVALUATED'] } }
        : { id: { in: [] } },
    });
    if (open > 0)
      throw invalidField(['providerId'], 'this provider already has an open application with the insurer');
    const deadlines = applicationDeadlines(agencyDay(now));
    const application = await tx.designationApplication.create({
      data: {
        number: newNumber('APP', now),
        insurerId,
        providerId,
        applicantNameZh: input.applicantNameZh,
        applicantNameEn: input.applicantNameEn,
        kind: input.kind,
        hospitalGrade: input.hospitalGrade ?? null,
        pharmacyClass: input.pharmacyClass ?? null,
        ownership: input.ownership,
        licenceScope: input.licenceScope,
        regionCode: input.regionCode,
        address: input.address ?? null,
        materials: input.materials,
        submittedAt: now,
        ...deadlines,
        submittedByType: actorColumns(actor).actorType,
        submittedById: actorColumns(actor).actorId,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.applicationSubmitted,
      entityType: ENTITY.designationApplication,
      entityId: application.id,
      actor,
      requestId: ctx.requestId,
      insurerId,
      providerId,
      data: {
        number: application.number,
        kind: application.kind,
        toStatus: 'SUBMITTED',
        materials: input.materials.length,
        evaluationDueOn: isoDate(deadlines.evaluationDueOn),
        decisionDueOn: isoDate(deadlines.decisionDueOn),
      },
    });
    return { application, auditSeq: seq };
  });
}
