import type { Viewer } from './viewer.js';
import { can } from './capabilities.js';

/**
 * Personal identifiers (身份证号, insured persons' names) are shown in full only to those who
 * need them for case handling: platform admins, and the admins and auditors of an insurer the
 * person belongs to; provider staff see their own physicians. Everyone else (viewers, partners,
 * integrators, other providers' staff) gets a masked form (data minimisation, PIPL).
 */
export type IdentityAccess = 'full' | 'masked';

export interface IdentitySubject {
  /** Insurers the person belongs to (insured person's insurer; a physician's sites' insurers). */
  insurerIds: readonly string[];
  /** Providers the person works for (physicians only); staff of these see the full identity. */
  providerIds?: readonly string[];
}

export function identityAccess(viewer: Viewer, subject: IdentitySubject): IdentityAccess {
  switch (viewer.role) {
    case 'PLATFORM_ADMIN':
      return 'full';
    case 'INSURER_ADMIN':
    case 'INSURER_AUDITOR':
      return viewer.insurerId !== null && subject.insurerIds.includes(viewer.insurerId) ? 'full' : 'masked';
    case 'PROVIDER_STAFF':
      return viewer.providerId !== null && (subject.providerIds ?? []).includes(viewer.providerId)
        ? 'full'
        : 'masked';
    default:
      return 'masked';
  }
}

/**
 * Keeps the region prefix (4) and the last 4 characters, e.g. 320104199001011234 →
 * 3201**********1234; short values keep only their first and last character.
 */
export function maskIdNumber(value: string): string {
  const chars = [...value];
  if (chars.length <= 2) return '*'.repeat(chars.length);
  const keep = chars.length >= 12 ? 4 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - 2 * keep) + chars.slice(-keep).join('');
}

/** Chinese names keep the family name and, from three characters on, the last: 张三 → 张*, 欧阳娜娜 → 欧**娜. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function showIdNumber(viewer: Viewer, subject: IdentitySubject, value: string): string {
  return identityAccess(viewer, subject) === 'full' ? value : maskIdNumber(value);
}

export function showName(viewer: Viewer, subject: IdentitySubject, value: string): string {
  return identityAccess(viewer, subject) === 'full' ? value : maskName(value);
}

/**
 * May the viewer look people up by their full ID number? Only roles that are shown ID numbers
 * in full (for every person they can see): a role that sees `3201**********1234` could
 * otherwise confirm a guessed number by searching for it (the region, the check digit and a
 * birth date leave few candidates), undoing the mask.
 */
export function searchesByIdNumber(viewer: Viewer): boolean {
  return can(viewer.role, 'searchIdentities');
}
