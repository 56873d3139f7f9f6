import { describe, expect, it } from 'vitest';
import { isResidentIdNumber } from './identity-number.js';

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
});
