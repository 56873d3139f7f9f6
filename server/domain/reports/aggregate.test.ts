import { describe, expect, it } from 'vitest';
import {
  penaltiesByMonth,
  penaltiesByViolation,
  violatingShareByMonth,
  type PenaltyRow,
} from './aggregate.js';

const vt = (id: string) => ({ id, code: id, nameZh: `类型${id}`, nameEn: `Type ${id}` });
const p = (iso: string, amount: bigint | null, recovered: bigint, type = 'A'): PenaltyRow => ({
  proposedAt: new Date(iso),
  amountFen: amount,
  recoveredAmountFen: recovered,
  violationType: vt(type),
});

describe('dashboard aggregates', () => {
  it('sums penalised and recovered fen per UTC month, exactly', () => {
    const rows = [
      p('2019-03-31T23:30:00Z', 7_286_000n, 7_286_000n),
      p('2019-03-01T00:00:00Z', 1n, 0n),
      p('2019-04-01T00:00:00Z', null, 0n),
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

  it('splits each month’s violating amount into category shares', () => {
    const rows = [
      { foundOn: new Date('2019-03-05T00:00:00Z'), violatingAmountFen: 300n, category: 'BILLING' },
      { foundOn: new Date('2019-03-20T00:00:00Z'), violatingAmountFen: 100n, category: 'HOSPITALISATION' },
      { foundOn: new Date('2019-04-01T00:00:00Z'), violatingAmountFen: 0n, category: 'BILLING' },
    ];
    expect(violatingShareByMonth(rows)).toEqual([
      { month: '2019-03', category: 'BILLING', violatingFen: 300n, share: 0.75 },
      { month: '2019-03', category: 'HOSPITALISATION', violatingFen: 100n, share: 0.25 },
      { month: '2019-04', category: 'BILLING', violatingFen: 0n, share: 0 },
    ]);
  });
});
