import type { creditEn } from './credit.en.js';
import type { SameKeys } from './same-keys.js';

/** 信用评价界面的中文文案；键与 credit.en.ts 一致。 */
export const creditZh: SameKeys<typeof creditEn> = {
  resources: {
    creditEvaluations: {
      name: '信用评价',
      fields: {
        subject: '评价对象',
        subjectType: '对象类别',
        insurer: '经办机构',
        provider: '定点机构',
        partner: '合作机构',
        providerId: '定点机构',
        partnerId: '合作机构',
        year: '年度',
        yearFrom: '起始年度',
        yearTo: '截止年度',
        score: '得分',
        grade: '信用等级',
        blacklisted: '列入黑名单',
        basis: '评定依据',
        computedScore: '按标准计算得分',
        adjustmentReason: '调整理由',
        adjustedAt: '调整时间',
        evaluatedAt: '评价时间',
        deductions: '扣分明细（按公布的评分标准）',
        deduction: '扣分项',
        ref: '依据记录',
        points: '扣分',
      },
      actions: {
        compute: '评定信用',
        recompute: '重新计算',
        adjust: '调整评分',
      },
      fee: {
        title: '按合作协议公式计算的服务费',
        none: '暂无适用服务费公式的考核结果。',
        agreement: '协议',
        year: '年度',
        score: '考核得分',
        base: '基础服务费',
        factor: '系数',
        fee: '服务费',
      },
    },
  },
};
