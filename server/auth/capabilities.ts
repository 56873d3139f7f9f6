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
  /** Initial review and re-examination of rule hits: agency staff and partners entrusted with smart monitoring. */
  reviewRuleHits: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'PARTNER'],
  /** The provider's statement on a rule hit: its own staff, or agency staff recording it. */
  answerRuleHits: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'PROVIDER_STAFF'],
  /** Investigate, dismiss and confirm rule hits (handling decisions): agency staff. */
  handleRuleHits: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Set the insurer's deadlines: days for handling rule hits, and its holiday calendar (periods end on a working day). */
  configureReview: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Import settled claims in bulk (an insurer's settlement data): its clerks and auditors, who screen what they load. */
  importClaims: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Check a claim before settlement and settle it (事前提醒、事中拦截): the insurer's settlement system or the provider's HIS. */
  settleClaims: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'PROVIDER_STAFF'],
  /** Run screenings, tune rules, import knowledge batches (智能监控). */
  manageMonitoring: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Edit insurers, providers, physicians and partners (master data). */
  manageParties: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Issue and revoke API keys, manage users and webhooks. */
  manageAccess: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
  /** Register, disable and redeliver webhooks: admins for their tenant's API clients, API clients for themselves. */
  manageWebhooks: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INTEGRATOR', 'PARTNER'],
  /** Apply for designation (定点申请): agency staff entering a paper application, or the provider's own staff. */
  applyForDesignation: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'PROVIDER_STAFF'],
  /** File the monthly drug-purchase report (月报制): the provider's staff, or agency staff entering a paper one. */
  fileMonthlyReports: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'PROVIDER_STAFF'],
  /** Whistle-blowers' identities: the admins and auditors of the insurer who handle the tip-off (not the platform operator). */
  readReporterIdentity: ['INSURER_ADMIN', 'INSURER_AUDITOR'],
  /**
   * Look people up by their full ID number: only roles shown ID numbers in full (masking.ts);
   * a masked role could confirm a guessed number by searching for it.
   */
  searchIdentities: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR'],
  /** Publish and withdraw public disclosures (曝光). */
  publishDisclosures: ['PLATFORM_ADMIN', 'INSURER_ADMIN'],
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
  /** Tip-offs assigned to a partner for investigation are read by that partner too (never the reporter). */
  readAssignedTipOffs: ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER', 'PARTNER'],
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
