/**
 * Account lockout (issue 5): after MAX_FAILED_LOGINS consecutive wrong passwords the account is
 * locked for LOCKOUT_MINUTES; a successful login resets the count. While locked, passwords are
 * not even checked, so guessing cannot continue during the lock.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

/** State after one more failure, given the failure count that includes it. */
export function afterFailedLogin(failures: number, now: Date): { failedLoginCount: number; lockedUntil: Date | null } {
  if (failures >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLoginCount: failures, lockedUntil: null };
}

/** Roles an API client may hold: machine identities only, never agency or provider staff. */
export const API_CLIENT_ROLES = ['PARTNER', 'INTEGRATOR'] as const;

/** Longest a key may live; keys without an expiry are allowed but discouraged in the README. */
export const MAX_KEY_LIFETIME_DAYS = 3 * 366;
