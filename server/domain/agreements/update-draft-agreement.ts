import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { AgreementKind, EntrustedWork } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, illegalTransition, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { date, expectedVersion, optionalText, uuid, line, code } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { partyIssues } from './rules.js';
import { assertNotBanned } from './ban.js';
import { clauseInput, indicatorInput, type ClauseInput, type IndicatorInput } from './terms.js';
import { agreementTags, loadAgreementForWrite, type AgreementResult } from './transition.js';
import { assertPublishedTemplate } from './template-choice.js';

/**
 * Every field but `id` and `expectedVersion` is optional: what is omitted stays as it is.
 * Clauses and indicators, when given, replace the draft's lists wholesale.
 */
export const updateDraftAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  kind: z.enum(AgreementKind).optional(),
  providerId: uuid.optional(),
  partnerId: uuid.optional(),
  entrustedWork: z.array(z.enum(EntrustedWork)).max(10).optional(),
  startsOn: date.optional(),
  endsOn: date.optional(),
  templateCode: code(64).optional(),
  templateVersion: line(32).optional(),
  changeNote: optionalText(2000),
  clauses: z
    .array(clauseInput)
    .max(500)
    .refine((cs) => new Set(cs.map((c) => c.clauseNo)).size === cs.length, 'clause numbers must be unique')
    .optional(),
  indicators: z
    .array(indicatorInput)
    .max(50)
    .refine((is) => new Set(is.map((i) => i.metric)).size === is.length, 'one indicator per metric')
    .optional(),
});

export type UpdateDraftAgreementInput = z.input<typeof updateDraftAgreementInput>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const clauseKey = (c: ClauseInput) => [c.clauseNo, c.titleZh, c.titleEn, c.bodyZh, c.bodyEn];
const indicatorKey = (i: IndicatorInput) => [
  i.metric,
  i.comparator,
  Number(i.threshold),
  i.unit,
  i.breachMeasure ?? null,
];
const sorted = <T>(xs: T[], key: (x: T) => unknown[]) =>
  xs.map(key).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/**
 * Edits a DRAFT before it is signed: kind (within its family), party, entrusted work, term,
 * template and version 1's clauses and indicators. Signed agreements change only through an
 * amendment (a new version), so anything but a draft is ILLEGAL_TRANSITION.
 */
export async function updateDraftAgreement(
  ctx: CommandContext,
  raw: UpdateDraftAgreementInput,
): Promise<AgreementResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAgreements');
  const input = parseInput(updateDraftAgreementInput, raw);
  const today = agencyDay(ctx.now ?? new Date());

  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, actor, input.id);
    if (agreement.status !== 'DRAFT')
      throw illegalTransition('Agreement', agreement.id, agreement.status, 'UPDATE_DRAFT');
    checkVersion('Agreement', agreement, input.expectedVersion);

    const next = {
      kind: input.kind ?? agreement.kind,
      providerId: input.providerId ?? agreement.providerId,
      partnerId: input.partnerId ?? agreement.partnerId,
      entrustedWork: input.entrustedWork ?? agreement.entrustedWork,
      startsOn: input.startsOn ?? agreement.startsOn,
      endsOn: input.endsOn ?? agreement.endsOn,
    };
    // The family is fixed by the draft; the other family's party given explicitly is an error.
    const issues = partyIssues({
      family: agreement.family,
      ...next,
      providerId: agreement.family === 'PARTNER' ? (input.providerId ?? null) : next.providerId,
      partnerId: agreement.family === 'SERVICE' ? (input.partnerId ?? null) : next.partnerId,
    });
    if (next.endsOn < next.startsOn)
      issues.push({ path: ['input', 'endsOn'], message: 'the term must end on or after its start' });
    if (issues.length > 0) throw new InputError(issues);

    if (input.providerId && input.providerId !== agreement.providerId) {
      const provider = await tx.provider.findFirst({
        where: {
          AND: [
            { id: input.providerId },
            { OR: [visible.provider(actor), { insurerId: agreement.insurerId }] },
          ],
        },
      });
      if (!provider) throw notFound('Provider', input.providerId);
      assertNotBanned(provider, today);
    }
    if (input.partnerId && input.partnerId !== agreement.partnerId) {
      const partner = await tx.partner.findUnique({ where: { id: input.partnerId } });
      if (!partner) throw notFound('Partner', input.partnerId);
    }

    const version = await tx.agreementVersion.findUniqueOrThrow({
      where: { agreementId_versionNo: { agreementId: agreement.id, versionNo: agreement.currentVersionNo } },
      include: { clauses: true, indicators: true },
    });
    const changed: string[] = [];
    const differs = (field: string, before: unknown, after: unknown) => {
      if (!sameJson(before, after)) changed.push(field);
    };
    differs('kind', agreement.kind, next.kind);
    differs('providerId', agreement.providerId, next.providerId);
    differs('partnerId', agreement.partnerId, next.partnerId);
    differs('entrustedWork', [...agreement.entrustedWork].sort(), [...next.entrustedWork].sort());
    differs('startsOn', isoDate(agreement.startsOn), isoDate(next.startsOn));
    differs('endsOn', isoDate(agreement.endsOn), isoDate(next.endsOn));
    differs('templateCode', version.templateCode, input.templateCode ?? version.templateCode);
    differs('templateVersion', version.templateVersion, input.templateVersion ?? version.templateVersion);
    if (input.changeNote !== undefined) differs('changeNote', version.changeNote, input.changeNote);
    if (input.clauses)
      differs('clauses', sorted(version.clauses, clauseKey), sorted(input.clauses, clauseKey));
    if (input.indicators)
      differs(
        'indicators',
        sorted(
          version.indicators.map((i) => ({ ...i, threshold: i.threshold.toString() })),
          indicatorKey,
        ),
        sorted(input.indicators, indicatorKey),
      );
    if (changed.length === 0)
      throw new InputError([{ path: ['input'], message: 'nothing to change: every field is as it was' }]);
    // A draft moved to another kind or template must still name a published template of its kind.
    if (changed.some((f) => f === 'kind' || f === 'templateCode' || f === 'templateVersion'))
      await assertPublishedTemplate(tx, {
        insurerId: agreement.insurerId,
        kind: next.kind,
        templateCode: input.templateCode ?? version.templateCode,
        templateVersion: input.templateVersion ?? version.templateVersion,
      });

    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, version: input.expectedVersion },
      data: { ...next, version: { increment: 1 } },
    });
    assertUpdated(count, 'Agreement', agreement, input.expectedVersion);
    await tx.agreementVersion.update({
      where: { id: version.id },
      data: {
        templateCode: input.templateCode ?? version.templateCode,
        templateVersion: input.templateVersion ?? version.templateVersion,
        changeNote: input.changeNote === undefined ? version.changeNote : input.changeNote,
        // Version 1 of a draft takes effect when the term starts (as draftAgreement wrote it).
        effectiveFrom: next.startsOn,
      },
    });
    if (input.clauses) {
      await tx.agreementClause.deleteMany({ where: { versionId: version.id } });
      await tx.agreementClause.createMany({
        data: input.clauses.map((c) => ({ ...c, versionId: version.id })),
      });
    }
    if (input.indicators) {
      await tx.controlIndicator.deleteMany({ where: { versionId: version.id } });
      await tx.controlIndicator.createMany({
        data: input.indicators.map((i) => ({
          ...i,
          breachMeasure: i.breachMeasure ?? null,
          versionId: version.id,
        })),
      });
    }
    const updated = await tx.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.agreementDraftUpdated,
      entityType: ENTITY.agreement,
      entityId: agreement.id,
      actor,
      requestId: ctx.requestId,
      ...agreementTags(updated),
      data: {
        number: updated.number,
        status: 'DRAFT',
        changed,
        kind: updated.kind,
        startsOn: isoDate(updated.startsOn),
        endsOn: isoDate(updated.endsOn),
        version: updated.version,
      },
    });
    return { agreement: updated, auditSeq: seq };
  });
}
