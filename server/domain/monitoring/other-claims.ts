import type { Viewer } from '../../auth/viewer.js';
import { explainHit } from './explain-hit.js';
import type { RuleFindingView } from './submitted-claim.js';

/**
 * Rules that compare a claim with the insured person's claims at ANY provider name the other
 * claim by its settlement id (the detail key below). Agency staff and entrusted partners need
 * it to pull the other claim; provider staff must not learn other providers' claims (the same
 * reason settlement keys are per provider: see README, ClaimKey). For them the id is replaced;
 * the facts the reminder is about (the person was in hospital from … to …) stay, they are the
 * point of the reminder. Rules that only look at the same provider's claims (duplicate
 * billing, split admission) keep their reference.
 */
const CROSS_PROVIDER_REFERENCE: Record<string, string> = {
  OVERLAPPING_STAYS: 'other',
  OUTPATIENT_DURING_STAY: 'stay',
  REPEATED_DISPENSING: 'previous',
};

export const HIDDEN_SETTLEMENT_ID = '***';

export function hidesOtherClaims(viewer: Viewer): boolean {
  return viewer.role === 'PROVIDER_STAFF';
}

/** A hit's detail rows with other claims' settlement ids replaced (unchanged for other rules). */
export function withoutOtherClaims(ruleKey: string | null, detail: unknown): unknown {
  const key = ruleKey ? CROSS_PROVIDER_REFERENCE[ruleKey] : undefined;
  if (!key || !Array.isArray(detail)) return detail;
  return detail.map((row: unknown) =>
    row !== null && typeof row === 'object' && key in row ? { ...(row as Record<string, unknown>), [key]: HIDDEN_SETTLEMENT_ID } : row,
  );
}

/** A finding as this viewer may read it (checkClaim / settleClaim answers and refusals). */
export function findingFor(viewer: Viewer, finding: RuleFindingView): RuleFindingView {
  if (!hidesOtherClaims(viewer) || !CROSS_PROVIDER_REFERENCE[finding.ruleKey]) return finding;
  const detail = withoutOtherClaims(finding.ruleKey, finding.detail) as unknown[];
  const explanation = explainHit({ ruleKey: finding.ruleKey, detailJson: detail, detail: null });
  return {
    ...finding,
    detail,
    explanationZh: explanation?.zh ?? finding.nameZh,
    explanationEn: explanation?.en ?? finding.nameEn,
  };
}
