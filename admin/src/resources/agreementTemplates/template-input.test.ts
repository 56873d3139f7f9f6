import { describe, expect, it } from 'vitest';
import { clausesInput, ruleCodesOf, updateTemplateInput } from './template-input.js';

describe('template editor input', () => {
  it('reads rule codes typed on one line, in either comma, without repeats', () => {
    expect(ruleCodesOf('R-A, R-B，R-A  R-C')).toEqual(['R-A', 'R-B', 'R-C']);
    expect(ruleCodesOf(['R-A', 'R-A'])).toEqual(['R-A']);
    expect(ruleCodesOf(undefined)).toEqual([]);
  });

  it('keeps a ladder with its steps and drops an empty one', () => {
    const clauses = clausesInput({
      clauses: [
        {
          clauseNo: ' 3.1 ',
          titleZh: '超标准收费',
          titleEn: 'Overcharging',
          bodyZh: '正文',
          bodyEn: 'Body',
          ruleCodes: 'R-OVER',
          ladder: {
            windowMonths: '12',
            steps: [
              { measure: 'FORMAL_TALK' },
              { measure: 'LIQUIDATED_DAMAGES', multiple: '2' },
              { measure: 'AGREEMENT_SUSPENSION', durationMonths: '3' },
            ],
          },
        },
        { clauseNo: '3.2', titleZh: 't', titleEn: 't', bodyZh: 'b', bodyEn: 'b', ladder: {} },
      ],
    });
    expect(clauses[0]).toMatchObject({
      clauseNo: '3.1',
      ruleCodes: ['R-OVER'],
      indicatorMetrics: [],
      ladder: {
        windowMonths: 12,
        steps: [
          { measure: 'FORMAL_TALK', multiple: null, durationMonths: null },
          { measure: 'LIQUIDATED_DAMAGES', multiple: '2', durationMonths: null },
          { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 3 },
        ],
      },
    });
    expect(clauses[1]!.ladder).toBeNull();
  });

  it('sends the version the user saw for optimistic locking', () => {
    expect(updateTemplateInput('T1', { version: 4, titleZh: 'a', titleEn: 'b' })).toMatchObject({
      id: 'T1',
      expectedVersion: 4,
      changeNote: null,
      clauses: [],
      indicators: [],
    });
  });
});
