import { describe, expect, it } from 'vitest';
import { shareOf } from './violating-share.js';
import { penaltiesByMonth, penaltiesByViolation, type PenaltyRow } from './aggregate.js';

const vt = (id: string) => ({ id, code: id, nameZh: `类型${id}`, nameEn: `Type ${id}` });
const p = (iso: string, amount: bigint | null, recovered: bigint, type = 'A'): PenaltyRow => ({
  proposedAt: new Date(iso),
  amountFen: amount,
  recoveredAmountFen: recovered,
  violationType: vt(type),
});

describe('dashboard aggregates', () => {
  it("sums penalised and recovered fen per month of the agency's calendar, exactly", () => {
    const rows = [
      // 31 March 15:30 UTC is still March in Beijing; 31 March 16:30 UTC is already April.
      p('2019-03-31T15:30:00Z', 7_286_000n, 7_286_000n),
      p('2019-03-01T00:00:00Z', 1n, 0n),
      p('2019-03-31T16:30:00Z', null, 0n),
      p('2019-01-15T00:00:00Z', 9_007_199_254_740_993n, 0n),
    ];
    expect(penaltiesByMonth(rows)).toEqual([
      { month: '2019-01', penalisedFen: 9_007_199_254_740_993n, recoveredFen: 0n, count: 1 },
      { month: '2019-03', penalisedFen: 7_286_001n, recoveredFen: 7_286_000n, count: 2 },
      { month: '2019-04', penalisedFen: 0n, recoveredFen: 0n, count: 1 },
    ]);
  });

  it('ranks violation types by penalised amount', () => {
    const rows = [
      p('2019-03-01T00:00:00Z', 100n, 0n, 'B'),
      p('2019-03-01T00:00:00Z', 300n, 50n, 'A'),
      p('2019-03-02T00:00:00Z', 250n, 0n, 'B'),
    ];
    expect(penaltiesByViolation(rows).map((b) => [b.code, b.penalisedFen, b.recoveredFen, b.count])).toEqual([
      ['B', 350n, 0n, 2],
      ['A', 300n, 50n, 1],
    ]);
  });

  it('takes a share on exact fen, to six places, and 0 of nothing', () => {
    expect(shareOf(34n, 1_000n)).toBe(0.034);
    expect(shareOf(1n, 3n)).toBe(0.333333);
    expect(shareOf(9_007_199_254_740_993n, 9_007_199_254_740_993n * 2n)).toBe(0.5);
    expect(shareOf(5n, 0n)).toBe(0);
  });
});
