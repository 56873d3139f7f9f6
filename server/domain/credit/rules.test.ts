import { describe, expect, it } from 'vitest';
import { parseScore } from '../shared/score.js';
import { assessmentResult } from '../assessments/rules.js';
import { creditGrade } from './rules.js';

const s = (v: string) => parseScore(v)!;

describe('scores', () => {
  it('parse exactly, 0–100 with two decimals', () => {
    expect(parseScore('89.99')).toBe(8_999n);
    expect(parseScore('100')).toBe(10_000n);
    expect(parseScore('100.01')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseScore('1.234')).toBeNull();
  });
});

describe('credit grades (四级信用评价)', () => {
  it.each([
    ['100', 'A', false],
    ['90', 'A', false],
    ['89.99', 'B', false],
    ['75', 'B', false],
    ['74.99', 'C', false],
    ['60', 'C', false],
    ['59.99', 'D', true],
    ['0', 'D', true],
  ])('%s → %s (blacklisted %s)', (score, grade, blacklisted) => {
    expect(creditGrade(s(score))).toEqual({ grade, blacklisted });
  });
});

describe('assessment results', () => {
  it.each([
    ['90', 'EXCELLENT'],
    ['89.99', 'PASS'],
    ['70', 'PASS'],
    ['69.99', 'CONDITIONAL'],
    ['60', 'CONDITIONAL'],
    ['59.99', 'FAIL'],
  ])('%s → %s', (score, result) => {
    expect(assessmentResult(s(score))).toBe(result);
  });
});
