import type { Viewer } from '../auth/viewer.js';

/**
 * The tenant a viewer acts for, the first question of every row-visibility rule. Platform
 * admins see everything; agency staff and insurer-bound integrators act for one insurer;
 * partners and partner-bound integrators for one partner; provider staff for one provider.
 * A viewer whose binding is missing sees nothing.
 */
export const SCOPES = ['all', 'insurer', 'partner', 'provider', 'none'] as const;
export type Scope = (typeof SCOPES)[number];

export function scopeOf(viewer: Viewer): Scope {
  switch (viewer.role) {
    case 'PLATFORM_ADMIN':
      return 'all';
    case 'INSURER_ADMIN':
    case 'INSURER_AUDITOR':
    case 'INSURER_VIEWER':
      return viewer.insurerId ? 'insurer' : 'none';
    case 'PARTNER':
      return viewer.partnerId ? 'partner' : 'none';
    case 'PROVIDER_STAFF':
      return viewer.providerId ? 'provider' : 'none';
    case 'INTEGRATOR':
      // An integrator acts for the insurer or the partner its API client is bound to.
      if (viewer.insurerId) return 'insurer';
      if (viewer.partnerId) return 'partner';
      return 'none';
    default:
      return 'none';
  }
}

/**
 * "In force", one meaning for the whole hub: the agreement binds its parties — signed (not yet
 * started), active, or suspended (a suspension pauses settlement, it does not end the contract).
 * Drafts have not bound anyone; terminated and expired agreements no longer do.
 * See docs/domain/agreements.md (lifecycle).
 */
export const IN_FORCE_STATUSES = ['SIGNED', 'ACTIVE', 'SUSPENDED'] as const;

/**
 * A partner works for an insurer while their partner agreement is in force and not suspended:
 * suspending the agreement suspends the entrusted work, and with it the partner's sight of
 * the insurer's providers, findings and penalties.
 */
export const ENTRUSTING_STATUSES = IN_FORCE_STATUSES.filter((s) => s !== 'SUSPENDED');

/** Entrusted work that needs sight of the insurer's providers, findings and penalties. */
export const SUPERVISORY_WORK = [
  'SITE_PATROL',
  'CASE_RECORD_REVIEW',
  'TRAUMA_INVESTIGATION',
  'SMART_MONITORING',
  'CROSS_REGION_AUDIT',
  'AD_HOC_REIMBURSEMENT_REVIEW',
] as const;
