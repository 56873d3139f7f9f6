import { describe, expect, it } from 'vitest';
import { isResidentIdNumber } from './identity-number.js';

/** The 17 digits with the check character GB 11643 gives them. */
function withCheck(digits: string): string {
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((n, w, i) => n + w * Number(digits[i]), 0);
  return digits + '10X98765432'[sum % 11]!;
}

describe('resident identity number (GB 11643)', () => {
  it('takes a number whose check character matches, X standing for 10', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('340503198001010018')).toBe(true);
  });
  it('refuses a typo, a wrong length, a lower-case x and an impossible birth date', () => {
    expect(isResidentIdNumber('11010519491231003X')).toBe(false);
    expect(isResidentIdNumber('1101051949123100')).toBe(false);
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
    // 30 February, with the check character its digits would have.
    expect(isResidentIdNumber('340503198002300017')).toBe(false);
  });
  it('refuses a birth date after the day it is checked on, whatever its check character', () => {
    const day = new Date('2026-12-07T00:00:00Z');
    // Both carry their correct check character: born 2026-12-06 and 2026-12-08.
    expect(isResidentIdNumber(withCheck('34050320261206001'), day)).toBe(true);
    expect(isResidentIdNumber(withCheck('34050320261208001'), day)).toBe(false);
  });
});
