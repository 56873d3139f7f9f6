import type { Role } from '../db/generated/prisma/enums.js';

/**
 * Which roles may do what: the one table of role rights. Schema fields name a capability
 * (`authScopes: { roles: CAN.manageAgreements }`), never a role list of their own, and the
 * admin UI reads the same table (via `viewer.capabilities`) to hide actions.
 */
export const CAN = {
  /** Draft, sign, amend, suspend, resume, terminate, renew agreements. */
  manageAgreements: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Record findings: agency inspectors and entrusted partners (on their entrusted scope). */
  recordFindings: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'PARTNER'],
  /** Propose a penalty from a finding. */
  proposePenalties: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Issue, decide appeals, execute and close penalties. */
  decidePenalties: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** File an appeal against an issued penalty: the penalised provider, or agency staff on its behalf. */
  fileAppeals: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'PROVIDER_STAFF'],
  /** Refuse to re-sign on a new template: the provider itself, or the agency recording its refusal. */
  declineResigning: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'PROVIDER_STAFF'],
  /** Assessments, credit grades, tip-offs, smart-audit rule hits. */
  manageSupervision: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Edit insurers, providers, physicians and partners (master data). */
  manageParties: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Issue and revoke API keys, manage users and webhooks. */
  manageAccess: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Register, disable and redeliver webhooks: admins for their tenant's API clients, API clients for themselves. */
  manageWebhooks: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INTEGRATOR', 'PARTNER'],
  /**
   * Recompute the whole audit chain: it spans every tenant's events, so its report (how many
   * events, where the chain stands) is the platform's; a tenant proves its own events with
   * `auditEventProof` against published checkpoints and with its export.
   */
  verifyWholeChain: ['PLATFORM_ADMIN'],
  /** Read the access log (who read what). */
  readAccessLog: ['PLATFORM_ADMIN'],
  /** Tip-offs and their reporters' contacts: agency staff only (whistle-blower protection). */
  readTipOffs: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER'],
  /** Any signed-in role may read what its tenant filters let it see. */
  read: [
    'PLATFORM_ADMIN',
    'INSURER_ADMIN',
    'INSURER_AUDITOR',
    'INSURER_VIEWER',
    'PARTNER',
    'PROVIDER_STAFF',
    'INTEGRATOR',
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAN;

export function can(role: Role | null, capability: Capability): boolean {
  return role !== null && (CAN[capability] as readonly Role[]).includes(role);
}
