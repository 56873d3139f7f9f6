import { describe, expect, it } from 'vitest';
import { canApplicationStep, evaluationPasses, scoreIssues, serviceAgreementKind } from './rules.js';

const lines = (site: number, materials: number, info: number) => [
  { item: 'SITE_VISIT' as const, score: site },
  { item: 'MATERIALS' as const, score: materials },
  { item: 'INFORMATION_SYSTEM' as const, score: info },
];

describe('admission scoring standard', () => {
  it('passes at 70 with a ready information system, not below either', () => {
    expect(evaluationPasses(lines(30, 22, 18))).toEqual({ total: 70, passed: true });
    expect(evaluationPasses(lines(30, 21, 18))).toEqual({ total: 69, passed: false });
    expect(evaluationPasses(lines(40, 30, 17))).toEqual({ total: 87, passed: false });
  });
  it('wants every item once, within its maximum', () => {
    expect(scoreIssues(lines(41, 30, 30))).toEqual([
      { path: ['input', 'scores'], message: 'SITE_VISIT is scored out of 40', messageZh: '“现场核查”满分为 40 分' },
    ]);
    expect(scoreIssues(lines(1, 1, 1).slice(1))).toEqual([
      { path: ['input', 'scores'], message: 'score SITE_VISIT exactly once', messageZh: '“现场核查”须评分且只评一次' },
    ]);
  });
  it('allows each step only from its states', () => {
    expect(canApplicationStep('DESIGNATE', 'SUBMITTED')).toBe(false);
    expect(canApplicationStep('DESIGNATE', 'EVALUATED')).toBe(true);
    expect(canApplicationStep('WITHDRAW', 'DESIGNATED')).toBe(false);
  });
  it('prepares the agreement kind of the institution', () => {
    expect(serviceAgreementKind('RETAIL_PHARMACY')).toBe('RETAIL_PHARMACY_SERVICE');
    expect(serviceAgreementKind('VILLAGE_CLINIC')).toBe('OUTPATIENT_SERVICE');
    expect(serviceAgreementKind('HOSPITAL')).toBe('MEDICAL_INSTITUTION_SERVICE');
  });
});
