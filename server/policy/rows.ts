import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { ENTRUSTING_STATUSES, SUPERVISORY_WORK, scopeOf, type Scope } from './scope.js';

/**
 * Who may see which rows, per table: ONE declaration per table, in two forms side by side:
 * - `where`: the Prisma filter every list, count, relation and `node` load ANDs in (the fast
 *   path: the planner sees the tenant condition and uses the tenant indexes);
 * - `using`: the same rule as the SQL of the table's row-level-security policy (the floor: a
 *   query that forgets its filter still returns only the viewer's rows).
 * The SQL reads the viewer from transaction settings through the `hub_*()` functions
 * (rls-sql.ts); `hub_entrusting()` is the list of insurers entrusting the partner, computed
 * once per request (entrusting.ts), so every policy is a column check or an EXISTS on a parent
 * that is itself row-secured ("follows its parent").
 *
 * test/integration/tenant-policy-rls.test.ts proves, per table and per viewer of a two-tenant
 * world, that both forms select the same rows and that no table lacks a declaration.
 * Adding a table: one entry here (and `npm run policy:sql -- <Model>` into a migration).
 */
type Where = Record<string, unknown>;
export interface RowPolicy<W extends Where = Where> {
  /** Prisma filter for this viewer ({} = every row). */
  where(viewer: Viewer): W;
  /** SQL boolean over the table's own columns (`$T` stands for the table). */
  using: string;
}

const NOTHING = { id: { in: [] as string[] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An actor id as a uuid column value (system actors such as 'system' match no row). */
const actorUuid = (viewer: Viewer): string[] => (UUID.test(viewer.actorId) ? [viewer.actorId] : []);

/** Insurers that entrust this partner with supervisory work under an agreement in force. */
export function entrustingInsurer(partnerId: string): Prisma.InsurerWhereInput {
  return {
    agreements: {
      some: {
        partnerId,
        family: 'PARTNER',
        status: { in: [...ENTRUSTING_STATUSES] },
        entrustedWork: { hasSome: [...SUPERVISORY_WORK] },
      },
    },
  };
}

/** SQL: is `fk` the id of a row of `parent` the viewer may see (the parent's own policy decides). */
const follows = (parent: string, column: string, key = 'id') =>
  `EXISTS (SELECT 1 FROM "${parent}" p WHERE p."${key}" = $T."${column}")`;
const sqlScope = (scope: Scope) => `hub_scope() = '${scope}'`;
/** Builds `using` from per-scope SQL; 'all' always passes, a missing scope sees nothing. */
function byScope(parts: Partial<Record<Exclude<Scope, 'all' | 'none'>, string>>): string {
  const cases = Object.entries(parts).map(([scope, sql]) => `(${sqlScope(scope as Scope)} AND (${sql}))`);
  return [sqlScope('all'), ...cases].join(' OR ');
}
/** Builds `where` from per-scope Prisma filters, the same shape as byScope. */
function whereByScope<W extends Where>(
  viewer: Viewer,
  parts: Partial<Record<Exclude<Scope, 'all' | 'none'>, (v: Viewer) => W>>,
): W {
  const scope = scopeOf(viewer);
  if (scope === 'all') return {} as W;
  const part = scope === 'none' ? undefined : parts[scope];
  return (part ? part(viewer) : NOTHING) as W;
}
const signedIn = (viewer: Viewer) => scopeOf(viewer) !== 'none';

const agreement: RowPolicy<Prisma.AgreementWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.AgreementWhereInput>(viewer, {
      insurer: (v) => ({ insurerId: v.insurerId! }),
      partner: (v) => ({ OR: [{ partnerId: v.partnerId! }, { family: 'SERVICE', insurer: entrustingInsurer(v.partnerId!) }] }),
      provider: (v) => ({ providerId: v.providerId! }),
    }),
  using: byScope({
    insurer: `"insurerId" = hub_insurer()`,
    partner: `"partnerId" = hub_partner() OR ("family" = 'SERVICE' AND "insurerId" = ANY (hub_entrusting()))`,
    provider: `"providerId" = hub_provider()`,
  }),
};

const provider: RowPolicy<Prisma.ProviderWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.ProviderWhereInput>(viewer, {
      insurer: (v) => ({ OR: [{ insurerId: v.insurerId! }, { agreements: { some: { insurerId: v.insurerId! } } }] }),
      partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
      provider: (v) => ({ id: v.providerId! }),
    }),
  using: byScope({
    insurer: `"insurerId" = hub_insurer() OR EXISTS (SELECT 1 FROM "Agreement" a WHERE a."providerId" = "Provider"."id" AND a."insurerId" = hub_insurer())`,
    partner: `"insurerId" = ANY (hub_entrusting())`,
    provider: `"id" = hub_provider()`,
  }),
};

/**
 * API clients and their keys: the platform admin manages all; an insurer admin only the
 * clients bound to its insurer (its integrators); an API client its own row.
 */
const apiClient: RowPolicy<Prisma.ApiClientWhereInput> = {
  where: (viewer) =>
    (viewer.role === 'PLATFORM_ADMIN'
      ? {}
      : viewer.role === 'INSURER_ADMIN' && viewer.insurerId
        ? { insurerId: viewer.insurerId }
        : viewer.actorType === 'API_CLIENT'
          ? { id: { in: actorUuid(viewer) } }
          : NOTHING) as Prisma.ApiClientWhereInput,
  // An API client also reads its own row (registering its webhooks names it).
  using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND "insurerId" = hub_insurer()) OR (hub_role() <> 'INSURER_ADMIN' AND hub_actor_type() = 'API_CLIENT' AND "id"::text = hub_actor())`,
};

const webhookEndpoint: RowPolicy<Prisma.WebhookEndpointWhereInput> = {
  where: (viewer) =>
    (viewer.role === 'PLATFORM_ADMIN'
      ? {}
      : viewer.actorType === 'API_CLIENT'
        ? { apiClientId: { in: actorUuid(viewer) } }
        : { apiClient: apiClient.where(viewer) }) as Prisma.WebhookEndpointWhereInput,
  using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_actor_type() = 'API_CLIENT' AND "apiClientId"::text = hub_actor()) OR (hub_actor_type() <> 'API_CLIENT' AND ${follows('ApiClient', 'apiClientId')})`,
};

/** Findings, penalties and the like follow their agreement: who sees the agreement sees them. */
function followsAgreement<W extends Where>(fk = 'agreementId'): RowPolicy<W> {
  return {
    where: (viewer) => (scopeOf(viewer) === 'all' ? {} : { agreement: agreement.where(viewer) }) as W,
    using: `${sqlScope('all')} OR ${follows('Agreement', fk)}`,
  };
}

export const rowPolicies = {
  insurer: {
    where: (viewer) =>
      whereByScope<Prisma.InsurerWhereInput>(viewer, {
        insurer: (v) => ({ id: v.insurerId! }),
        partner: (v) => ({ agreements: { some: { partnerId: v.partnerId! } } }),
        provider: (v) => ({ agreements: { some: { providerId: v.providerId! } } }),
      }),
    using: byScope({
      insurer: `"id" = hub_insurer()`,
      partner: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = hub_partner())`,
      provider: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = hub_provider())`,
    }),
  } satisfies RowPolicy<Prisma.InsurerWhereInput>,

  agreement,
  provider,

  partner: {
    where: (viewer) =>
      whereByScope<Prisma.PartnerWhereInput>(viewer, {
        insurer: (v) => ({ agreements: { some: { insurerId: v.insurerId! } } }),
        partner: (v) => ({ id: v.partnerId! }),
      }),
    using: byScope({
      insurer: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = hub_insurer())`,
      partner: `"id" = hub_partner()`,
    }),
  } satisfies RowPolicy<Prisma.PartnerWhereInput>,

  /** A physician is seen by whoever sees one of the providers they practise at. */
  physician: {
    where: (viewer) =>
      (scopeOf(viewer) === 'all' ? {} : { practiceSites: { some: { provider: provider.where(viewer) } } }) as Prisma.PhysicianWhereInput,
    using: `${sqlScope('all')} OR ${follows('PracticeSite', 'id', 'physicianId')}`,
  } satisfies RowPolicy<Prisma.PhysicianWhereInput>,

  practiceSite: {
    where: (viewer) => (scopeOf(viewer) === 'all' ? {} : { provider: provider.where(viewer) }) as Prisma.PracticeSiteWhereInput,
    using: `${sqlScope('all')} OR ${follows('Provider', 'providerId')}`,
  } satisfies RowPolicy<Prisma.PracticeSiteWhereInput>,

  practiceSignIn: {
    where: (viewer) => (scopeOf(viewer) === 'all' ? {} : { provider: provider.where(viewer) }) as Prisma.PracticeSignInWhereInput,
    using: `${sqlScope('all')} OR ${follows('Provider', 'providerId')}`,
  } satisfies RowPolicy<Prisma.PracticeSignInWhereInput>,

  finding: followsAgreement<Prisma.FindingWhereInput>(),
  penalty: followsAgreement<Prisma.PenaltyWhereInput>(),
  assessment: followsAgreement<Prisma.AssessmentWhereInput>(),
  agreementVersion: followsAgreement<Prisma.AgreementVersionWhereInput>(),
  agreementTransition: followsAgreement<Prisma.AgreementTransitionWhereInput>(),

  appeal: {
    where: (viewer) =>
      (scopeOf(viewer) === 'all' ? {} : { penalty: { agreement: agreement.where(viewer) } }) as Prisma.AppealWhereInput,
    using: `${sqlScope('all')} OR ${follows('Penalty', 'penaltyId')}`,
  } satisfies RowPolicy<Prisma.AppealWhereInput>,

  agreementClause: {
    where: (viewer) =>
      (scopeOf(viewer) === 'all' ? {} : { version: { agreement: agreement.where(viewer) } }) as Prisma.AgreementClauseWhereInput,
    using: `${sqlScope('all')} OR ${follows('AgreementVersion', 'versionId')}`,
  } satisfies RowPolicy<Prisma.AgreementClauseWhereInput>,

  controlIndicator: {
    where: (viewer) =>
      (scopeOf(viewer) === 'all' ? {} : { version: { agreement: agreement.where(viewer) } }) as Prisma.ControlIndicatorWhereInput,
    using: `${sqlScope('all')} OR ${follows('AgreementVersion', 'versionId')}`,
  } satisfies RowPolicy<Prisma.ControlIndicatorWhereInput>,

  /**
   * Credit grades: an insurer's own; a provider's own; a partner its own grade and, for the
   * insurers entrusting it, the grades of providers and physicians it supervises — never
   * another partner's grade (partners compete for the same purchased services).
   */
  creditEvaluation: {
    where: (viewer) =>
      whereByScope<Prisma.CreditEvaluationWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        partner: (v) => ({
          OR: [{ partnerId: v.partnerId! }, { subjectType: { not: 'PARTNER' }, insurer: entrustingInsurer(v.partnerId!) }],
        }),
        provider: (v) => ({ providerId: v.providerId! }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `"partnerId" = hub_partner() OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY (hub_entrusting()))`,
      provider: `"providerId" = hub_provider()`,
    }),
  } satisfies RowPolicy<Prisma.CreditEvaluationWhereInput>,

  /** Smart-audit rules: their insurer, its entrusted partners, and the providers it contracts (the rules they are checked against). */
  auditRule: {
    where: (viewer) =>
      whereByScope<Prisma.AuditRuleWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
        provider: (v) => ({ insurer: { agreements: { some: { providerId: v.providerId! } } } }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `"insurerId" = ANY (hub_entrusting())`,
      provider: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = $T."insurerId" AND a."providerId" = hub_provider())`,
    }),
  } satisfies RowPolicy<Prisma.AuditRuleWhereInput>,

  ruleHit: {
    where: (viewer) =>
      whereByScope<Prisma.RuleHitWhereInput>(viewer, {
        insurer: (v) => ({ rule: { insurerId: v.insurerId! } }),
        partner: (v) => ({ rule: { insurer: entrustingInsurer(v.partnerId!) } }),
        provider: (v) => ({ providerId: v.providerId! }),
      }),
    using: byScope({
      insurer: follows('AuditRule', 'ruleId'),
      partner: follows('AuditRule', 'ruleId'),
      provider: `"providerId" = hub_provider()`,
    }),
  } satisfies RowPolicy<Prisma.RuleHitWhereInput>,

  /** Tip-offs name their reporters: agency staff only (not integrators, partners or providers). */
  tipOff: {
    where: (viewer) =>
      whereByScope<Prisma.TipOffWhereInput>(viewer, {
        insurer: (v) => (v.role === 'INTEGRATOR' ? NOTHING : { insurerId: v.insurerId! }),
      }),
    using: byScope({ insurer: `hub_role() <> 'INTEGRATOR' AND "insurerId" = hub_insurer()` }),
  } satisfies RowPolicy<Prisma.TipOffWhereInput>,

  insuredPerson: {
    where: (viewer) =>
      whereByScope<Prisma.InsuredPersonWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
        provider: (v) => ({ findings: { some: { providerId: v.providerId! } } }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `"insurerId" = ANY (hub_entrusting())`,
      provider: `EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = hub_provider())`,
    }),
  } satisfies RowPolicy<Prisma.InsuredPersonWhereInput>,

  /** The violation catalogue is reference data: every signed-in role reads it. */
  violationType: {
    where: (viewer) => (signedIn(viewer) ? {} : NOTHING) as Prisma.ViolationTypeWhereInput,
    using: `hub_scope() <> 'none'`,
  } satisfies RowPolicy<Prisma.ViolationTypeWhereInput>,

  /** Published chain hashes carry no tenant data; every signed-in role reads them. */
  auditCheckpoint: {
    where: (viewer) => (signedIn(viewer) ? {} : { seq: { lt: 0n } }) as Prisma.AuditCheckpointWhereInput,
    using: `hub_scope() <> 'none'`,
  } satisfies RowPolicy<Prisma.AuditCheckpointWhereInput>,

  
  apiClient,

  /** Keys (their hashes): the platform admin, and an insurer admin for its integrators' clients. */
  apiKey: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN'
        ? {}
        : viewer.role === 'INSURER_ADMIN' && viewer.insurerId
          ? { apiClient: { insurerId: viewer.insurerId } }
          : NOTHING) as Prisma.ApiKeyWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = $T."apiClientId" AND p."insurerId" = hub_insurer()))`,
  } satisfies RowPolicy<Prisma.ApiKeyWhereInput>,

  /** Webhooks: the admins who manage the API client, and the API client itself. */
  webhookEndpoint,

  webhookDelivery: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN' ? {} : { endpoint: webhookEndpoint.where(viewer) }) as Prisma.WebhookDeliveryWhereInput,
    using: `${sqlScope('all')} OR ${follows('WebhookEndpoint', 'endpointId')}`,
  } satisfies RowPolicy<Prisma.WebhookDeliveryWhereInput>,

  /** Staff accounts: the platform admin sees all; an insurer admin its insurer's and its providers' staff. */
  user: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN'
        ? {}
        : viewer.role === 'INSURER_ADMIN' && viewer.insurerId
          ? { OR: [{ insurerId: viewer.insurerId }, { provider: { insurerId: viewer.insurerId } }] }
          : NOTHING) as Prisma.UserWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND ("insurerId" = hub_insurer() OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = hub_insurer())))`,
  } satisfies RowPolicy<Prisma.UserWhereInput>,

  /** Sessions: platform admins, and a signed-in user's own (logout revokes it in a viewer transaction). */
  session: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN' ? {} : viewer.actorType === 'USER' ? { userId: { in: actorUuid(viewer) } } : NOTHING) as Prisma.SessionWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_actor_type() = 'USER' AND "userId"::text = hub_actor())`,
  } satisfies RowPolicy<Prisma.SessionWhereInput>,

  /**
   * Agreement templates: the insurer's staff and integrators; a provider sees a published
   * version once a re-signing campaign asks it to sign.
   */
  agreementTemplate: {
    where: (viewer) =>
      whereByScope<Prisma.AgreementTemplateWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        provider: (v) => ({ status: 'PUBLISHED', campaigns: { some: { items: { some: { providerId: v.providerId! } } } } }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      provider: `"status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = $T."id" AND i."providerId" = hub_provider())`,
    }),
  } satisfies RowPolicy<Prisma.AgreementTemplateWhereInput>,

  resigningCampaign: {
    where: (viewer) =>
      whereByScope<Prisma.ResigningCampaignWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        provider: (v) => ({ items: { some: { providerId: v.providerId! } } }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      provider: `EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = $T."id" AND i."providerId" = hub_provider())`,
    }),
  } satisfies RowPolicy<Prisma.ResigningCampaignWhereInput>,

  /** A provider sees only its own items of a campaign. */
  resigningCampaignItem: {
    where: (viewer) =>
      whereByScope<Prisma.ResigningCampaignItemWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        provider: (v) => ({ providerId: v.providerId! }),
      }),
    using: byScope({ insurer: `"insurerId" = hub_insurer()`, provider: `"providerId" = hub_provider()` }),
  } satisfies RowPolicy<Prisma.ResigningCampaignItemWhereInput>,

  /** Who read what is itself sensitive: platform admins only. */
  accessLogEntry: {
    where: (viewer) => (viewer.role === 'PLATFORM_ADMIN' ? {} : { id: { lt: 0n } }) as Prisma.AccessLogEntryWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN'`,
  } satisfies RowPolicy<Prisma.AccessLogEntryWhereInput>,
};
