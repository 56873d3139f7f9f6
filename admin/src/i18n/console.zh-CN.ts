import type { consoleEn } from './console.en.js';
import type { SameKeys } from './same-keys.js';

/** 办事员路径上的共用文案（无权访问页、导出、可读的审计日志、表单错误）；键与 console.en.ts 一致。 */
export const consoleZh: SameKeys<typeof consoleEn> = {
  console: {
    noAccess: {
      title: '无权访问',
      body: '您的角色（%{role}）不能新建或修改%{resource}。如确有需要，请联系本机构的管理员。',
      back: '返回列表',
    },
    export: {
      xlsx: '导出 Excel',
      csv: '导出 CSV',
      sheet: '导出',
    },
    form: {
      fixFields: '请修改标出的字段后重新提交。',
    },
    audit: {
      filterRecord: '记录',
      filterActor: '操作人',
      filterAny: '全部',
      clearFilters: '显示全部',
      fields: '详情',
      system: '系统',
      of: '的',
      by: '操作人',
    },
  },
};
