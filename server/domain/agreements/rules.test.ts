import { describe, expect, it } from 'vitest';
import {
  canTransition,
  endedTermIssues,
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
    ['EXPIRE', 'SIGNED', true],
    ['EXPIRE', 'DRAFT', false],
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
  it('renewing a term that ended long ago starts the next one today, as long as the old one', () => {
    // 1 Jan–31 Dec 2024 renewed on 7 Dec 2026: twelve whole months from today.
    expect(nextTerm(d('2024-01-01'), d('2024-12-31'), d('2026-12-07'))).toEqual({
      startsOn: d('2026-12-07'),
      endsOn: d('2027-12-06'),
    });
    // A 10-day term keeps its 10 days.
    expect(nextTerm(d('2026-01-05'), d('2026-01-14'), d('2026-03-01'))).toEqual({
      startsOn: d('2026-03-01'),
      endsOn: d('2026-03-10'),
    });
    // Renewed before its end: still the day after, whatever today is.
    expect(nextTerm(d('2026-01-01'), d('2026-12-31'), d('2026-11-01')).startsOn).toEqual(d('2027-01-01'));
  });
  it('a draft whose term is over is refused on endsOn naming the last day; one ending today is not', () => {
    expect(endedTermIssues(d('2026-12-06'), d('2026-12-07'))).toMatchObject([
      { path: ['input', 'endsOn'], messageZh: expect.stringContaining('2026-12-06'), messageEn: expect.stringContaining('2026-12-06') },
    ]);
    expect(endedTermIssues(d('2026-12-07'), d('2026-12-07'))).toEqual([]);
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
