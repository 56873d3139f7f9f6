import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { AgreementFamily, AgreementKind, EntrustedWork } from '../../db/generated/prisma/enums.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, readAsHub, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { date, optionalText, uuid, code } from '../shared/schemas.js';
import { partyIssues } from './rules.js';
import { assertNotBanned } from './ban.js';
import { versionTerms } from './terms.js';
import type { AgreementResult } from './transition.js';
import { writeDraftAgreement } from './write-draft.js';
import { assertPublishedTemplate } from './template-choice.js';

export const draftAgreementInput = z
  .object({
    family: z.enum(AgreementFamily),
    kind: z.enum(AgreementKind),
    /** Required for the platform admin; agency staff draft for their own insurer. */
    insurerId: uuid.nullish(),
    providerId: uuid.nullish(),
    partnerId: uuid.nullish(),
    entrustedWork: z.array(z.enum(EntrustedWork)).max(10).nullish(),
    number: code(64).nullish(),
    startsOn: date,
    endsOn: date,
    reason: optionalText(2000),
    ...versionTerms,
  })
  .refine((i) => i.endsOn >= i.startsOn, {
    path: ['endsOn'],
    message: 'the term must end on or after its start',
  });

export type DraftAgreementInput = z.input<typeof draftAgreementInput>;

/**
 * Drafts an agreement (version 1 with its clauses and indicators). A provider whose
 * re-application ban (3 years after a termination, S2 (docs/domain/sources.md)) is still running is refused.
 */
export async function draftAgreement(
  ctx: CommandContext,
  raw: DraftAgreementInput,
): Promise<AgreementResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAgreements');
  const input = parseInput(draftAgreementInput, raw);
  const issues = partyIssues(input);
  if (issues.length > 0) throw new InputError(issues);
  const now = ctx.now ?? new Date();
  const today = agencyDay(now);

  const insurerId = actor.role === 'PLATFORM_ADMIN' ? input.insurerId : actor.insurerId;
  if (!insurerId)
    throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer of the agreement' }]);
  if (actor.role !== 'PLATFORM_ADMIN' && input.insurerId && input.insurerId !== actor.insurerId) {
    throw notFound('Insurer', input.insurerId);
  }

  return inTransaction(ctx, async (tx) => {
    const insurer = await tx.insurer.findFirst({
      where: { AND: [{ id: insurerId }, visible.insurer(actor)] },
    });
    if (!insurer) throw notFound('Insurer', insurerId);

    if (input.providerId) {
      const provider = await tx.provider.findFirst({
        where: { AND: [{ id: input.providerId }, { OR: [visible.provider(actor), { insurerId }] }] },
      });
      if (!provider) throw notFound('Provider', input.providerId);
      assertNotBanned(provider, today);
    }
    if (input.partnerId) {
      // Partners are national master data (commercial insurers, firms); any insurer may contract one.
      const partner = await readAsHub(tx, () => tx.partner.findUnique({ where: { id: input.partnerId! } }));
      if (!partner) throw notFound('Partner', input.partnerId);
    }
    await assertPublishedTemplate(tx, {
      insurerId,
      kind: input.kind,
      templateCode: input.templateCode,
      templateVersion: input.templateVersion,
    });

    return writeDraftAgreement(tx, actor, ctx.requestId, now, {
      family: input.family,
      kind: input.kind,
      insurerId,
      providerId: input.providerId ?? null,
      partnerId: input.partnerId ?? null,
      entrustedWork: input.entrustedWork ?? [],
      number: input.number ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reason: input.reason ?? 'drafted',
      templateCode: input.templateCode,
      templateVersion: input.templateVersion,
      changeNote: input.changeNote ?? null,
      clauses: input.clauses,
      indicators: input.indicators,
    });
  });
}
