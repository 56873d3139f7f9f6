/**
 * Chinese for the short English field messages of the input schemas and rules, so a form can
 * show each beside its field in the clerk's language. Rules that build a message from data
 * (amounts, clause numbers) give both languages themselves (FieldIssue.messageZh).
 */
const EXACT: Record<string, string> = {
  'must be an id': '记录标识无效',
  'must not be empty': '不能为空',
  'must be a date': '请填写有效日期',
  'must be an instant': '请填写有效时间',
  'must be an integer amount of fen': '请填写有效金额（元，最多两位小数）',
  'must not be negative': '不能为负数',
  'must be a decimal such as "2.00"': '请填写数字，如 2.00',
  'must be a positive version': '版本号无效，请刷新后重试',
  'must be a 6-digit administrative region code': '请填写 6 位行政区划代码',
  'cannot be in the future': '不能晚于今天',
  'must be in the future': '必须晚于现在',
  'cannot start after the finding date': '不能晚于发现日期',
  required: '必填',
  'the term must end on or after its start': '协议期限的结束日期不能早于开始日期',
  'the period must end on or after its start': '结束日期不能早于开始日期',
  'clause numbers must be unique': '条款编号不能重复',
  'one indicator per metric': '每项指标只能设置一次',
  'no such clause in the current version': '现行版本中没有该条款',
  'no such physician': '没有该医师',
  'no such partner': '没有该合作机构',
  'no such violation type': '没有该违规类型',
  'nothing to change: every field is as it was': '没有任何修改',
  'an amendment changes at least one clause, indicator or the template': '变更至少应修改一项条款、指标或模板',
  'a service agreement needs a provider': '服务协议须选择定点医药机构',
  'a service agreement has no partner': '服务协议不涉及合作机构',
  'a partner agreement needs a partner': '合作协议须选择合作机构',
  'a partner agreement has no provider': '合作协议不涉及定点医药机构',
  'a partner agreement names the entrusted work': '合作协议须写明委托事项',
  'only partner agreements entrust work': '只有合作协议才有委托事项',
  'an issued penalty states its legal basis': '下达处理决定须写明法律依据',
  'an issued penalty names the agreement clause it applies': '下达处理决定须写明适用的协议条款',
  'REDUCE needs the reduced amount; UPHOLD and OVERTURN take none':
    '选择“减轻”时须填写减轻后的金额；维持或撤销时不填金额',
  'a VERIFIED tip-off states the verified amount; an UNFOUNDED one none':
    '查实的举报须填写查实金额；不属实的不填',
  'the physician does not practise at the provider': '该医师不在此机构执业',
  'a retail pharmacy has no hospital grade': '零售药店没有医院等级',
  'only retail pharmacies have a pharmacy class': '只有零售药店才有药店类别',
  'at least 12 characters': '至少 12 个字符',
  'must not be in the past': '不能早于今天',
  "not an admin or auditor of the tip-off's insurer": '不是该举报所属经办机构的管理员或稽核员',
  'not a partner this insurer entrusted with supervisory work': '不是本经办机构委托承担监管事务的合作机构',
  'assign to exactly one: a staff member or a partner': '请在工作人员和合作机构中选择其一',
  'name the grading insurer': '请选择作出评价的经办机构',
  'a year that has begun': '年度不能晚于本年',
  'only a partner agreement has a service fee formula': '只有合作协议才有服务费公式',
  'a score from 0 to 100 with at most two decimals': '请填写 0 至 100 的分数，最多两位小数',
};

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^at most (\d+) days ahead$/, (m) => `最多为 ${m[1]} 天之后`],
  [/^the penalty's measure \w+ is not one of /, () => '该处理措施不适用此项操作'],
];

/** The Chinese for an English field message; the English itself when none is known. */
export function fieldMessageZh(en: string): string {
  const exact = EXACT[en];
  if (exact) return exact;
  for (const [pattern, zh] of PATTERNS) {
    const match = en.match(pattern);
    if (match) return zh(match);
  }
  // zod's own messages for malformed values (wrong type, bad format) the schemas do not name.
  if (/^Invalid|^Expected|^Too (big|small)/.test(en)) return '格式不正确';
  return en;
}
