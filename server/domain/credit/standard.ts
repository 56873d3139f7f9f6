import type { AssessmentResult, PenaltyMeasure, ViolationCategory } from '../../db/generated/prisma/enums.js';

/**
 * The published credit scoring standard (信用评价评分标准): a subject starts the year at 100
 * points and loses points for each confirmed violation by its category, for each penalty by its
 * severity, for a weak annual assessment, and for repeating a category of violation within the
 * year. The grade follows from the score (rules.ts). Point values are the hub's defaults: the
 * source documents name the four grades and the blacklist, not the deductions.
 */
export const VIOLATION_POINTS: Record<ViolationCategory, number> = {
  CARD_MISUSE: 15,
  HOSPITALISATION: 15,
  BILLING: 10,
  QUALIFICATION: 10,
  SETTLEMENT: 8,
  OVER_SERVICING: 8,
  THIRD_PARTY_LIABILITY: 8,
  PRESCRIPTION: 5,
  DOCUMENTATION: 3,
  REPORTING: 3,
};

export const PENALTY_POINTS: Record<PenaltyMeasure, number> = {
  FORMAL_TALK: 1,
  WARNING: 2,
  PUBLIC_CRITICISM: 3,
  RECTIFICATION: 2,
  RECOVERY: 2,
  DEDUCTION: 4,
  PAYMENT_REFUSAL: 4,
  LIQUIDATED_DAMAGES: 6,
  SETTLEMENT_SUSPENSION: 12,
  AGREEMENT_SUSPENSION: 15,
  AGREEMENT_TERMINATION: 40,
  PHYSICIAN_BILLING_SUSPENSION: 15,
  INSURED_SETTLEMENT_SUSPENSION: 0,
  ADMINISTRATIVE_FINE_REFERRAL: 20,
  JUDICIAL_REFERRAL: 40,
  PUBLIC_DISCLOSURE: 10,
  BLACKLIST: 41,
};

export const ASSESSMENT_POINTS: Record<AssessmentResult, number> = {
  EXCELLENT: 0,
  PASS: 2,
  CONDITIONAL: 10,
  FAIL: 20,
};

/** Each further confirmed violation of a category already violated in the year. */
export const REPEAT_POINTS = 5;

export interface Deduction {
  rule: 'VIOLATION' | 'PENALTY' | 'ASSESSMENT' | 'REPEAT';
  /** The record it comes from: a finding or penalty number, an agreement's assessment. */
  ref: string;
  points: number;
  labelZh: string;
  labelEn: string;
  /**
   * The partner that recorded the finding (of the deduction or of its penalty): the record is
   * that partner's, named only to those who may read it (policy `anotherPartnersRecord`).
   */
  partnerId?: string;
}

export interface YearRecord {
  findings: { number: string; category: ViolationCategory; nameZh: string; nameEn: string; partnerId?: string | null }[];
  penalties: { number: string; measure: PenaltyMeasure; partnerId?: string | null }[];
  assessments: { ref: string; result: AssessmentResult; score: string }[];
}

/** The deductions of a year's record, listed, and the resulting score in hundredths (floor 0). */
export function creditScore(record: YearRecord): { deductions: Deduction[]; scoreHundredths: bigint } {
  const deductions: Deduction[] = [];
  const seen = new Map<ViolationCategory, number>();
  for (const f of record.findings) {
    const recordedBy = f.partnerId ? { partnerId: f.partnerId } : {};
    deductions.push({
      rule: 'VIOLATION',
      ref: f.number,
      points: VIOLATION_POINTS[f.category],
      labelZh: `违规：${f.nameZh}`,
      labelEn: `Violation: ${f.nameEn}`,
      ...recordedBy,
    });
    const n = (seen.get(f.category) ?? 0) + 1;
    seen.set(f.category, n);
    if (n > 1)
      deductions.push({
        rule: 'REPEAT',
        ref: f.number,
        points: REPEAT_POINTS,
        labelZh: `年内重复违规（${f.category} 第 ${n} 次）`,
        labelEn: `Repeat breach within the year (${f.category}, #${n})`,
        ...recordedBy,
      });
  }
  for (const p of record.penalties)
    deductions.push({
      rule: 'PENALTY',
      ref: p.number,
      points: PENALTY_POINTS[p.measure],
      labelZh: `处理措施：${p.measure}`,
      labelEn: `Penalty: ${p.measure}`,
      ...(p.partnerId ? { partnerId: p.partnerId } : {}),
    });
  for (const a of record.assessments)
    if (ASSESSMENT_POINTS[a.result] > 0)
      deductions.push({
        rule: 'ASSESSMENT',
        ref: a.ref,
        points: ASSESSMENT_POINTS[a.result],
        labelZh: `年度考核 ${a.score} 分（${a.result}）`,
        labelEn: `Annual assessment ${a.score} (${a.result})`,
      });
  const total = deductions.reduce((s, d) => s + d.points, 0);
  const score = Math.max(0, 100 - total);
  return { deductions, scoreHundredths: BigInt(score) * 100n };
}
