import type { claimsImportEn } from './claims-import.en.js';
import type { SameKeys } from './same-keys.js';

/** 结算记录导入页面的中文文本（键与 claims-import.en.ts 一致）。 */
export const claimsImportZh: SameKeys<typeof claimsImportEn> = {
  hub: {
    claimsImport: {
      button: '导入结算记录',
      title: '导入结算记录',
      intro:
        '上传 NDJSON（每行一条结算记录，.ndjson / .jsonl）或 CSV（每行一条明细，.csv；也可上传制表符分隔的文本，如 Excel 另存为“Unicode 文本”的 .txt 或 .tsv）格式的结算文件。记录按批写入：一批中只要有一条无效记录，整批拒绝；已导入的结算编号会被跳过，修正后的文件可以再次上传。',
      insurer: '经办机构',
      chooseFile: '选择文件',
      noFile: '尚未选择文件',
      upload: '上传并导入',
      uploading: '正在上传… %{percent} %',
      importing: '正在导入…',
      done: '导入完成',
      doneWithErrors: '导入完成，部分记录被拒绝',
      read: '读取记录',
      imported: '新导入',
      unchanged: '已存在（跳过）',
      refused: '拒绝',
      errorsTitle: '被拒绝的行',
      errorsTruncated: '仅列出前 %{count} 条错误。',
      line: '行号',
      field: '字段',
      code: '类别',
      message: '说明',
      failed: '文件未能导入',
      network: '上传失败（网络错误），请重试。',
      backToList: '返回结算记录',
      codes: {
        UNREADABLE: '无法读取',
        INVALID_VALUE: '取值无效',
        UNKNOWN_REFERENCE: '编码不存在',
      },
    },
  },
};
