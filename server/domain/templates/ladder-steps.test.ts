import { describe, expect, it } from 'vitest';
import { ladderIssues } from './ladder-steps.js';
import type { TemplateClause } from './document.js';

const clause = (steps: NonNullable<TemplateClause['ladder']>['steps']): TemplateClause => ({
  clauseNo: '12',
  titleZh: '合理用药',
  titleEn: 'Rational prescribing',
  bodyZh: '…',
  bodyEn: '…',
  ruleCodes: [],
  indicatorMetrics: [],
  ladder: { windowMonths: 12, steps },
});
const issues = (steps: Parameters<typeof clause>[0]) =>
  ladderIssues([clause(steps)]).map((i) => [i.path.slice(5).join('.'), i.messageZh]);

describe('ladderIssues', () => {
  it('takes an escalating ladder (S2: 限期整改、暂停结算、暂停协议、解除协议) and equal neighbours', () => {
    expect(
      issues([
        { measure: 'FORMAL_TALK' },
        { measure: 'WARNING' },
        { measure: 'RECTIFICATION' },
        { measure: 'LIQUIDATED_DAMAGES', multiple: '2' },
        { measure: 'DEDUCTION', multiple: '3' },
        { measure: 'PUBLIC_DISCLOSURE' },
        { measure: 'SETTLEMENT_SUSPENSION', durationMonths: 6 },
        { measure: 'AGREEMENT_SUSPENSION' },
        { measure: 'AGREEMENT_TERMINATION' },
      ]),
    ).toEqual([]);
  });

  it('refuses a step no proposal could carry, naming the clause and step in zh and en', () => {
    const r = ladderIssues([
      clause([
        { measure: 'FORMAL_TALK', multiple: '2' },
        { measure: 'LIQUIDATED_DAMAGES' },
        { measure: 'DEDUCTION', multiple: '6' },
        { measure: 'AGREEMENT_SUSPENSION', durationMonths: 24 },
      ]),
    ]);
    expect(r.map((i) => [i.path.join('.'), i.messageZh, i.message])).toEqual([
      [
        'input.clauses.0.ladder.steps.0.multiple',
        '第 12 条第 1 级：约谈不设倍数',
        'clause 12, step 1: Formal talk takes no multiple',
      ],
      [
        'input.clauses.0.ladder.steps.1.multiple',
        '第 12 条第 2 级：违约金须填写倍数，如 2.00',
        'clause 12, step 2: Liquidated damages needs a multiple such as "2.00"',
      ],
      [
        'input.clauses.0.ladder.steps.2.multiple',
        '第 12 条第 3 级：核减的倍数须在 1.00 至 5.00 之间',
        'clause 12, step 3: Deduction: the multiple must be between 1.00 and 5.00',
      ],
      [
        'input.clauses.0.ladder.steps.3.durationMonths',
        '第 12 条第 4 级：暂停协议的期限为 1–12 个月',
        'clause 12, step 4: Suspension of the agreement lasts 1–12 months',
      ],
    ]);
  });

  it('refuses a person’s suspension: a clause breach names the provider', () => {
    expect(
      issues([{ measure: 'FORMAL_TALK' }, { measure: 'PHYSICIAN_BILLING_SUSPENSION', durationMonths: 12 }]),
    ).toEqual([
      [
        '1.measure',
        '第 12 条第 2 级：阶梯处理针对违约的定点医药机构，暂停医师医保服务资格针对个人，不能作为阶梯处理',
      ],
    ]);
  });

  it('refuses a milder step after a heavier one, and any step after termination', () => {
    expect(
      issues([
        { measure: 'SETTLEMENT_SUSPENSION' },
        { measure: 'BLACKLIST' },
        { measure: 'FORMAL_TALK' },
        { measure: 'AGREEMENT_TERMINATION' },
        { measure: 'PUBLIC_DISCLOSURE' },
      ]),
    ).toEqual([
      ['2.measure', '第 12 条第 3 级：重复违约的处理不得轻于前一级：约谈轻于第 1 级（暂停医保实时结算）'],
      ['4.measure', '第 12 条第 5 级：解除协议后协议即终止，第 4 级须为最后一级'],
    ]);
  });
});
