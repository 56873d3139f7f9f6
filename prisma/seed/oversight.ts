import type { Tx } from '../../server/db/database.js';
import type {
  AssessmentResult, AssessmentStatus, CreditGrade, RuleHitStatus, RuleStage,
} from '../../server/db/generated/prisma/enums.js';
import { AUDIT_RULES } from '../../server/domain/catalogue/audit-rules.js';
import type { Ids } from './ids.js';
import { cst, fen } from './util.js';

/**
 * Smart monitoring, assessment and credit. Ma'anshan tunes its smart-audit platform
 * (S2 (docs/domain/sources.md)), Huai'an's IT vendor monitors under the "joint management" contract and
 * Fushan runs an upgraded audit system (S0 (docs/domain/sources.md)). Entry counts echo the county of S4 (docs/domain/sources.md)
 * (40 rules expanded to 642,658 entries). Maternity service quality 2018: every agreement
 * scored ≥ 90 (S2 (docs/domain/sources.md)). Credit has four grades; D goes on the public blacklist (S1 (docs/domain/sources.md)).
 */
const RULE_INSURERS: Record<string, number[]> = {
  MAS: [182_406, 96_210, 151_032, 120_884, 8_800, 7_420, 2_930, 980],
  HA: [64_120, 40_318, 70_002, 55_407, 3_100, 2_950, 1_200, 610],
  'YT-FS': [30_000, 18_250, 24_600, 21_100, 1_900, 1_700, 800, 300],
};
export const ruleCode = (insurer: string, rule: string) => `${insurer}-${rule}`;

type HitRow = [insurer: string, rule: string, stage: RuleStage, provider: string, agreement: string | null, status: RuleHitStatus,
  at: string, yuan: number, detail: string, finding?: string, insured?: string, physician?: string];
const HITS: HitRow[] = [
  ['MAS', 'PRESCRIPTION_REUSED_TOO_OFTEN', 'DURING', 'mas-baozhilin', 'mas-baozhilin-chronic', 'CONFIRMED', '2026-02-18T10:02:00', 1860, '第4次使用2025-11-10开具的规定病种处方,已拦截', 'f-chronic', 'ins-1'],
  ['MAS', 'ITEM_NOT_COVERED', 'AFTER', 'mas-demo-tcm', 'mas-demo-tcm', 'CONFIRMED', '2019-03-01T09:00:00', 96500, '中草药编码对照至目录内品种', 'f-herbal'],
  ['MAS', 'SETTLEMENT_CATEGORY_VS_DIAGNOSIS', 'AFTER', 'mas-demo-maternity', 'mas-demo-maternity', 'CONFIRMED', '2019-03-02T09:00:00', 2310, '生育住院结算,出院诊断为普通内科疾病', 'f-maternity-category'],
  ['MAS', 'QUANTITY_OVER_LIMIT', 'BEFORE', 'mas-renmin', 'mas-renmin-2020', 'OPEN', '2026-11-21T09:41:00', 420, '急性病处方14天药量,已提醒医生', undefined, 'ins-2', 'doc-li'],
  ['MAS', 'DUPLICATE_BILLING', 'DURING', 'mas-husong', 'mas-husong', 'DISMISSED', '2026-11-03T15:20:00', 25, '一般诊疗费同日两次:复诊属实,误报'],
  ['MAS', 'DRUG_DIAGNOSIS_MISMATCH', 'BEFORE', 'mas-zhongxin', 'mas-zhongxin', 'OPEN', '2026-11-22T08:55:00', 368, '限定支付药品与诊断不符,已提醒', undefined, 'ins-4'],
  ['HA', 'DUPLICATE_BILLING', 'AFTER', 'ha-demo-hospital', 'ha-hospital', 'CONFIRMED', '2026-11-16T02:00:00', 12750, '同日同一检查项目重复计费37次', 'f-ha-duplicate', 'ins-10'],
  ['HA', 'READMISSION_WITHIN_DAYS', 'AFTER', 'ha-demo-hospital', 'ha-hospital', 'OPEN', '2026-11-17T02:00:00', 8420, '出院后6天以相同诊断再次入院', undefined, 'ins-10'],
  ['YT-FS', 'LENGTH_OF_STAY_ANOMALY', 'AFTER', 'yt-demo-hospital', 'yt-hospital', 'CONFIRMED', '2026-10-02T02:00:00', 58300, '住院23天中有19天无医嘱无治疗费用', 'f-yt-phantom', 'ins-8'],
];

type AssessRow = [agreement: string, year: number, score: string, result: AssessmentResult, status: AssessmentStatus, published: string | null, comment: string, withheldYuan?: number];
const ASSESSMENTS: AssessRow[] = [
  ['mas-fuyou-maternity', 2018, '96.50', 'EXCELLENT', 'PUBLISHED', '2019-04-08', '2018年度生育保险服务质量考核'],
  ['mas-renmin-maternity', 2018, '94.00', 'PASS', 'PUBLISHED', '2019-04-08', '2018年度生育保险服务质量考核'],
  ['mas-zhongxin-maternity', 2018, '92.50', 'PASS', 'PUBLISHED', '2019-04-08', '2018年度生育保险服务质量考核'],
  ['mas-demo-maternity', 2018, '90.00', 'PASS', 'PUBLISHED', '2019-04-08', '2018年度生育保险服务质量考核;存在违规费用,已按2倍核减'],
  ['mas-renmin-2020', 2025, '95.50', 'EXCELLENT', 'PUBLISHED', '2026-03-20', '年度考核,结果与年终清算挂钩'],
  ['mas-pingan', 2025, '91.00', 'PASS', 'PUBLISHED', '2026-03-25', '社商合作经办服务年度考核'],
  ['mas-picc-2022', 2025, '88.50', 'PASS', 'PUBLISHED', '2026-03-25', '大病补充保险承办年度考核'],
  ['ha-itvendor', 2025, '86.00', 'PASS', 'PUBLISHED', '2026-02-28', '“共管联办”第三方监管服务考核'],
  ['yt-hospital', 2025, '71.00', 'CONDITIONAL', 'PUBLISHED', '2026-03-15', '备药率未达标,扣留年终清算保证金', 120000],
  ['mas-renmin-2020', 2026, '94.00', 'PASS', 'DRAFT', null, '2026年度考核(草稿)'],
];

type CreditRow = [insurer: string, subject: 'provider' | 'physician' | 'partner', key: string, year: number, score: string, grade: CreditGrade, blacklisted?: boolean];
const CREDIT: CreditRow[] = [
  ['MAS', 'provider', 'mas-renmin', 2025, '96.00', 'A'],
  ['MAS', 'provider', 'mas-husong', 2025, '82.00', 'B'],
  ['MAS', 'provider', 'mas-demo-pharmacy', 2025, '66.00', 'C'],
  ['XZ', 'provider', 'xz-demo-pharmacy-b', 2025, '72.50', 'C'],
  ['YT-FS', 'provider', 'yt-demo-hospital', 2025, '61.00', 'C'],
  ['LY', 'provider', 'ly-demo-pharmacy', 2025, '32.00', 'D', true],
  ['LY', 'provider', 'ly-demo-chain', 2025, '91.00', 'A'],
  ['MAS', 'physician', 'doc-wang', 2025, '85.00', 'B'],
  ['ZB', 'physician', 'doc-sun', 2026, '63.00', 'C'],
  ['MAS', 'partner', 'pingan', 2025, '92.00', 'A'],
  ['MAS', 'partner', 'picc', 2025, '89.00', 'B'],
];

export async function seedOversight(prisma: Tx, ids: Ids): Promise<void> {
  await prisma.auditRule.createMany({
    data: Object.entries(RULE_INSURERS).flatMap(([insurer, counts]) => AUDIT_RULES.map((r, i) => ({
      id: ids.auditRule(ruleCode(insurer, r.code)), code: ruleCode(insurer, r.code), insurerId: ids.insurer(insurer),
      nameZh: r.nameZh, nameEn: r.nameEn, kind: r.kind, stages: [...r.stages], violationTypeId: ids.violationType(r.violationTypeCode),
      parameters: r.parameters as object, entryCount: counts[i] ?? 0,
    }))),
  });
  let claim = 0;
  await prisma.ruleHit.createMany({
    data: HITS.map(([insurer, rule, stage, provider, agreement, status, at, yuan, detail, finding, insured, physician]) => ({
      ruleId: ids.auditRule(ruleCode(insurer, rule)), stage, providerId: ids.provider(provider),
      agreementId: agreement ? ids.agreement(agreement) : null, physicianId: physician ? ids.physician(physician) : null,
      insuredPersonId: insured ? ids.insured(insured) : null, claimRef: `${insurer}-CLM-${at.slice(0, 4)}-${String(++claim).padStart(6, '0')}`,
      amountFen: fen(yuan), detail, status, step: status === 'OPEN' ? 'INITIAL_REVIEW' as const : 'CLOSED' as const, findingId: finding ? ids.finding(finding) : null, occurredAt: cst(at),
    })),
  });
  await prisma.assessment.createMany({
    data: ASSESSMENTS.map(([agreement, year, score, result, status, published, comment, withheldYuan]) => ({
      agreementId: ids.agreement(agreement), year, score, result, status, comment,
      publishedAt: published ? cst(`${published}T10:00:00`) : null, withheldAmountFen: fen(withheldYuan ?? 0),
    })),
  });
  await prisma.creditEvaluation.createMany({
    data: CREDIT.map(([insurer, subject, key, year, score, grade, blacklisted]) => ({
      insurerId: ids.insurer(insurer), year, score, grade, blacklisted: blacklisted ?? false,
      subjectType: subject === 'provider' ? 'PROVIDER' as const : subject === 'physician' ? 'PHYSICIAN' as const : 'PARTNER' as const,
      providerId: subject === 'provider' ? ids.provider(key) : null, physicianId: subject === 'physician' ? ids.physician(key) : null,
      partnerId: subject === 'partner' ? ids.partner(key) : null, evaluatedAt: cst(year >= 2026 ? '2026-10-01T10:00:00' : `${year + 1}-01-15T10:00:00`),
    })),
  });
}
