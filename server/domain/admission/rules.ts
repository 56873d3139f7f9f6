import type { AgreementKind, ApplicationStatus, ProviderKind } from '../../db/generated/prisma/enums.js';
import type { IndicatorInput } from '../agreements/terms.js';
import { addDays } from '../shared/dates.js';
import type { FieldIssue } from '../errors.js';

/**
 * The published admission scoring standard (定点评估准入评分标准): the agency scores a site visit,
 * the materials and the information system's readiness. An applicant is designated only with
 * a total of at least PASS_MARK and, because settlement runs online (就医不联网 is a violation),
 * at least INFORMATION_SYSTEM_MIN on the information-system item. Points are the hub's
 * defaults: the source documents name the steps, not the weights.
 */
export const SCORE_ITEMS = [
  { item: 'SITE_VISIT', max: 40, labelZh: '现场核查', labelEn: 'Site visit' },
  { item: 'MATERIALS', max: 30, labelZh: '申报材料', labelEn: 'Application materials' },
  {
    item: 'INFORMATION_SYSTEM',
    max: 30,
    labelZh: '信息系统接入准备',
    labelEn: 'Information-system readiness',
  },
] as const;

export type ScoreItemCode = (typeof SCORE_ITEMS)[number]['item'];
export const SCORE_ITEM_CODES = SCORE_ITEMS.map((i) => i.item) as [ScoreItemCode, ...ScoreItemCode[]];
export const PASS_MARK = 70;
export const INFORMATION_SYSTEM_MIN = 18;

export interface ScoreLine {
  item: ScoreItemCode;
  score: number;
  note?: string | null;
}

/**
 * Problems with a set of score lines (every item once, each within 0…max), on the scores field,
 * in both languages: the console shows them beside the form's score inputs.
 */
export function scoreIssues(lines: ScoreLine[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (message: string, messageZh: string) => issues.push({ path: ['input', 'scores'], message, messageZh });
  for (const def of SCORE_ITEMS) {
    const found = lines.filter((l) => l.item === def.item);
    if (found.length !== 1) at(`score ${def.item} exactly once`, `“${def.labelZh}”须评分且只评一次`);
    else if (found[0]!.score > def.max)
      at(`${def.item} is scored out of ${def.max}`, `“${def.labelZh}”满分为 ${def.max} 分`);
  }
  return issues;
}

export function evaluationPasses(lines: ScoreLine[]): { total: number; passed: boolean } {
  const total = lines.reduce((sum, l) => sum + l.score, 0);
  const info = lines.find((l) => l.item === 'INFORMATION_SYSTEM')?.score ?? 0;
  return { total, passed: total >= PASS_MARK && info >= INFORMATION_SYSTEM_MIN };
}

/** Deadlines from submission: evaluation within 30 days, the decision within 45 (hub defaults). */
export const EVALUATION_DAYS = 30;
export const DECISION_DAYS = 45;

export function applicationDeadlines(submittedOn: Date): { evaluationDueOn: Date; decisionDueOn: Date } {
  return {
    evaluationDueOn: addDays(submittedOn, EVALUATION_DAYS),
    decisionDueOn: addDays(submittedOn, DECISION_DAYS),
  };
}

export type ApplicationAction = 'EVALUATE' | 'DESIGNATE' | 'REFUSE' | 'WITHDRAW';

const ALLOWED: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  EVALUATE: ['SUBMITTED', 'EVALUATED'],
  DESIGNATE: ['EVALUATED'],
  REFUSE: ['SUBMITTED', 'EVALUATED'],
  WITHDRAW: ['SUBMITTED', 'EVALUATED'],
};

export function canApplicationStep(action: ApplicationAction, status: ApplicationStatus): boolean {
  return ALLOWED[action].includes(status);
}

/** The service agreement a newly designated provider gets, by its kind. */
export function serviceAgreementKind(kind: ProviderKind): AgreementKind {
  switch (kind) {
    case 'RETAIL_PHARMACY':
      return 'RETAIL_PHARMACY_SERVICE';
    case 'CLINIC':
    case 'OUTPATIENT_DEPARTMENT':
    case 'VILLAGE_CLINIC':
      return 'OUTPATIENT_SERVICE';
    default:
      return 'MEDICAL_INSTITUTION_SERVICE';
  }
}

/**
 * Pharmacies and clinics carry the formulary stocking-rate indicators (备药率: Western and patent
 * Chinese drugs in stock against the insurer's list; a breach leads to suspension) and the
 * monthly reporting duty; the thresholds are the hub's defaults, editable in the draft.
 */
export function defaultIndicators(kind: ProviderKind): IndicatorInput[] {
  if (serviceAgreementKind(kind) === 'MEDICAL_INSTITUTION_SERVICE') return [];
  return [
    {
      metric: 'WESTERN_DRUG_STOCKING_RATE',
      comparator: 'GTE',
      threshold: '80',
      unit: 'PERCENT',
      breachMeasure: 'AGREEMENT_SUSPENSION',
    },
    {
      metric: 'PATENT_CHINESE_DRUG_STOCKING_RATE',
      comparator: 'GTE',
      threshold: '60',
      unit: 'PERCENT',
      breachMeasure: 'AGREEMENT_SUSPENSION',
    },
  ];
}
