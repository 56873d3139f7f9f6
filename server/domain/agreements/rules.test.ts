import { describe, expect, it } from 'vitest';
import {
  canTransition,
  familyOf,
  isBanned,
  isPastTerm,
  isRenewalDue,
  nextTerm,
  partyIssues,
  reapplicationBannedUntil,
  targetStatus,
} from './rules.js';

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe('agreement transitions', () => {
  it('signing a term that has started activates; a future term stays SIGNED', () => {
    expect(targetStatus('SIGN', 'DRAFT', { startsOn: d('2026-01-01'), today: d('2026-01-01') })).toBe(
      'ACTIVE',
    );
    expect(targetStatus('SIGN', 'DRAFT', { startsOn: d('2026-01-02'), today: d('2026-01-01') })).toBe(
      'SIGNED',
    );
  });

  it("signing after midnight in Beijing (still yesterday in UTC) counts the agency's day", () => {
    // 2026-12-06T16:30Z is 00:30 on 7 December in Asia/Shanghai (the default agency zone).
    const justAfterMidnight = new Date('2026-12-06T16:30:00Z');
    expect(targetStatus('SIGN', 'DRAFT', { startsOn: d('2026-12-07'), today: justAfterMidnight })).toBe('ACTIVE');
    expect(targetStatus('SIGN', 'DRAFT', { startsOn: d('2026-12-08'), today: justAfterMidnight })).toBe('SIGNED');
  });

  it.each([
    ['SIGN', 'DRAFT', true],
    ['SIGN', 'ACTIVE', false],
    ['SUSPEND', 'ACTIVE', true],
    ['SUSPEND', 'SUSPENDED', false],
    ['SUSPEND', 'DRAFT', false],
    ['RESUME', 'SUSPENDED', true],
    ['RESUME', 'ACTIVE', false],
    ['TERMINATE', 'ACTIVE', true],
    ['TERMINATE', 'SUSPENDED', true],
    ['TERMINATE', 'DRAFT', false],
    ['TERMINATE', 'TERMINATED', false],
    ['AMEND', 'SIGNED', true],
    ['AMEND', 'DRAFT', false],
    ['AMEND', 'EXPIRED', false],
    ['RENEW', 'EXPIRED', true],
    ['RENEW', 'TERMINATED', false],
    ['EXPIRE', 'SUSPENDED', true],
    ['EXPIRE', 'SIGNED', false],
  ] as const)('%s from %s → allowed %s', (action, from, allowed) => {
    expect(canTransition(action, from)).toBe(allowed);
  });
});

describe('re-application ban (3 years, S2 (docs/domain/sources.md))', () => {
  it('runs three years from the termination day', () => {
    expect(reapplicationBannedUntil(d('2026-03-15'))).toEqual(d('2029-03-15'));
    // 29 Feb clamps to 28 Feb rather than spilling into March.
    expect(reapplicationBannedUntil(d('2028-02-29'))).toEqual(d('2031-02-28'));
  });
  it('is running until the day before the date, lifted on the date', () => {
    expect(isBanned(d('2029-03-15'), d('2029-03-14'))).toBe(true);
    expect(isBanned(d('2029-03-15'), d('2029-03-15'))).toBe(false);
    expect(isBanned(null, d('2029-03-14'))).toBe(false);
  });
});

describe('term end', () => {
  it('renewal is due within 90 days of the end, not before', () => {
    expect(isRenewalDue(d('2026-12-31'), d('2026-10-02'))).toBe(true);
    expect(isRenewalDue(d('2026-12-31'), d('2026-10-01'))).toBe(false);
    expect(isRenewalDue(d('2026-12-31'), d('2027-02-01'))).toBe(true);
  });
  it('a term expires after its last day', () => {
    expect(isPastTerm(d('2026-12-31'), d('2026-12-31'))).toBe(false);
    expect(isPastTerm(d('2026-12-31'), d('2027-01-01'))).toBe(true);
  });
  it('the next term repeats a whole-month term from the day after', () => {
    expect(nextTerm(d('2026-01-01'), d('2026-12-31'))).toEqual({
      startsOn: d('2027-01-01'),
      endsOn: d('2027-12-31'),
    });
    expect(nextTerm(d('2026-07-01'), d('2028-06-30'))).toEqual({
      startsOn: d('2028-07-01'),
      endsOn: d('2030-06-30'),
    });
    expect(nextTerm(d('2026-01-05'), d('2026-01-14'))).toEqual({
      startsOn: d('2026-01-15'),
      endsOn: d('2026-01-24'),
    });
  });
});

describe('parties', () => {
  it('service agreements need a provider, partner agreements a partner and entrusted work', () => {
    expect(partyIssues({ family: 'SERVICE', kind: 'RETAIL_PHARMACY_SERVICE', providerId: 'p' })).toEqual([]);
    expect(partyIssues({ family: 'SERVICE', kind: 'RETAIL_PHARMACY_SERVICE' }).map((i) => i.path)).toEqual([
      ['input', 'providerId'],
    ]);
    expect(
      partyIssues({
        family: 'PARTNER',
        kind: 'INVESTIGATION_ENTRUSTMENT',
        partnerId: 'x',
        entrustedWork: ['TRAUMA_INVESTIGATION'],
      }),
    ).toEqual([]);
    expect(
      partyIssues({
        family: 'PARTNER',
        kind: 'INVESTIGATION_ENTRUSTMENT',
        partnerId: 'x',
        providerId: 'p',
        entrustedWork: [],
      }).map((i) => i.path),
    ).toEqual([
      ['input', 'providerId'],
      ['input', 'entrustedWork'],
    ]);
  });
  it('the kind must belong to the family', () => {
    expect(familyOf('MATERNITY_SERVICE')).toBe('SERVICE');
    expect(familyOf('SUPERVISION_SERVICE')).toBe('PARTNER');
    expect(
      partyIssues({
        family: 'PARTNER',
        kind: 'MATERNITY_SERVICE',
        partnerId: 'x',
        entrustedWork: ['SITE_PATROL'],
      }).map((i) => i.path),
    ).toEqual([['input', 'kind']]);
  });
});
