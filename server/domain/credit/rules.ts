import type { CreditGrade } from '../../db/generated/prisma/enums.js';

/**
 * 四级信用评价 (docs/domain/workflows.md "Annual assessment and credit"): four grades from the score; the worst (D)
 * goes on the blacklist that is disclosed publicly. Bands are the hub's defaults (the seeds
 * name four levels but no cut-offs): ≥ 90 A, ≥ 75 B, ≥ 60 C, < 60 D.
 */
export const CREDIT_BANDS: readonly { min: bigint; grade: CreditGrade }[] = [
  { min: 9_000n, grade: 'A' },
  { min: 7_500n, grade: 'B' },
  { min: 6_000n, grade: 'C' },
  { min: 0n, grade: 'D' },
];

export function creditGrade(scoreHundredths: bigint): { grade: CreditGrade; blacklisted: boolean } {
  const grade = CREDIT_BANDS.find((b) => scoreHundredths >= b.min)!.grade;
  return { grade, blacklisted: grade === 'D' };
}
