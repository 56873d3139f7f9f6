import { describe, expect, it } from 'vitest';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS, afterFailedLogin, isLocked } from './rules.js';

describe('lockout rules', () => {
  const now = new Date('2026-03-01T08:00:00Z');

  it('counts failures below the limit without locking', () => {
    expect(afterFailedLogin(MAX_FAILED_LOGINS - 1, now)).toEqual({ failedLoginCount: MAX_FAILED_LOGINS - 1, lockedUntil: null });
  });

  it('locks for 15 minutes at the fifth consecutive failure and resets the count', () => {
    const next = afterFailedLogin(MAX_FAILED_LOGINS, now);
    expect(next.failedLoginCount).toBe(0);
    expect(next.lockedUntil?.toISOString()).toBe('2026-03-01T08:15:00.000Z');
    expect(LOCKOUT_MINUTES).toBe(15);
  });

  it('is locked until the instant the lock ends', () => {
    const lockedUntil = new Date('2026-03-01T08:15:00Z');
    expect(isLocked({ lockedUntil }, new Date('2026-03-01T08:14:59Z'))).toBe(true);
    expect(isLocked({ lockedUntil }, lockedUntil)).toBe(false);
    expect(isLocked({ lockedUntil: null }, now)).toBe(false);
  });
});
