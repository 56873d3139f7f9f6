import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import {
  byScope,
  entrustingInsurer,
  follows,
  followsParent,
  sqlScope,
  tenantColumns,
  whereByScope,
  type RowPolicy,
  type Where,
} from './declare.js';

/** Parties, agreements and what hangs off an agreement. */

export const agreement: RowPolicy<Prisma.AgreementWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.AgreementWhereInput>(viewer, {
      insurer: (v) => ({ insurerId: v.insurerId! }),
      partner: (v) => ({
        OR: [{ partnerId: v.partnerId! }, { family: 'SERVICE', insurer: entrustingInsurer(v.partnerId!) }],
      }),
      provider: (v) => ({ providerId: v.providerId! }),
    }),
  using: byScope({
    insurer: `"insurerId" = hub_insurer()`,
    partner: `"partnerId" = hub_partner() OR ("family" = 'SERVICE' AND "insurerId" = ANY (hub_entrusting()))`,
    provider: `"providerId" = hub_provider()`,
  }),
};

export const provider: RowPolicy<Prisma.ProviderWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.ProviderWhereInput>(viewer, {
      insurer: (v) => ({
        OR: [{ insurerId: v.insurerId! }, { contractingInsurerIds: { has: v.insurerId! } }],
      }),
      // A partner acts for the insurers entrusting it, so it sees what they see: providers
      // registered with them, and those they contract (a cross-region agreement), whose
      // agreements, findings and rule hits it already reads.
      partner: (v) => ({
        OR: [
          { insurer: entrustingInsurer(v.partnerId!) },
          { agreements: { some: { insurer: entrustingInsurer(v.partnerId!) } } },
        ],
      }),
      provider: (v) => ({ id: v.providerId! }),
    }),
  using: byScope({
    // Registered with the insurer, or contracted by it: contractingInsurerIds is kept by a
    // trigger on Agreement (migration provider_contracting_insurers), so both are column checks.
    insurer: `"insurerId" = hub_insurer() OR "contractingInsurerIds" @> ARRAY[hub_insurer()]`,
    partner: `"insurerId" = ANY (hub_entrusting()) OR "contractingInsurerIds" && hub_entrusting()`,
    provider: `"id" = hub_provider()`,
  }),
};

/**
 * Insured persons: the insurer's side and partners it entrusted; a provider the persons named in
 * findings at it (whose insurer may be another city's: cross-region treatment).
 */
export const insuredPerson: RowPolicy<Prisma.InsuredPersonWhereInput> = {
  where: (viewer) =>
    whereByScope<Prisma.InsuredPersonWhereInput>(viewer, {
      insurer: (v) => ({ insurerId: v.insurerId! }),
      partner: (v) => ({ insurer: entrustingInsurer(v.partnerId!) }),
      provider: (v) => ({ findings: { some: { providerId: v.providerId! } } }),
    }),
  using: byScope({
    insurer: `"insurerId" = hub_insurer()`,
    partner: `"insurerId" = ANY (hub_entrusting())`,
    provider: `EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = $T."id" AND f."providerId" = hub_provider())`,
  }),
};

/** An insurer with a provider the viewer sees registered with it (Provider's policy decides). */
const registersSeen = (viewer: Viewer): Prisma.InsurerWhereInput => ({
  providers: { some: provider.where(viewer) },
});
const REGISTERS_SEEN = `EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = $T."id")`;

/** Findings, penalties, versions and the like follow their agreement. */
export const followsAgreement = <W extends Where>() =>
  followsParent<W>('agreement', 'Agreement', 'agreementId', agreement.where);
const followsVersion = <W extends Where>(): RowPolicy<W> => ({
  where: (viewer) =>
    (scopeOf(viewer) === 'all' ? {} : { version: { agreement: agreement.where(viewer) } }) as W,
  using: `${sqlScope('all')} OR ${follows('AgreementVersion', 'versionId')}`,
});

export const partiesPolicies = {
  /**
   * An insurer: its own staff; a partner the insurers it has agreements with; a provider those it
   * contracts with, has applied to for designation, and those insuring the persons named in its
   * findings. And, for everyone signed in, the insurer a provider they see is registered with.
   * Each of these is the insurer of a row the viewer already sees through a non-null relation
   * (`Provider.insurer`, `DesignationApplication.insurer`, `InsuredPerson.insurer`): hiding it
   * would fail the whole list the row is in (non-null-relations.test.ts).
   * Provider's, DesignationApplication's and InsuredPerson's policies never read Insurer, so the
   * EXISTS below do not recurse.
   */
  insurer: {
    where: (viewer) =>
      whereByScope<Prisma.InsurerWhereInput>(viewer, {
        insurer: (v) => ({ OR: [{ id: v.insurerId! }, registersSeen(v)] }),
        partner: (v) => ({ OR: [{ agreements: { some: { partnerId: v.partnerId! } } }, registersSeen(v)] }),
        provider: (v) => ({
          OR: [
            { agreements: { some: { providerId: v.providerId! } } },
            { designationApplications: { some: { providerId: v.providerId! } } },
            { insuredPersons: { some: insuredPerson.where(v) } },
            registersSeen(v),
          ],
        }),
      }),
    using: byScope({
      insurer: `"id" = hub_insurer() OR ${REGISTERS_SEEN}`,
      partner: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = $T."id" AND a."partnerId" = hub_partner()) OR ${REGISTERS_SEEN}`,
      provider: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = $T."id" AND a."providerId" = hub_provider()) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = $T."id" AND d."providerId" = hub_provider()) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = $T."id") OR ${REGISTERS_SEEN}`,
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
      insurer: `EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = $T."id" AND a."insurerId" = hub_insurer())`,
      partner: `"id" = hub_partner()`,
    }),
  } satisfies RowPolicy<Prisma.PartnerWhereInput>,

  /** A physician is seen by whoever sees one of the providers they practise at. */
  physician: {
    where: (viewer) =>
      (scopeOf(viewer) === 'all'
        ? {}
        : { practiceSites: { some: { provider: provider.where(viewer) } } }) as Prisma.PhysicianWhereInput,
    using: `${sqlScope('all')} OR ${follows('PracticeSite', 'id', 'physicianId')}`,
  } satisfies RowPolicy<Prisma.PhysicianWhereInput>,

  practiceSite: followsParent<Prisma.PracticeSiteWhereInput>(
    'provider',
    'Provider',
    'providerId',
    provider.where,
  ),
  practiceSignIn: followsParent<Prisma.PracticeSignInWhereInput>(
    'provider',
    'Provider',
    'providerId',
    provider.where,
  ),

  insuredPerson,
  /** A person's settlement suspensions (current and past): whoever sees the person. */
  insuredSettlementSuspension: followsParent<Prisma.InsuredSettlementSuspensionWhereInput>(
    'insuredPerson',
    'InsuredPerson',
    'insuredPersonId',
    insuredPerson.where,
  ),

  /** Parts of an agreement follow it: who sees the agreement sees them. */
  agreementVersion: followsAgreement<Prisma.AgreementVersionWhereInput>(),
  agreementTransition: followsAgreement<Prisma.AgreementTransitionWhereInput>(),
  indicatorMeasurement: followsAgreement<Prisma.IndicatorMeasurementWhereInput>(),
  agreementClause: followsVersion<Prisma.AgreementClauseWhereInput>(),
  controlIndicator: followsVersion<Prisma.ControlIndicatorWhereInput>(),

  /**
   * Agreement templates: the insurer's staff and integrators; a provider sees a published
   * version once a re-signing campaign asks it to sign, and still after the version retires
   * (the campaign it was asked in names it: `ResigningCampaign.template` is non-null).
   */
  agreementTemplate: {
    where: (viewer) =>
      whereByScope<Prisma.AgreementTemplateWhereInput>(viewer, {
        insurer: (v) => ({ insurerId: v.insurerId! }),
        provider: (v) => ({
          status: { not: 'DRAFT' },
          campaigns: { some: { items: { some: { providerId: v.providerId! } } } },
        }),
      }),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      provider: `"status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = $T."id" AND i."providerId" = hub_provider())`,
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
  resigningCampaignItem: tenantColumns<Prisma.ResigningCampaignItemWhereInput>({ provider: true }),

  /** What-if replays are the agency's planning: its own staff and integrators only. */
  whatIfReplay: tenantColumns<Prisma.WhatIfReplayWhereInput>({}),
};
