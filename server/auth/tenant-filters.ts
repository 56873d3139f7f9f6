import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from './viewer.js';

/**
 * What each viewer may see, as Prisma `where` clauses. Every list, connection, count,
 * relation and `node(id)` load ANDs these in, so a partner's `totalCount` or a nested
 * relation can never reach past its tenant. One function per model; none reads arguments.
 *
 * Partners see the agreements they are a party to and, for each insurer that entrusted them
 * with supervisory work under an active partner agreement (S0 §6 (docs/domain/sources.md)), that insurer's
 * service agreements with their findings and penalties.
 */
const NOTHING = { id: { in: [] as string[] } };
/** For tables whose tenant column is the only handle (no id relation to filter through). */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Entrusted work that needs sight of the insurer's providers, findings and penalties. */
const SUPERVISORY_WORK = [
  'SITE_PATROL',
  'CASE_RECORD_REVIEW',
  'TRAUMA_INVESTIGATION',
  'SMART_MONITORING',
  'CROSS_REGION_AUDIT',
  'AD_HOC_REIMBURSEMENT_REVIEW',
] as const;

/** Insurers that entrust this partner with supervisory work under an agreement in force. */
export function entrustingInsurer(partnerId: string): Prisma.InsurerWhereInput {
  return {
    agreements: {
      some: {
        partnerId,
        family: 'PARTNER',
        status: { in: ['ACTIVE', 'SIGNED'] },
        entrustedWork: { hasSome: [...SUPERVISORY_WORK] },
      },
    },
  };
}

type Scope = 'all' | 'insurer' | 'partner' | 'provider' | 'none';

function scopeOf(viewer: Viewer): Scope {
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

export const visible = {
  insurer(viewer: Viewer): Prisma.InsurerWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { id: viewer.insurerId! };
      case 'partner':
        return { agreements: { some: { partnerId: viewer.partnerId! } } };
      case 'provider':
        return { agreements: { some: { providerId: viewer.providerId! } } };
      default:
        return NOTHING;
    }
  },

  agreement(viewer: Viewer): Prisma.AgreementWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return {
          OR: [
            { partnerId: viewer.partnerId! },
            { family: 'SERVICE', insurer: entrustingInsurer(viewer.partnerId!) },
          ],
        };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  provider(viewer: Viewer): Prisma.ProviderWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return {
          OR: [{ insurerId: viewer.insurerId! }, { agreements: { some: { insurerId: viewer.insurerId! } } }],
        };
      case 'partner':
        return { insurer: entrustingInsurer(viewer.partnerId!) };
      case 'provider':
        return { id: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  partner(viewer: Viewer): Prisma.PartnerWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { agreements: { some: { insurerId: viewer.insurerId! } } };
      case 'partner':
        return { id: viewer.partnerId! };
      default:
        return NOTHING;
    }
  },

  physician(viewer: Viewer): Prisma.PhysicianWhereInput {
    const providers = visible.provider(viewer);
    return scopeOf(viewer) === 'all' ? {} : { practiceSites: { some: { provider: providers } } };
  },

  /** Findings and penalties follow their agreement, except that providers see only their own. */
  finding(viewer: Viewer): Prisma.FindingWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  penalty(viewer: Viewer): Prisma.PenaltyWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  appeal(viewer: Viewer): Prisma.AppealWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { penalty: visible.penalty(viewer) };
  },

  assessment(viewer: Viewer): Prisma.AssessmentWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  creditEvaluation(viewer: Viewer): Prisma.CreditEvaluationWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        // Its own grade, and the grades of what it supervises for an entrusting insurer: never
        // another partner's (competitors entrusted by the same insurer).
        return {
          OR: [
            { partnerId: viewer.partnerId! },
            { subjectType: { not: 'PARTNER' }, insurer: entrustingInsurer(viewer.partnerId!) },
          ],
        };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  ruleHit(viewer: Viewer): Prisma.RuleHitWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { rule: { insurerId: viewer.insurerId! } };
      case 'partner':
        return { rule: { insurer: entrustingInsurer(viewer.partnerId!) } };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** A hit's handling history carries the hit's insurer and provider; partners follow the hit. */
  ruleHitTransition(viewer: Viewer): Prisma.RuleHitTransitionWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { ruleHit: visible.ruleHit(viewer) };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  auditRule(viewer: Viewer): Prisma.AuditRuleWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { insurer: entrustingInsurer(viewer.partnerId!) };
      default:
        return NOTHING;
    }
  },

  /**
   * Settled claims: the insurer's staff and integrators, the provider's own staff. Partners
   * see none (their entrusted review work is on rule hits, not on the settlement data).
   */
  claim(viewer: Viewer): Prisma.ClaimWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return { insurerId: NO_ID };
    }
  },

  /** The insurer's knowledge library (its own entries and the national batches), screening runs and monitoring outcomes: agency staff and its integrators. */
  knowledgeEntry(viewer: Viewer): Prisma.KnowledgeEntryWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { OR: [{ insurerId: viewer.insurerId! }, { insurerId: null }] };
      default:
        return { insurerId: NO_ID };
    }
  },

  /**
   * Reminders and interceptions (MonitoringOutcome): like claims, the insurer's staff and
   * integrators, and the provider's own staff for its own settlements; partners none.
   */
  monitoringOutcome(viewer: Viewer): Prisma.MonitoringOutcomeWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return { insurerId: NO_ID };
    }
  },

  screeningRun(viewer: Viewer): Prisma.ScreeningRunWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      default:
        return { insurerId: NO_ID };
    }
  },

  /**
   * Tip-offs: agency staff of the insurer; a partner only the tip-offs assigned to it for
   * investigation. Integrators and providers never. (The reporter is another table.)
   */
  tipOff(viewer: Viewer): Prisma.TipOffWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return viewer.role === 'INTEGRATOR' ? NOTHING : { insurerId: viewer.insurerId! };
      case 'partner':
        return viewer.role === 'PARTNER' ? { assigneePartnerId: viewer.partnerId! } : NOTHING;
      default:
        return NOTHING;
    }
  },

  /**
   * The whistle-blower's identity: the admins and auditors of the tip-off's insurer, who must
   * contact the reporter and pay the reward. Not the platform operator, viewers, partners,
   * integrators or providers.
   */
  tipOffReporter(viewer: Viewer): Prisma.TipOffReporterWhereInput {
    if ((viewer.role === 'INSURER_ADMIN' || viewer.role === 'INSURER_AUDITOR') && viewer.insurerId)
      return { insurerId: viewer.insurerId };
    return NOTHING;
  },

  /** Applications for designation: the insurer applied to; the applying provider its own. */
  designationApplication(viewer: Viewer): Prisma.DesignationApplicationWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** Monthly reports (and their lines): the insurer, partners it entrusted, the reporting provider. */
  monthlyReport(viewer: Viewer): Prisma.MonthlyReportWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { insurer: entrustingInsurer(viewer.partnerId!) };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** The formulary list is the insurer's reference data: its staff, its providers, entrusted partners. */
  formularyDrug(viewer: Viewer): Prisma.FormularyDrugWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { insurer: entrustingInsurer(viewer.partnerId!) };
      case 'provider':
        return { insurer: { providers: { some: { id: viewer.providerId! } } } };
      default:
        return NOTHING;
    }
  },

  /** Ends of suspensions concern insured persons and physicians: the insurer's staff only. */
  sanctionEnd(viewer: Viewer): Prisma.SanctionEndWhereInput {
    return scopeOf(viewer) === 'all' ? {} : scopeOf(viewer) === 'insurer' ? { insurerId: viewer.insurerId! } : NOTHING;
  },

  /** Documents sent and cases referred follow the insurer; the provider concerned sees its own. */
  dispatchedDocument(viewer: Viewer): Prisma.DispatchedDocumentWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  referral(viewer: Viewer): Prisma.ReferralWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** Disclosures in the staff graph: the publishing insurer (the public view is separate and anonymous). */
  publicDisclosure(viewer: Viewer): Prisma.PublicDisclosureWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  insuredPerson(viewer: Viewer): Prisma.InsuredPersonWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { insurer: entrustingInsurer(viewer.partnerId!) };
      case 'provider':
        return { OR: [{ findings: { some: { providerId: viewer.providerId! } } }] };
      default:
        return NOTHING;
    }
  },

  /**
   * Agreement templates: the insurer's staff and integrators; a provider sees a published
   * version once a re-signing campaign asks it to sign.
   */
  agreementTemplate(viewer: Viewer): Prisma.AgreementTemplateWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { status: 'PUBLISHED', campaigns: { some: { items: { some: { providerId: viewer.providerId! } } } } };
      default:
        return NOTHING;
    }
  },

  resigningCampaign(viewer: Viewer): Prisma.ResigningCampaignWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { items: { some: { providerId: viewer.providerId! } } };
      default:
        return NOTHING;
    }
  },

  /** What-if replays are the agency's planning: its own staff and integrators only. */
  whatIfReplay(viewer: Viewer): Prisma.WhatIfReplayWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      default:
        return NOTHING;
    }
  },

  /** Measured indicators follow their agreement. */
  indicatorMeasurement(viewer: Viewer): Prisma.IndicatorMeasurementWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  /** A provider sees only its own items of a campaign. */
  resigningCampaignItem(viewer: Viewer): Prisma.ResigningCampaignItemWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** Parts of an agreement (versions, clauses, indicators, transitions) follow their agreement. */
  agreementVersion(viewer: Viewer): Prisma.AgreementVersionWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  agreementClause(viewer: Viewer): Prisma.AgreementClauseWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { version: { agreement: visible.agreement(viewer) } };
  },

  controlIndicator(viewer: Viewer): Prisma.ControlIndicatorWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { version: { agreement: visible.agreement(viewer) } };
  },

  agreementTransition(viewer: Viewer): Prisma.AgreementTransitionWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { agreement: visible.agreement(viewer) };
  },

  /** A practice site is seen by whoever sees its provider. */
  practiceSite(viewer: Viewer): Prisma.PracticeSiteWhereInput {
    return scopeOf(viewer) === 'all' ? {} : { provider: visible.provider(viewer) };
  },

  /** The violation catalogue is reference data: every signed-in role reads it. */
  violationType(viewer: Viewer): Prisma.ViolationTypeWhereInput {
    return scopeOf(viewer) === 'none' ? NOTHING : {};
  },

  /** Audit events carry tenant columns written at append time. */
  auditEvent(viewer: Viewer): Prisma.AuditEventWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { partnerId: viewer.partnerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return { seq: { lt: 0 } };
    }
  },

  /**
   * API clients and their keys: the platform admin manages all; an insurer admin only the
   * clients bound to its insurer (its integrators). Nobody else lists credentials.
   */
  apiClient(viewer: Viewer): Prisma.ApiClientWhereInput {
    if (viewer.role === 'PLATFORM_ADMIN') return {};
    if (viewer.role === 'INSURER_ADMIN' && viewer.insurerId) return { insurerId: viewer.insurerId };
    return NOTHING;
  },

  apiKey(viewer: Viewer): Prisma.ApiKeyWhereInput {
    return viewer.role === 'PLATFORM_ADMIN' ? {} : { apiClient: visible.apiClient(viewer) };
  },

  /** Webhooks: the admins who manage the API client, and the API client itself. */
  webhookEndpoint(viewer: Viewer): Prisma.WebhookEndpointWhereInput {
    if (viewer.role === 'PLATFORM_ADMIN') return {};
    if (viewer.actorType === 'API_CLIENT') return { apiClientId: viewer.actorId };
    return { apiClient: visible.apiClient(viewer) };
  },

  webhookDelivery(viewer: Viewer): Prisma.WebhookDeliveryWhereInput {
    return viewer.role === 'PLATFORM_ADMIN' ? {} : { endpoint: visible.webhookEndpoint(viewer) };
  },

  /** Staff accounts: the platform admin sees all; an insurer admin its insurer's and its providers' staff. */
  user(viewer: Viewer): Prisma.UserWhereInput {
    if (viewer.role === 'PLATFORM_ADMIN') return {};
    if (viewer.role === 'INSURER_ADMIN' && viewer.insurerId) {
      return { OR: [{ insurerId: viewer.insurerId }, { provider: { insurerId: viewer.insurerId } }] };
    }
    return NOTHING;
  },

  /**
   * Whose name an audit entry may show as its actor: colleagues only. Insurer staff see the
   * names of their insurer's users and of its providers' staff; provider staff those of their
   * provider; partners and integrators see none (the console shows the role in words).
   */
  actorUser(viewer: Viewer): Prisma.UserWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return viewer.actorType === 'USER'
          ? { OR: [{ insurerId: viewer.insurerId! }, { provider: { insurerId: viewer.insurerId! } }] }
          : NOTHING;
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** API clients named as actors: those bound to the viewer's own insurer or partner. */
  actorApiClient(viewer: Viewer): Prisma.ApiClientWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { partnerId: viewer.partnerId! };
      default:
        return NOTHING;
    }
  },

  /** Who read what is itself sensitive: platform admins only. */
  accessLogEntry(viewer: Viewer): Prisma.AccessLogEntryWhereInput {
    return viewer.role === 'PLATFORM_ADMIN' ? {} : { id: { lt: 0n } };
  },
};

export function viewerScope(viewer: Viewer): Scope {
  return scopeOf(viewer);
}
