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
