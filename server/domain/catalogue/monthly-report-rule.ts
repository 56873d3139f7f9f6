import type { AuditRuleDef } from './audit-rules.js';

/**
 * The rule a missing or late monthly report (月报制) raises a hit of. It is not a claim rule,
 * so it is kept apart from the starter set: an insurer adopts it (as `<insurer>-MONTHLY_REPORT_NOT_FILED`)
 * the first time `checkMonthlyReports` runs for it.
 */
export const MONTHLY_REPORT_RULE: AuditRuleDef = {
  code: 'MONTHLY_REPORT_NOT_FILED',
  nameZh: '未按规定报送月报',
  nameEn: 'Monthly report not filed as required',
  kind: 'VIOLATION',
  stages: ['AFTER'],
  violationTypeCode: 'MONTHLY_REPORT_NOT_FILED',
  parameters: { defaultDueDay: 10 },
  descriptionZh: '定点零售药店、诊所在规定日期(默认次月10日)前未报送或逾期报送上月药品购进月报。',
  descriptionEn: 'A designated pharmacy or clinic filed last month’s drug purchases late or not at all (due by default on the 10th).',
};
