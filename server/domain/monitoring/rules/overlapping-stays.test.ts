import { describe, expect, it } from 'vitest';
import { overlappingStays } from './overlapping-stays.js';

/** The explanation of an overlap counted in nights, and of a same-day stay that has none. */
describe('OVERLAPPING_STAYS explains what overlapped', () => {
  it('counts shared nights', () => {
    expect(overlappingStays.explain({ other: 'JS-2', admittedOn: '2026-03-02', dischargedOn: '2026-03-09', overlapDays: 1 })).toEqual({
      zh: '住院时间与另一次住院（结算 JS-2，2026-03-02 至 2026-03-09）重叠 1 天',
      en: 'the stay overlaps another stay (settlement JS-2, 2026-03-02 to 2026-03-09) by 1 night',
    });
  });

  it('says a same-day stay lies inside the other stay, not that they overlap by 0 days', () => {
    expect(overlappingStays.explain({ other: 'JS-2', admittedOn: '2026-03-12', dischargedOn: '2026-03-19', overlapDays: 0 })).toEqual({
      zh: '本次当日出入院的住院在另一次住院（结算 JS-2，2026-03-12 至 2026-03-19）期间',
      en: 'this same-day stay lies within another stay (settlement JS-2, 2026-03-12 to 2026-03-19)',
    });
  });

  it('says so on the longer stay too, naming the day of the other', () => {
    expect(overlappingStays.explain({ other: 'JS-3', admittedOn: '2026-03-15', dischargedOn: '2026-03-15', overlapDays: 0 })).toEqual({
      zh: '本次住院期间另有一次当日出入院的住院（结算 JS-3，2026-03-15）',
      en: 'another stay, admitted and discharged on 2026-03-15 (settlement JS-3), lies within this stay',
    });
  });
});
