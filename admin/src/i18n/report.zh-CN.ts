import type { reportEn } from './report.en.js';
import type { SameKeys } from './same-keys.js';

/** 智能监控月报页面的中文文案（键与 report.en.ts 一致）。 */
export const reportZh: SameKeys<typeof reportEn> = {
  monitoringReport: {
    menu: '智能监控月报',
    title: '智能监控月报',
    month: '结算月份',
    insurer: '医保经办机构',
    summary: '本月概况',
    section: '类别',
    item: '项目',
    count: '人次',
    amount: '金额（元）',
    reminders: '事前提醒',
    interceptions: '事中拦截（涉及违规金额）',
    interceptedFund: '事中拦截：拒付基金金额',
    flagged: '事中、事后审核疑点结算单',
    refusals: '拒付（疑点确认为违规）',
    settled: '已结算单据（基金支付）',
    violatingShare: '违规金额占基金支付比例',
    confirmedShare: '确认违规占比',
    shareExplained: '事中、事后审核发现的疑点金额占本月结算基金支付金额的比例；仅计确认违规：%{confirmed}。',
    byRule: '按规则统计',
    byProvider: '按定点医药机构统计',
    rule: '规则',
    provider: '定点医药机构',
    noHits: '本月无规则命中。',
    empty: '%{month} 无结算单据、提醒或拦截记录。',
  },
  resources: {
    interceptions: {
      name: '事中拦截',
      fields: {
        at: '拦截时间',
        settlementId: '结算流水号',
        provider: '定点医药机构',
        fundFen: '拒付基金金额',
        hitAmountFen: '涉及违规金额',
        ruleKeys: '触发规则',
        month: '月份',
        q: '结算流水号',
      },
    },
  },
};
