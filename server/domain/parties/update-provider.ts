import { z } from 'zod';
import { HospitalGrade, Ownership, PharmacyClass } from '../../db/generated/prisma/enums.js';
import type { Provider } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid, line, optionalLine } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { NOTHING_CHANGED, changedFields, providerClassIssues } from './rules.js';

export const regionCode = z.string().regex(/^\d{6}$/, 'must be a 6-digit administrative region code');

/** Omitted fields stay; `null` clears a nullable one (address, grade, class). */
export const updateProviderInput = z.object({
  id: uuid,
  expectedVersion,
  nameZh: line(200).optional(),
  nameEn: line(200).optional(),
  address: optionalLine(500),
  licenceScope: z.array(line(64)).max(50).optional(),
  hospitalGrade: z.enum(HospitalGrade).nullish(),
  pharmacyClass: z.enum(PharmacyClass).nullish(),
  ownership: z.enum(Ownership).optional(),
  regionCode: regionCode.optional(),
});

export interface ProviderResult {
  provider: Provider;
  auditSeq: bigint;
}

/**
 * Edits a provider's master data. Status and the re-application ban are not editable here:
 * they follow the agreement rules (termination, ban, server/domain/agreements). Agency staff
 * edit only providers registered with their own insurer; others answer NOT_FOUND.
 */
export async function updateProvider(
  ctx: CommandContext,
  raw: z.input<typeof updateProviderInput>,
): Promise<ProviderResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageParties');
  const { id, expectedVersion: expected, ...patch } = parseInput(updateProviderInput, raw);

  return inTransaction(ctx, async (tx) => {
    const provider = await tx.provider.findFirst({ where: { AND: [{ id }, visible.provider(actor)] } });
    if (!provider) throw notFound('Provider', id);
    requireInsurer(actor, provider.insurerId, 'Provider', id);
    checkVersion('Provider', provider, expected);

    const issues = providerClassIssues({
      kind: provider.kind,
      hospitalGrade: patch.hospitalGrade === undefined ? provider.hospitalGrade : patch.hospitalGrade,
      pharmacyClass: patch.pharmacyClass === undefined ? provider.pharmacyClass : patch.pharmacyClass,
    });
    if (issues.length > 0) throw new InputError(issues);
    const changes = changedFields(provider, patch);
    if (Object.keys(changes).length === 0) throw new InputError([NOTHING_CHANGED]);

    const data = Object.fromEntries(Object.entries(changes).map(([field, c]) => [field, c.to]));
    const { count } = await tx.provider.updateMany({
      where: { id, version: expected },
      data: { ...data, version: { increment: 1 } },
    });
    assertUpdated(count, 'Provider', provider, expected);
    const updated = await tx.provider.findUniqueOrThrow({ where: { id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.providerUpdated,
      entityType: ENTITY.provider,
      entityId: id,
      actor,
      requestId: ctx.requestId,
      insurerId: provider.insurerId,
      providerId: id,
      data: { code: provider.code, changes, version: updated.version },
    });
    return { provider: updated, auditSeq: seq };
  });
}
