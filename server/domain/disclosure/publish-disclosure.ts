import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { PublicDisclosure } from '../../db/generated/prisma/client.js';
import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';

import { invalidField, parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import type { Prisma } from '../../db/generated/prisma/client.js';

export const publishDisclosureInput = z
  .object({
    kind: z.enum(['BLACKLISTED_PROVIDER', 'TYPICAL_CASE']),
    /** TYPICAL_CASE: the executed penalty on a provider the case is about. */
    penaltyId: uuid.nullish(),
    /** BLACKLISTED_PROVIDER: the provider's blacklisting credit evaluation. */
    creditEvaluationId: uuid.nullish(),
  })
  .refine(
    (i) =>
      i.kind === 'TYPICAL_CASE'
        ? !!i.penaltyId && !i.creditEvaluationId
        : !!i.creditEvaluationId && !i.penaltyId,
    {
      path: ['kind'],
      message: 'a typical case names a penalty, a blacklisting names a credit evaluation',
    },
  );

export interface DisclosureResult {
  disclosure: PublicDisclosure;
  auditSeq: bigint;
}

/**
 * Publishes (曝光) a typical case or a blacklisted provider. The public row is built only from
 * structured institution data (names, catalogue violation names, measures, amount, dates):
 * nothing typed by a user and nothing about a person is copied, so no personal data can reach
 * the public view. Penalties aimed at a physician or an insured person are not publishable.
 */
export async function publishDisclosure(
  ctx: CommandContext,
  raw: z.input<typeof publishDisclosureInput>,
): Promise<DisclosureResult> {
  const { actor } = ctx;
  requireCapability(actor, 'publishDisclosures');
  const input = parseInput(publishDisclosureInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const values = input.penaltyId
      ? await fromPenalty(tx, actor, input.penaltyId)
      : await fromCredit(tx, actor, input.creditEvaluationId!);
    const live = await tx.publicDisclosure.count({
      where: {
        withdrawnAt: null,
        ...(input.penaltyId
          ? { sourcePenaltyId: input.penaltyId }
          : { sourceCreditEvaluationId: input.creditEvaluationId! }),
      },
    });
    if (live > 0)
      throw new DomainError(
        'CONFLICT',
        { zh: '该事项已公开', en: 'This item is already published' },
        { kind: input.kind },
      );
    const disclosure = await tx.publicDisclosure.create({
      data: { ...values, kind: input.kind, publishedAt: now },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.disclosurePublished,
      entityType: ENTITY.publicDisclosure,
      entityId: disclosure.id,
      actor,
      requestId: ctx.requestId,
      insurerId: disclosure.insurerId,
      providerId: disclosure.providerId,
      data: {
        kind: disclosure.kind,
        sourcePenaltyId: disclosure.sourcePenaltyId,
        sourceCreditEvaluationId: disclosure.sourceCreditEvaluationId,
      },
    });
    return { disclosure, auditSeq: seq };
  });
}

type Values = Omit<Prisma.PublicDisclosureUncheckedCreateInput, 'kind' | 'publishedAt'>;

async function fromPenalty(tx: Tx, actor: Viewer, id: string): Promise<Values> {
  const p = await tx.penalty.findFirst({
    where: { AND: [{ id }, visible.penalty(actor)] },
    include: {
      agreement: { include: { insurer: true } },
      provider: true,
      finding: { include: { violationType: true } },
    },
  });
  if (!p) throw notFound('Penalty', id);
  requireInsurer(actor, p.agreement.insurerId, 'Penalty', p.id);
  if (p.target !== 'PROVIDER')
    throw invalidField(['penaltyId'], 'only penalties on institutions are published');
  if (p.status !== 'EXECUTED' && p.status !== 'CLOSED')
    throw invalidField(['penaltyId'], `only executed penalties are published (this one is ${p.status})`);
  return {
    ...institution(p.agreement.insurer, p.provider),
    violationsZh: [p.finding.violationType.nameZh],
    violationsEn: [p.finding.violationType.nameEn],
    measures: [p.measure],
    amountFen: p.amountFen,
    decidedOn: agencyDay(p.executedAt ?? p.issuedAt ?? p.proposedAt),
    sourcePenaltyId: p.id,
  };
}

async function fromCredit(tx: Tx, actor: Viewer, id: string): Promise<Values> {
  const c = await tx.creditEvaluation.findFirst({
    where: { AND: [{ id }, visible.creditEvaluation(actor)] },
    include: { insurer: true, provider: true },
  });
  if (!c) throw notFound('CreditEvaluation', id);
  requireInsurer(actor, c.insurerId, 'CreditEvaluation', c.id);
  if (c.subjectType !== 'PROVIDER' || !c.provider || !c.blacklisted)
    throw invalidField(['creditEvaluationId'], 'only a blacklisted provider’s evaluation is published');
  return {
    ...institution(c.insurer, c.provider),
    violationsZh: [],
    violationsEn: [],
    measures: ['BLACKLIST'],
    creditGrade: c.grade,
    year: c.year,
    decidedOn: agencyDay(c.evaluatedAt),
    sourceCreditEvaluationId: c.id,
  };
}

function institution(
  insurer: { id: string; nameZh: string; nameEn: string },
  provider: {
    id: string;
    nameZh: string;
    nameEn: string;
    kind: PublicDisclosure['providerKind'];
    regionCode: string;
  },
) {
  return {
    insurerId: insurer.id,
    providerId: provider.id,
    insurerNameZh: insurer.nameZh,
    insurerNameEn: insurer.nameEn,
    providerNameZh: provider.nameZh,
    providerNameEn: provider.nameEn,
    providerKind: provider.kind,
    regionCode: provider.regionCode,
  };
}
