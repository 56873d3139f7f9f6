import type {
  InsuredSuspensionScope,
  PenaltyMeasure,
  PenaltyTarget,
} from '../../db/generated/prisma/enums.js';
import type { FieldIssue } from '../errors.js';
import { measureWord } from '../words.js';

/**
 * Measure-specific penalty rules (docs/domain/measures.md). Money is integer fen
 * (bigint); multiples are exact decimals with at most two places, carried as hundredths
 * (bigint) so no float ever touches an amount.
 */

/** "2.00" → 200n hundredths; null when not a non-negative decimal with ≤ 2 places. */
export function parseMultiple(value: string): bigint | null {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

export function formatMultiple(hundredths: bigint): string {
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/**
 * amount × multiple, exactly, rounded half up to the fen (四舍五入) when the product has a
 * fraction of a fen (only possible with a multiple like 1.55 and an odd amount).
 * Seed 002 (Ma'anshan maternity): 36,430 yuan at 2× → 72,860 yuan.
 */
export function multiplyFen(amountFen: bigint, multipleHundredths: bigint): bigint {
  return (amountFen * multipleHundredths + 50n) / 100n;
}

/**
 * The largest amount an API answer can carry exactly (the Fen scalar: JavaScript's safe
 * integers, about 90 trillion yuan). A violating amount is taken up to it, so a multiple above
 * 1× could compute an amount that is stored but can never be read back; such a penalty is refused.
 */
export const MAX_AMOUNT_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Measures whose amount is the violating amount times a multiple, with their allowed ranges. */
export const MULTIPLE_RANGES: Partial<Record<PenaltyMeasure, { min: bigint; max: bigint; seed: string }>> = {
  // 违约金 / 核减 at a multiple: S2 (docs/domain/sources.md) deducts at 2×; the hub allows 1–5× (above 5× would exceed
  // even the administrative fine ceiling, below 1× would be less than plain recovery).
  DEDUCTION: { min: 100n, max: 500n, seed: 'S2 (docs/domain/sources.md): 按照违规费用2倍核减' },
  LIQUIDATED_DAMAGES: { min: 100n, max: 500n, seed: 'S2 (docs/domain/sources.md): 2× liquidated damages' },
  // Administrative fine 2–5× the defrauded amount: a matter for the administrative authority,
  // recorded when referred (docs/domain/measures.md).
  ADMINISTRATIVE_FINE_REFERRAL: {
    min: 200n,
    max: 500n,
    seed: 'docs/domain/measures.md: fine 2–5× (referral)',
  },
};

/** Measures whose amount is exactly the violating amount (追回 / 拒付). */
const AMOUNT_IS_VIOLATING: readonly PenaltyMeasure[] = ['RECOVERY', 'PAYMENT_REFUSAL'];

/** Physician billing suspension: S2 (docs/domain/sources.md) "停止1-5年医保结算资格". */
export const PHYSICIAN_SUSPENSION_MONTHS = { min: 12, max: 60 } as const;
/** Insured settlement suspension: S2 (docs/domain/sources.md), chronic-disease privilege suspended for one year. */
export const INSURED_SUSPENSION_MONTHS = { min: 1, max: 12, default: 12 } as const;
/** Agreement or settlement suspension: optional planned length; resumption stays an explicit act. */
export const AGREEMENT_SUSPENSION_MONTHS = { min: 1, max: 12 } as const;

export interface ProposalInput {
  measure: PenaltyMeasure;
  violatingAmountFen: bigint;
  multiple?: string | null;
  durationMonths?: number | null;
  physicianId?: string | null;
  insuredPersonId?: string | null;
  rectificationDueOn?: Date | null;
  /** INSURED_SETTLEMENT_SUSPENSION: which claims it refuses; every direct settlement by default. */
  insuredSuspensionScope?: InsuredSuspensionScope | null;
  /** The agency's day of the proposal: a rectification deadline lies after it. */
  today?: Date;
}

export interface Calculated {
  target: PenaltyTarget;
  baseAmountFen: bigint | null;
  multiple: string | null;
  amountFen: bigint | null;
  durationMonths: number | null;
  insuredSuspensionScope: InsuredSuspensionScope | null;
}

export type CalculationResult = { ok: true; value: Calculated } | { ok: false; issues: FieldIssue[] };

/** Computes a penalty's amount, target and duration from its measure, or names the invalid fields. */
export function calculatePenalty(input: ProposalInput): CalculationResult {
  const issues: FieldIssue[] = [];
  // Each message in both languages: they name the measure and its ranges, which the generic
  // translation (field-messages.ts) cannot; a clerk read them in English on a Chinese form.
  const at = (field: string, message: string, messageZh: string) =>
    issues.push({ path: ['input', field], message, messageZh });
  const { measure } = input;
  const zhMeasure = measureWord(measure).zh;
  // The measure by name, not its code: an English form showed "DEDUCTION multiple must be…".
  const enMeasure = measureWord(measure).en.replace(/^./, (c) => c.toUpperCase());
  let target: PenaltyTarget = 'PROVIDER';
  let baseAmountFen: bigint | null = null;
  let multiple: string | null = null;
  let amountFen: bigint | null = null;
  let durationMonths: number | null = null;

  const range = MULTIPLE_RANGES[measure];
  if (range) {
    const hundredths = input.multiple == null ? null : parseMultiple(input.multiple);
    if (hundredths === null)
      at('multiple', `${enMeasure} needs a multiple such as "2.00"`, `${zhMeasure}须填写倍数，如 2.00`);
    else if (hundredths < range.min || hundredths > range.max) {
      at(
        'multiple',
        `${enMeasure}: the multiple must be between ${formatMultiple(range.min)} and ${formatMultiple(range.max)}`,
        `${zhMeasure}的倍数须在 ${formatMultiple(range.min)} 至 ${formatMultiple(range.max)} 之间`,
      );
    } else if (multiplyFen(input.violatingAmountFen, hundredths) > MAX_AMOUNT_FEN) {
      issues.push({
        path: ['input', 'multiple'],
        message: 'violating amount × multiple exceeds the largest amount the hub handles',
        messageZh: '违规金额乘以倍数后超出系统可处理的最大金额',
      });
    } else {
      baseAmountFen = input.violatingAmountFen;
      multiple = formatMultiple(hundredths);
      amountFen = multiplyFen(input.violatingAmountFen, hundredths);
    }
  } else if (input.multiple != null) {
    at('multiple', `${enMeasure} takes no multiple`, `${zhMeasure}不设倍数`);
  }

  if (AMOUNT_IS_VIOLATING.includes(measure)) {
    baseAmountFen = input.violatingAmountFen;
    amountFen = input.violatingAmountFen;
  }

  const months = input.durationMonths ?? null;
  const checkMonths = (r: { min: number; max: number }, required: boolean) => {
    if (months === null) {
      if (required)
        at(
          'durationMonths',
          `${enMeasure} needs a duration of ${r.min}–${r.max} months`,
          `${zhMeasure}须填写期限（${r.min}–${r.max} 个月）`,
        );
    } else if (!Number.isInteger(months) || months < r.min || months > r.max) {
      at(
        'durationMonths',
        `${enMeasure} lasts ${r.min}–${r.max} months`,
        `${zhMeasure}的期限为 ${r.min}–${r.max} 个月`,
      );
    } else durationMonths = months;
  };

  switch (measure) {
    case 'PHYSICIAN_BILLING_SUSPENSION':
      target = 'PHYSICIAN';
      if (!input.physicianId)
        at('physicianId', 'a physician billing suspension names the physician', `${zhMeasure}须选择医师`);
      checkMonths(PHYSICIAN_SUSPENSION_MONTHS, true);
      break;
    case 'INSURED_SETTLEMENT_SUSPENSION':
      target = 'INSURED_PERSON';
      if (!input.insuredPersonId)
        at(
          'insuredPersonId',
          'an insured-person settlement suspension names the insured person',
          `${zhMeasure}须选择参保人`,
        );
      if (months === null) durationMonths = INSURED_SUSPENSION_MONTHS.default;
      else checkMonths(INSURED_SUSPENSION_MONTHS, true);
      break;
    case 'AGREEMENT_SUSPENSION':
    case 'SETTLEMENT_SUSPENSION':
      checkMonths(AGREEMENT_SUSPENSION_MONTHS, false);
      break;
    case 'RECTIFICATION':
      // 限期整改 (S2, docs/domain/measures.md): rectify by a deadline, which is still ahead when
      // it is ordered; a day already past (or today) leaves the provider no time to rectify.
      if (!input.rectificationDueOn)
        at('rectificationDueOn', 'rectification needs a due date', '限期整改须填写整改期限');
      else if (input.today && input.rectificationDueOn.getTime() <= input.today.getTime())
        issues.push({
          path: ['input', 'rectificationDueOn'],
          message: 'the rectification deadline must be after today',
          messageZh: '整改期限须晚于今天',
        });
      if (months !== null) at('durationMonths', `${enMeasure} takes no duration`, `${zhMeasure}不设期限`);
      break;
    default:
      if (months !== null) at('durationMonths', `${enMeasure} takes no duration`, `${zhMeasure}不设期限`);
  }
  // Only 限期整改 has a deadline; on any other measure it would be a date nothing enforces.
  if (measure !== 'RECTIFICATION' && input.rectificationDueOn)
    issues.push({
      path: ['input', 'rectificationDueOn'],
      message: 'only a rectification has a due date',
      messageZh: '只有限期整改才有整改期限',
    });

  // Only an insured person's suspension can be narrowed to chronic-disease pharmacy settlement (S2).
  let insuredSuspensionScope: InsuredSuspensionScope | null = null;
  if (measure === 'INSURED_SETTLEMENT_SUSPENSION')
    insuredSuspensionScope = input.insuredSuspensionScope ?? 'ALL_DIRECT_SETTLEMENT';
  else if (input.insuredSuspensionScope)
    issues.push({
      path: ['input', 'insuredSuspensionScope'],
      message: "only an insured person's settlement suspension has a scope",
      messageZh: '只有暂停参保人医保结算才有暂停范围',
    });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { target, baseAmountFen, multiple, amountFen, durationMonths, insuredSuspensionScope },
  };
}
