import { parseScore } from '../shared/score.js';

/**
 * A partner's service fee follows its assessment (S0 §6 (docs/domain/sources.md): purchased services are paid on
 * the result): the partner agreement names a base fee and score bands, each with a factor in
 * basis points; the fee is base × the factor of the highest band the score reaches, in whole
 * fen (rounded down). No band reached: no fee.
 */
export interface FeeBand {
  minScore: string;
  factorBasisPoints: number;
}

export function bandsIssues(bands: FeeBand[]): string[] {
  const issues: string[] = [];
  const mins = bands.map((b) => parseScore(b.minScore));
  if (mins.some((m) => m === null))
    issues.push('each minScore is a score from 0 to 100 with at most two decimals');
  if (new Set(mins).size !== mins.length) issues.push('band minimums must differ');
  if (
    bands.some(
      (b) =>
        !Number.isInteger(b.factorBasisPoints) || b.factorBasisPoints < 0 || b.factorBasisPoints > 20_000,
    )
  )
    issues.push('a factor is 0 to 20000 basis points');
  return issues;
}

export function serviceFeeFen(
  baseFen: bigint,
  bands: FeeBand[],
  scoreHundredths: bigint,
): { factorBasisPoints: number; feeFen: bigint } {
  const reached = bands
    .map((b) => ({ min: parseScore(b.minScore) ?? 1_000_000n, bp: b.factorBasisPoints }))
    .filter((b) => scoreHundredths >= b.min)
    .sort((a, b) => (a.min > b.min ? -1 : 1))[0];
  const bp = reached?.bp ?? 0;
  return { factorBasisPoints: bp, feeFen: (baseFen * BigInt(bp)) / 10_000n };
}

export interface FixedServiceFee {
  baseFeeFen: bigint;
  factorBasisPoints: number;
  feeFen: bigint;
}

/**
 * The fee an assessment fixes when it is published: the partner agreement's formula at that
 * moment applied to the score; null for a service agreement or a partner agreement without a
 * formula. Stored on the assessment, so setting a new formula later changes only later years.
 */
export function fixedServiceFee(
  agreement: { family: string; serviceFeeBaseFen: bigint | null; serviceFeeBands: unknown },
  scoreHundredths: bigint,
): FixedServiceFee | null {
  const { family, serviceFeeBaseFen: base, serviceFeeBands: bands } = agreement;
  if (family !== 'PARTNER' || base === null || !Array.isArray(bands)) return null;
  return { baseFeeFen: base, ...serviceFeeFen(base, bands as FeeBand[], scoreHundredths) };
}
