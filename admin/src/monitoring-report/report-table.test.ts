import { describe, expect, it } from 'vitest';
import { toCsv } from '../common/export/table.js';
import { formatShare, previousMonth, reportTable, type Report } from './report-table.js';
import { reportEn } from '../i18n/report.en.js';
import { reportZh } from '../i18n/report.zh-CN.js';

const report: Report = {
  __typename: 'MonitoringReport',
  month: '2026-11',
  reminders: { __typename: 'MonitoringCount', count: 127760, amountFen: 1234567 },
  interceptions: { __typename: 'MonitoringCount', count: 3, amountFen: 2500, fundFen: 41800000 },
  flagged: { __typename: 'MonitoringCount', count: 12, amountFen: 530000 },
  refusals: { __typename: 'MonitoringCount', count: 2, amountFen: 1550000000 },
  settledClaims: 1500,
  settledFundFen: 128100000,
  violatingShare: 0.0021,
  confirmedShare: 0.000412,
  byRule: [
    {
      __typename: 'MonitoringRuleRow',
      ruleCode: 'MAS-QUANTITY_OVER_LIMIT',
      nameZh: '超量开药',
      nameEn: 'Quantity over limit',
      hits: 9,
      amountFen: 4000,
    },
  ],
  byProvider: [
    {
      __typename: 'MonitoringProviderRow',
      providerId: 'p',
      nameZh: '马鞍山市人民医院',
      nameEn: "Ma'anshan People's Hospital",
      hits: 9,
      amountFen: 4000,
    },
  ],
};

const translator = (messages: { monitoringReport: Record<string, string> }) => (key: string) =>
  messages.monitoringReport[key.replace('monitoringReport.', '')] ?? key;

describe('monthly monitoring report', () => {
  it('defaults to the agency’s previous month, across a year end', () => {
    expect(previousMonth(new Date('2026-01-01T01:00:00Z'), 'Asia/Shanghai')).toBe('2025-12');
    // 2026-11-30 20:00 UTC is already 1 December in Beijing.
    expect(previousMonth(new Date('2026-11-30T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-11');
  });

  it('prints shares as percentages with two decimals', () => {
    expect(formatShare(0.0021, 'zh-CN')).toBe('0.21%');
    expect(formatShare(0.034, 'en')).toBe('3.40%');
  });

  it('exports counts as whole numbers, amounts in yuan, names in the clerk’s language, no ids', () => {
    const zh = reportTable(report, translator(reportZh), 'zh-CN');
    expect(zh.headers).toEqual(['类别', '项目', '人次', '金额（元）']);
    expect(zh.rows[0]).toEqual(['本月概况', '事前提醒', 127760, 12345.67]);
    expect(zh.rows).toContainEqual(['本月概况', '违规金额占基金支付比例 0.21%', null, null]);
    expect(zh.rows).toContainEqual(['按定点医药机构统计', '马鞍山市人民医院', 9, 40]);
    const csv = toCsv(zh);
    expect(csv.startsWith('\uFEFF类别,项目,人次,金额（元）\r\n本月概况,事前提醒,127760,12345.67\r\n')).toBe(
      true,
    );
    expect(csv).not.toContain('p,');
    const en = reportTable(report, translator(reportEn), 'en');
    expect(en.rows).toContainEqual(['Hits by rule', 'MAS-QUANTITY_OVER_LIMIT Quantity over limit', 9, 40]);
    expect(en.rows).toContainEqual([
      'The month in figures',
      'Refusals (hits confirmed as violations)',
      2,
      15500000,
    ]);
  });
});
