import type { AssessmentResult } from '../../db/generated/prisma/enums.js';

/**
 * Annual assessment result from the score (0–100). The seeds report scores (maternity service
 * quality: all ≥ 90 in 2018, S2 (docs/domain/sources.md)) but no bands; these are the hub's defaults, one table:
 * ≥ 90 EXCELLENT, ≥ 70 PASS, ≥ 60 CONDITIONAL (pass with rectification), < 60 FAIL.
 * A published FAIL blocks renewal of the agreement (renew-agreement.ts).
 */
export const ASSESSMENT_BANDS: readonly { min: bigint; result: AssessmentResult }[] = [
  { min: 9_000n, result: 'EXCELLENT' },
  { min: 7_000n, result: 'PASS' },
  { min: 6_000n, result: 'CONDITIONAL' },
  { min: 0n, result: 'FAIL' },
];

export function assessmentResult(scoreHundredths: bigint): AssessmentResult {
  return ASSESSMENT_BANDS.find((b) => scoreHundredths >= b.min)!.result;
}

/**
 * An annual assessment judges a whole year, so it is published once that year is over on the
 * agency's calendar (Ma'anshan assessed 2018 in January–March 2019, S2;
 * docs/domain/workflows.md "Annual assessment and credit"). A result for the running or a
 * future year would be a judgement on months not yet lived, and as the latest result it would
 * decide the agreement's renewal.
 */
export function isYearOver(year: number, today: Date): boolean {
  return year < today.getUTCFullYear();
}

/**
 * An agreement is assessed on the years it bound its holder: a year is judged on an agreement
 * only when the agreement's term (its start to its end, or to the day a termination took
 * effect) reaches into that year. Results are tied to that agreement's settlement and renewal
 * (S3); a year before the term started or after it ended was never under this agreement —
 * its holder was bound, if at all, by another agreement (the one renewed from, or none).
 */
export function isYearInTerm(year: number, term: { startsOn: Date; coverEndsOn: Date }): boolean {
  return term.startsOn.getUTCFullYear() <= year && year <= term.coverEndsOn.getUTCFullYear();
}
