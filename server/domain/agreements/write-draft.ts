import type { Tx } from '../../db/database.js';
import { agencyDay } from '../shared/local-date.js';
import type { Agreement } from '../../db/generated/prisma/client.js';
import type { AgreementFamily, AgreementKind, EntrustedWork } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { actorColumns } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { newNumber, refuseTakenNumber } from '../shared/numbers.js';
import { createVersion, type ClauseInput, type IndicatorInput } from './terms.js';

export interface DraftValues {
  family: AgreementFamily;
  kind: AgreementKind;
  insurerId: string;
  providerId: string | null;
  partnerId: string | null;
  entrustedWork: EntrustedWork[];
  number: string | null;
  startsOn: Date;
  endsOn: Date;
  reason: string;
  templateCode: string;
  templateVersion: string;
  changeNote: string | null;
  clauses: ClauseInput[];
  indicators: IndicatorInput[];
}

/**
 * Writes a DRAFT agreement (version 1, its DRAFT transition and `agreement.drafted`) inside the
 * caller's transaction, so that another command (e.g. granting a designation) can prepare the
 * draft in the same transaction as its own change. Parties are checked by the caller.
 */
export async function writeDraftAgreement(
  tx: Tx,
  actor: Viewer,
  requestId: string | null,
  now: Date,
  v: DraftValues,
): Promise<{ agreement: Agreement; auditSeq: bigint }> {
  const agreement = await tx.agreement.create({
    data: {
      number: v.number ?? newNumber('AGR', now),
      family: v.family,
      kind: v.kind,
      status: 'DRAFT',
      insurerId: v.insurerId,
      providerId: v.providerId,
      partnerId: v.partnerId,
      entrustedWork: v.entrustedWork,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      currentVersionNo: 1,
    },
  }).catch(refuseTakenNumber(v.number, 'another agreement of this insurer has this number'));
  await createVersion(tx, {
    agreementId: agreement.id,
    versionNo: 1,
    templateCode: v.templateCode,
    templateVersion: v.templateVersion,
    changeNote: v.changeNote,
    effectiveFrom: v.startsOn,
    clauses: v.clauses,
    indicators: v.indicators,
  });
  await tx.agreementTransition.create({
    data: {
      agreementId: agreement.id,
      action: 'DRAFT',
      fromStatus: null,
      toStatus: 'DRAFT',
      reason: v.reason,
      effectiveOn: agencyDay(now),
      // The command's clock, as every transition (transition.ts), not the database's now().
      occurredAt: now,
      ...actorColumns(actor),
    },
  });
  const { seq } = await appendAuditEvent(tx, {
    type: EVENT.agreementDrafted,
    entityType: ENTITY.agreement,
    entityId: agreement.id,
    actor,
    requestId,
    insurerId: agreement.insurerId,
    providerId: agreement.providerId,
    partnerId: agreement.partnerId,
    data: {
      number: agreement.number,
      family: agreement.family,
      kind: agreement.kind,
      toStatus: 'DRAFT',
      startsOn: isoDate(agreement.startsOn),
      endsOn: isoDate(agreement.endsOn),
      reason: v.reason,
    },
  });
  return { agreement, auditSeq: seq };
}
