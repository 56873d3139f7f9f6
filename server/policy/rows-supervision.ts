import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import {
  NOTHING,
  byScope,
  entrustingInsurer,
  follows,
  sqlScope,
  tenantColumns,
  whereByScope,
  type RowPolicy,
} from './declare.js';
import { followsAgreement } from './rows-parties.js';

/** Supervision: findings and measures, credit, smart monitoring, claims, tip-offs, reports. */

const auditRule: RowPolicy<Prisma.AuditRuleWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.AuditRuleWhereInput>(viewer, {
      insurer: (v) => ({ insurerId: v.insurerId! }),
      partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
      // A provider reads the rules of the insurers it is registered with or contracts with: those
      // whose claims it settles, so whose rules fire on it (answering a hit names its rule, and
      // `RuleHit.rule` is non-null). Not "the rules that fired on it": RuleHit's own policy reads
      // AuditRule, and a policy may not recurse. Both are columns of the provider's own row
      // (contractingInsurerIds is kept from Agreement by a trigger).
      provider: (v) => ({
        insurer: {
          OR: [{ providers: { some: { id: v.providerId! } } }, { agreements: { some: { providerId: v.providerId! } } }],
        },
      }),
    }),
  using: byScope({
    insurer: `"insurerId" = hub_insurer()`,
    partner: `"insurerId" = ANY (hub_entrusting())`,
    provider: `EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = hub_provider() AND (p."insurerId" = $T."insurerId" OR p."contractingInsurerIds" @> ARRAY[$T."insurerId"]))`,
  }),
};

const ruleHit: RowPolicy<Prisma.RuleHitWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.RuleHitWhereInput>(viewer, {
      insurer: (v) => ({ rule: { insurerId: v.insurerId! } }),
      partner: (v) => ({ rule: { insurer: entrustingInsurer(v.partnerId!) } }),
      provider: (v) => ({ providerId: v.providerId! }),
    }),
  using: byScope({
    insurer: `EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = $T."ruleId" AND r."insurerId" = hub_insurer())`,
    partner: `EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = $T."ruleId" AND r."insurerId" = ANY (hub_entrusting()))`,
    provider: `"providerId" = hub_provider()`,
  }),
};

/**
 * Findings and penalties follow their agreement, but carry its insurer: the insurer's own
 * staff (the bulk of supervision reads) are a column check; providers follow the agreement.
 * A partner follows the agreement too, except for what another partner recorded: a finding of
 * another partner's investigation (`Finding.partnerId`), and the penalties taken on it, are
 * that partner's records, which no other partner sees (docs/domain/parties.md, "Who sees
 * what"); the audit stream hides their events the same way (audience.ts).
 */
const NOT_ANOTHER_PARTNERS = (partnerId: string) => ({ OR: [{ partnerId: null }, { partnerId }] });
const NOT_ANOTHER_PARTNERS_SQL = (alias: string) => `(${alias}"partnerId" IS NULL OR ${alias}"partnerId" = hub_partner())`;

/**
 * Whether a finding and its penalties are seen by everyone who sees their agreement (its
 * insurer, its provider, every partner the insurer entrusts): not when a partner recorded the
 * finding (NOT_ANOTHER_PARTNERS). What a penalty changes on its agreement (suspended,
 * terminated, resumed: events and transitions) is read by all of those, so it names the penalty
 * only when this holds (domain/penalties/step.ts `agreementCause`).
 */
export const seenWithItsAgreement = (finding: { partnerId: string | null }): boolean => finding.partnerId === null;

/**
 * Whether a record quoting a finding or its penalty (a credit grade's deductions) must leave it
 * unnamed for `viewer`: a partner other than the one that recorded the finding, as the finding's
 * and penalty's own rule (NOT_ANOTHER_PARTNERS) and RLS keep the rows from it.
 */
export const anotherPartnersRecord = (viewer: Viewer, recordedBy: string | null | undefined): boolean =>
  scopeOf(viewer) === 'partner' && !!recordedBy && recordedBy !== viewer.partnerId;

function agreementWithInsurerColumn<W extends Record<string, unknown>>(
  ownFindings: { where: (partnerId: string) => Record<string, unknown>; sql: string },
): RowPolicy<W> {
  return {
    where: (viewer) => {
      const scope = scopeOf(viewer);
      if (scope === 'insurer') return { insurerId: viewer.insurerId! } as unknown as W;
      const follows = followsAgreement<W>().where(viewer);
      return (scope === 'partner' ? { AND: [follows, ownFindings.where(viewer.partnerId!)] } : follows) as W;
    },
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `${follows('Agreement', 'agreementId')} AND ${ownFindings.sql}`,
      provider: follows('Agreement', 'agreementId'),
    }),
  };
}

const finding = agreementWithInsurerColumn<Prisma.FindingWhereInput>({
  where: NOT_ANOTHER_PARTNERS,
  sql: NOT_ANOTHER_PARTNERS_SQL(''),
});
const penalty = agreementWithInsurerColumn<Prisma.PenaltyWhereInput>({
  where: (partnerId) => ({ finding: NOT_ANOTHER_PARTNERS(partnerId) }),
  sql: `EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = $T."findingId" AND ${NOT_ANOTHER_PARTNERS_SQL('f.')})`,
});

/** Tables only the insurer's staff and integrators read (the agency's own work and settings). */
const agencyOnly = <W extends Record<string, unknown>>() => tenantColumns<W>({});
/** Agency-only rows of an insurer, plus the national library's rows (insurerId null) for every insurer. */
const withNationalLibrary = <W extends Record<string, unknown>>(): RowPolicy<W> => ({
  where: (viewer) =>
    whereByScope<W>(viewer, { insurer: (v) => ({ OR: [{ insurerId: v.insurerId! }, { insurerId: null }] }) as unknown as W }),
  using: byScope({ insurer: `"insurerId" = hub_insurer() OR "insurerId" IS NULL` }),
});

/** Rows of a penalty (its appeals, its refunds): whoever sees the penalty. */
const followsPenalty = <W extends Record<string, unknown>>(): RowPolicy<W> => ({
  where: (viewer) => (scopeOf(viewer) === 'all' ? {} : { penalty: penalty.where(viewer) }) as unknown as W,
  using: `${sqlScope('all')} OR ${follows('Penalty', 'penaltyId')}`,
});

export const supervisionPolicies = {
  finding,
  penalty,
  assessment: followsAgreement<Prisma.AssessmentWhereInput>(),
  appeal: followsPenalty<Prisma.AppealWhereInput>(),
  /** Refunds on appeal: whoever sees the penalty. */
  penaltyRefund: followsPenalty<Prisma.PenaltyRefundWhereInput>(),

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
          OR: [
            { partnerId: v.partnerId! },
            { subjectType: { not: 'PARTNER' }, insurer: entrustingInsurer(v.partnerId!) },
          ],
        }),
        provider: (v) => ({ providerId: v.providerId! }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `"partnerId" = hub_partner() OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY (hub_entrusting()))`,
      provider: `"providerId" = hub_provider()`,
    }),
  } satisfies RowPolicy<Prisma.CreditEvaluationWhereInput>,

  auditRule,
  ruleHit,
  /** A hit's handling history carries the hit's insurer and provider; partners follow the hit. */
  ruleHitTransition: {
    where: (viewer) =>
      whereByScope<Prisma.RuleHitTransitionWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        partner: (v) => ({ ruleHit: ruleHit.where(v) }),
        provider: (v) => ({ providerId: v.providerId! }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: follows('RuleHit', 'ruleHitId'),
      provider: `"providerId" = hub_provider()`,
    }),
  } satisfies RowPolicy<Prisma.RuleHitTransitionWhereInput>,

  /**
   * Settled claims: the insurer's staff and integrators, the provider's own staff. Partners
   * see none (their entrusted review work is on rule hits, not on the settlement data).
   * Partitioned by settlement month: the policy is on the parent, which every query goes through.
   */
  claim: tenantColumns<Prisma.ClaimWhereInput>({ provider: true }),
  claimLine: tenantColumns<Prisma.ClaimLineWhereInput>({ provider: true }),
  /** The insurer's import de-duplication keys. */
  claimKey: agencyOnly<Prisma.ClaimKeyWhereInput>(),
  /** The insurer's own knowledge entries and the national library (insurerId null) its rules read. */
  knowledgeEntry: withNationalLibrary<Prisma.KnowledgeEntryWhereInput>(),
  knowledgeEntryVersion: withNationalLibrary<Prisma.KnowledgeEntryVersionWhereInput>(),
  /** Versions of an insurer's rule tuning: like the rule's own insurer-side rows. */
  auditRuleVersion: agencyOnly<Prisma.AuditRuleVersionWhereInput>(),
  screeningRun: agencyOnly<Prisma.ScreeningRunWhereInput>(),
  screeningChunk: agencyOnly<Prisma.ScreeningChunkWhereInput>(),
  /** Reminders and interceptions: like claims, the insurer's side and the provider's own settlements. */
  monitoringOutcome: tenantColumns<Prisma.MonitoringOutcomeWhereInput>({ provider: true }),
  reviewDeadlineSetting: agencyOnly<Prisma.ReviewDeadlineSettingWhereInput>(),
  /** The agency's holiday calendar: its own staff (deadlines reach the parties on the records). */
  agencyCalendarDay: agencyOnly<Prisma.AgencyCalendarDayWhereInput>(),
  /** Ends of suspensions concern insured persons and physicians: the insurer's staff only. */
  sanctionEnd: agencyOnly<Prisma.SanctionEndWhereInput>(),

  /**
   * Tip-offs: agency staff of the insurer; a partner only the tip-offs assigned to it for
   * investigation. Integrators and providers never. (The reporter is another table.)
   */
  tipOff: {
    where: (viewer) =>
      whereByScope<Prisma.TipOffWhereInput>(viewer, {
        insurer: (v) => (v.role === 'INTEGRATOR' ? NOTHING : { insurerId: v.insurerId! }),
        partner: (v) => (v.role === 'PARTNER' ? { assigneePartnerId: v.partnerId! } : NOTHING),
      }),
    using: byScope({
      insurer: `hub_role() <> 'INTEGRATOR' AND "insurerId" = hub_insurer()`,
      partner: `hub_role() = 'PARTNER' AND "assigneePartnerId" = hub_partner()`,
    }),
  } satisfies RowPolicy<Prisma.TipOffWhereInput>,

  /**
   * The whistle-blower's identity: the admins and auditors of the tip-off's insurer, who must
   * contact the reporter and pay the reward. Not the platform operator, viewers, partners,
   * integrators or providers.
   */
  tipOffReporter: {
    where: (viewer) =>
      ((viewer.role === 'INSURER_ADMIN' || viewer.role === 'INSURER_AUDITOR') && viewer.insurerId
        ? { insurerId: viewer.insurerId }
        : NOTHING) as Prisma.TipOffReporterWhereInput,
    using: `hub_role() IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = hub_insurer()`,
  } satisfies RowPolicy<Prisma.TipOffReporterWhereInput>,

  /** Applications for designation: the insurer applied to; the applying provider its own. */
  designationApplication: tenantColumns<Prisma.DesignationApplicationWhereInput>({ provider: true }),
  /** Monthly reports (and their lines): the insurer, partners it entrusted, the reporting provider. */
  monthlyReport: tenantColumns<Prisma.MonthlyReportWhereInput>({ provider: true, partner: true }),
  monthlyReportLine: tenantColumns<Prisma.MonthlyReportLineWhereInput>({
    provider: true,
    partner: (insurer) => ({ report: { insurer } }),
  }),

  /** The formulary list is the insurer's reference data: its staff, its providers, entrusted partners. */
  formularyDrug: {
    where: (viewer) =>
      whereByScope<Prisma.FormularyDrugWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
        provider: (v) => ({ insurer: { providers: { some: { id: v.providerId! } } } }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      partner: `"insurerId" = ANY (hub_entrusting())`,
      provider: `EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = hub_provider() AND p."insurerId" = $T."insurerId")`,
    }),
  } satisfies RowPolicy<Prisma.FormularyDrugWhereInput>,

  /** Documents sent, cases referred and disclosures: the insurer; the provider concerned its own. */
  dispatchedDocument: tenantColumns<Prisma.DispatchedDocumentWhereInput>({ provider: true }),
  referral: tenantColumns<Prisma.ReferralWhereInput>({ provider: true }),
  publicDisclosure: tenantColumns<Prisma.PublicDisclosureWhereInput>({ provider: true }),
};
