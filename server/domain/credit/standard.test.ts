import { describe, expect, it } from 'vitest';
import { creditScore } from './standard.js';
import { fixedServiceFee, serviceFeeFen } from './fee.js';

describe('credit scoring standard', () => {
  it('deducts per violation category, repeat, penalty and assessment, down to 0', () => {
    const f = (number: string) => ({
      number,
      category: 'CARD_MISUSE' as const,
      nameZh: '盗刷',
      nameEn: 'Card misuse',
    });
    const { deductions, scoreHundredths } = creditScore({
      findings: [f('F1'), f('F2')],
      penalties: [{ number: 'P1', measure: 'AGREEMENT_TERMINATION' }],
      assessments: [{ ref: 'A/2025', result: 'FAIL', score: '50.00' }],
    });
    expect(deductions.map((d) => d.points)).toEqual([15, 15, 5, 40, 20]);
    expect(scoreHundredths).toBe(500n);
    expect(
      creditScore({
        findings: [],
        penalties: [
          { number: 'P', measure: 'BLACKLIST' },
          { number: 'Q', measure: 'JUDICIAL_REFERRAL' },
          { number: 'R', measure: 'AGREEMENT_TERMINATION' },
        ],
        assessments: [],
      }).scoreHundredths,
    ).toBe(0n);
  });
  it('an empty year keeps 100 points', () => {
    expect(creditScore({ findings: [], penalties: [], assessments: [] })).toEqual({
      deductions: [],
      scoreHundredths: 10_000n,
    });
  });
});

describe('partner service fee', () => {
  const bands = [
    { minScore: '90', factorBasisPoints: 10_000 },
    { minScore: '60', factorBasisPoints: 7_000 },
  ];
  it('is base × the factor of the highest band reached, rounded down to the fen', () => {
    expect(serviceFeeFen(1_000_001n, bands, 9_000n)).toEqual({
      factorBasisPoints: 10_000,
      feeFen: 1_000_001n,
    });
    expect(serviceFeeFen(1_000_001n, bands, 8_999n)).toEqual({ factorBasisPoints: 7_000, feeFen: 700_000n });
    expect(serviceFeeFen(1_000_001n, bands, 5_999n)).toEqual({ factorBasisPoints: 0, feeFen: 0n });
  });
  it('is fixed for a partner agreement with a formula only', () => {
    const partner = { family: 'PARTNER', serviceFeeBaseFen: 1_000_001n, serviceFeeBands: bands };
    expect(fixedServiceFee(partner, 9_000n)).toEqual({ baseFeeFen: 1_000_001n, factorBasisPoints: 10_000, feeFen: 1_000_001n });
    expect(fixedServiceFee(partner, 0n)).toEqual({ baseFeeFen: 1_000_001n, factorBasisPoints: 0, feeFen: 0n });
    expect(fixedServiceFee({ ...partner, serviceFeeBands: null }, 9_000n)).toBeNull();
    expect(fixedServiceFee({ ...partner, serviceFeeBaseFen: null }, 9_000n)).toBeNull();
    expect(fixedServiceFee({ ...partner, family: 'SERVICE' }, 9_000n)).toBeNull();
  });
});
