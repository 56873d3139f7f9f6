import { describe, expect, it } from 'vitest';
import { demoClaimMonth } from './claims.js';

describe('the demo claims month', () => {
  it("is last month on the agency's calendar, the month the monthly report opens on", () => {
    // 00:30 on 1 March in Beijing (UTC: 28 February): last month is February.
    expect(demoClaimMonth(new Date('2027-02-28T16:30:00Z'))).toBe('2027-02');
    // 23:30 on 28 February in Beijing: still January.
    expect(demoClaimMonth(new Date('2027-02-28T15:30:00Z'))).toBe('2027-01');
    // 00:30 on 1 January 2027 in Beijing: December 2026.
    expect(demoClaimMonth(new Date('2026-12-31T16:30:00Z'))).toBe('2026-12');
  });
});
