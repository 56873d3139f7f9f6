import { describe, expect, it } from 'vitest';
import { ladderCounts, replayReport, type SideInput } from './replay-report.js';
import type { TemplateClause } from './document.js';

const clause: TemplateClause = {
  clauseNo: '12',
  titleZh: '合理用药',
  titleEn: 'Prescribing',
  bodyZh: '…',
  bodyEn: '…',
  ruleCodes: ['R1'],
  indicatorMetrics: ['DRUG_SHARE'],
  ladder: {
    windowMonths: 12,
    steps: [{ measure: 'FORMAL_TALK' }, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' }],
  },
};

describe('ladderCounts', () => {
  it('counts a clause once per provider and month, escalating month by month', () => {
    const counts = ladderCounts(
      [clause],
      [
        { providerId: 'p1', ruleCode: 'R1', month: '2026-01-01', hits: 5, amountFen: 1000n },
        { providerId: 'p1', ruleCode: 'R1', month: '2026-02-01', hits: 1, amountFen: 3_643_000n },
        { providerId: 'p2', ruleCode: 'R1', month: '2026-02-01', hits: 1, amountFen: 10n },
        { providerId: 'p1', ruleCode: 'OTHER', month: '2026-03-01', hits: 9, amountFen: 99n },
      ],
      [
        { providerId: 'p1', month: '2026-02-01', metric: 'DRUG_SHARE' },
        { providerId: 'p2', month: '2026-05-01', metric: 'AVERAGE_COST_PER_VISIT' },
      ],
    );
    expect(counts).toEqual([
      { clauseNo: '12', stepNo: 1, measure: 'FORMAL_TALK', count: 2, amountFen: '0' },
      // p1's February: 36,430 yuan at 2× = 72,860 yuan.
      { clauseNo: '12', stepNo: 2, measure: 'LIQUIDATED_DAMAGES', count: 1, amountFen: '7286000' },
    ]);
  });

  it('ignores clauses without a ladder', () => {
    expect(
      ladderCounts(
        [{ ...clause, ladder: null }],
        [{ providerId: 'p', ruleCode: 'R1', month: '2026-01-01', hits: 1, amountFen: 1n }],
        [],
      ),
    ).toEqual([]);
  });
});

describe('replayReport', () => {
  it('sets the draft beside the version in force, per provider, per rule and in total', () => {
    const baseline: SideInput = {
      rules: [{ providerId: 'p1', ruleCode: 'R1', month: '2026-01-01', hits: 2, amountFen: 500n }],
      breaches: [],
      clauses: [clause],
    };
    const candidate: SideInput = {
      rules: [
        { providerId: 'p1', ruleCode: 'R1', month: '2026-01-01', hits: 3, amountFen: 800n },
        { providerId: 'p2', ruleCode: 'R1', month: '2026-01-01', hits: 1, amountFen: 100n },
      ],
      breaches: [{ providerId: 'p2', month: '2026-02-01', metric: 'DRUG_SHARE' }],
      clauses: [clause],
    };
    const r = replayReport(baseline, candidate);
    expect(r.totals.baseline).toMatchObject({ hits: 2, hitAmountFen: '500', breaches: 0 });
    expect(r.totals.candidate).toMatchObject({ hits: 4, hitAmountFen: '900', breaches: 1 });
    expect(r.providers.map((p) => [p.providerId, p.baseline.hits, p.candidate.hits])).toEqual([
      ['p1', 2, 3],
      ['p2', 0, 1],
    ]);
    expect(r.providers[1]!.candidate.ladder.map((l) => [l.stepNo, l.count])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(r.rules).toEqual([
      { ruleCode: 'R1', baseline: { hits: 2, amountFen: '500' }, candidate: { hits: 4, amountFen: '900' } },
    ]);
  });
});
