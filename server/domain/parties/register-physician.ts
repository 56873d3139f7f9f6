import { z } from 'zod';
import { PractitionerProfession } from '../../db/generated/prisma/enums.js';
import type { Physician } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { isUniqueViolation, uniqueViolationFields } from '../../db/connection-errors.js';
import { uuidv7 } from '../../db/uuid7.js';
import { InputError, type FieldIssue } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, actsForInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { agencyDay } from '../shared/local-date.js';
import { uuid, line } from '../shared/schemas.js';
import { isResidentIdNumber } from './identity-number.js';

/** 医保医师代码 as the hub holds them: `D` and 9 to 14 digits (the seed's D000000001); full-width ones typed with a Chinese input method read as ASCII. */
export const physicianCode = z
  .string()
  .normalize('NFKC')
  .trim()
  .regex(/^D\d{9,14}$/, 'must be D followed by 9 to 14 digits');

export const registerPhysicianInput = z.object({
  code: physicianCode,
  nameZh: line(100),
  nameEn: line(100),
  // NFKC: digits and X typed full-width with a Chinese input method (３４０５…ｘ) are the ASCII ones.
  idNumber: z
    .string()
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .refine(isResidentIdNumber, 'must be an 18-character resident ID number with a valid check character'),
  licenceNumber: line(64),
  profession: z.enum(PractitionerProfession),
  primaryProviderId: uuid,
});

export interface RegisterPhysicianResult {
  physician: Physician;
  auditSeq: bigint;
}

const issue = (field: string, message: string): FieldIssue => ({ path: ['input', field], message });

/**
 * 医保医师备案: registers a physician (or pharmacist, nurse, technician) at the provider of their
 * primary practice, with that site as their first practice site from today on the agency's
 * calendar. Agency admins register at providers registered with their insurer, only while the
 * provider is designated (ACTIVE); a person (ID number) or a code is registered once,
 * nationally. Further sites (多点执业) are added by the practice-site rules, not here.
 */
export async function registerPhysician(
  ctx: CommandContext,
  raw: z.input<typeof registerPhysicianInput>,
): Promise<RegisterPhysicianResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageParties');
  const input = parseInput(registerPhysicianInput, raw);

  return inTransaction(ctx, async (tx) => {
    const provider = await tx.provider.findFirst({
      where: { AND: [{ id: input.primaryProviderId }, visible.provider(actor)] },
    });
    // A provider the actor may not register at reads as one that does not exist.
    if (!provider || !actsForInsurer(actor, provider.insurerId))
      throw new InputError([issue('primaryProviderId', 'no such provider of this insurer')]);
    if (provider.status !== 'ACTIVE')
      throw new InputError([issue('primaryProviderId', 'the provider is not designated (active)')]);
    // A code and a person are registered once nationally, and the database says so: both
    // columns have a unique index. The actor inserts the row itself (the write policy passes);
    // the hub chooses the id and nothing is read back by the insert (no RETURNING, which the
    // read policy would refuse: the row is visible only through the site inserted next). A
    // concurrent registration of the same person waits on the index and is refused here.
    const id = uuidv7();
    const { primaryProviderId, ...fields } = input;
    await tx.physician
      .createMany({ data: [{ id, ...fields, primaryProviderId }] })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new InputError([takenIssue(error)]) : error;
      });
    await tx.practiceSite.create({
      data: { physicianId: id, providerId: primaryProviderId, isPrimary: true, startsOn: agencyDay(new Date()) },
    });
    const physician = await tx.physician.findFirstOrThrow({ where: { AND: [{ id }, visible.physician(actor)] } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.physicianRegistered,
      entityType: ENTITY.physician,
      entityId: physician.id,
      actor,
      requestId: ctx.requestId,
      insurerId: provider.insurerId,
      providerId: provider.id,
      // The ID number stays out of the event: the audit log is read more widely than the record.
      data: { code: physician.code, profession: physician.profession, providerCode: provider.code, version: physician.version },
    });
    return { physician, auditSeq: seq };
  });
}

/** Which registration field a unique violation names: the ID number's index, else the code's. */
function takenIssue(error: unknown): FieldIssue {
  return uniqueViolationFields(error).includes('idNumber')
    ? issue('idNumber', 'a physician with this ID number is already registered')
    : issue('code', 'this code is already registered');
}
