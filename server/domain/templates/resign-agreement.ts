import type { Tx } from '../../db/database.js';
import { agencyDay } from '../shared/local-date.js';
import type { AgreementTemplate } from '../../db/generated/prisma/client.js';
import type { AgreementStatus } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';

import { canTransition } from '../agreements/rules.js';
import { createVersion } from '../agreements/terms.js';
import { applyTransition } from '../agreements/transition.js';
import { readClauses, readIndicators } from './document.js';

/** Agreements a campaign re-signs: those that bind their parties now or soon (in force), and suspended ones. */
export const RESIGNABLE: readonly AgreementStatus[] = ['SIGNED', 'ACTIVE', 'SUSPENDED'];

export type ResignOutcome =
  | { resigned: true; versionNo: number }
  | { resigned: false; reasonCode: 'AGREEMENT_NOT_AMENDABLE'; detail: string };

/**
 * Re-signs one agreement on a template version inside the caller's transaction: version n+1
 * carries the template's clauses and indicators, through the same AMEND transition as a manual
 * amendment (transition row + `agreement.amended` event with the campaign named), so the
 * history reads the same whichever way terms changed.
 */
export async function resignAgreement(
  tx: Tx,
  args: { agreementId: string; template: AgreementTemplate; campaignId: string; actor: Viewer; now: Date },
): Promise<ResignOutcome> {
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: args.agreementId } });
  if (!canTransition('AMEND', agreement.status)) {
    return { resigned: false, reasonCode: 'AGREEMENT_NOT_AMENDABLE', detail: agreement.status };
  }
  const versionNo = agreement.currentVersionNo + 1;
  const effectiveFrom =
    args.template.effectiveFrom > agencyDay(args.now) ? args.template.effectiveFrom : agencyDay(args.now);
  const clauses = readClauses(args.template.clauses).map(
    ({ clauseNo, titleZh, titleEn, bodyZh, bodyEn }) => ({
      clauseNo,
      titleZh,
      titleEn,
      bodyZh,
      bodyEn,
    }),
  );
  await createVersion(tx, {
    agreementId: agreement.id,
    versionNo,
    templateCode: args.template.code,
    templateVersion: String(args.template.versionNo),
    changeNote: `re-signed on template ${args.template.code} v${args.template.versionNo}`,
    effectiveFrom,
    clauses,
    indicators: readIndicators(args.template.indicators),
  });
  await applyTransition(tx, {
    agreement,
    action: 'AMEND',
    reason: `re-signed on template ${args.template.code} v${args.template.versionNo}`,
    effectiveOn: effectiveFrom,
    today: args.now,
    actor: args.actor,
    requestId: null,
    patch: { currentVersionNo: versionNo },
    data: {
      versionNo,
      previousVersionNo: agreement.currentVersionNo,
      campaignId: args.campaignId,
      templateCode: args.template.code,
      templateVersionNo: args.template.versionNo,
    },
  });
  return { resigned: true, versionNo };
}
