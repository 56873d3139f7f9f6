import type { ResourceProps } from 'react-admin';
import type { ResourceDef } from '../providers/data/resource-def.js';
import { agreementsDef, agreementsView } from './agreements/index.js';
import { penaltiesDef, penaltiesView } from './penalties/index.js';
import { findingsDef, findingsView } from './findings/index.js';
import { ruleHitsDef, ruleHitsView } from './ruleHits/index.js';
import { providersDef, providersView } from './providers/index.js';
import { partnersDef, partnersView } from './partners/index.js';
import { insurersDef, insurersView } from './insurers/index.js';
import { physiciansDef, physiciansView } from './physicians/index.js';
import { auditEventsView } from './auditEvents/index.js';
import { apiClientsDef, apiClientsView } from './apiClients/index.js';
import { usersDef, usersView } from './users/index.js';
import { designationApplicationsDef, designationApplicationsView } from './designationApplications/index.js';
import { monthlyReportsDef, monthlyReportsView } from './monthlyReports/index.js';
import { publicDisclosuresDef, publicDisclosuresView } from './publicDisclosures/index.js';
import { claimsDef, claimsView } from './claims/index.js';
import { interceptionsDef, interceptionsView } from './interceptions/index.js';
import { knowledgeEntriesDef, knowledgeEntriesView } from './knowledgeEntries/index.js';
import { auditRulesDef, auditRulesView } from './auditRules/index.js';
import { screeningRunsDef, screeningRunsView } from './screeningRuns/index.js';
import { agreementTemplatesDef, agreementTemplatesView } from './agreementTemplates/index.js';
import { resigningCampaignsDef, resigningCampaignsView } from './resigningCampaigns/index.js';
import { tipOffsDef, tipOffsView } from './tipOffs/index.js';
import { creditEvaluationsDef, creditEvaluationsView } from './creditEvaluations/index.js';
import {
  billingSuspensionsDef,
  billingSuspensionsView,
  dispatchedDocumentsDef,
  dispatchedDocumentsView,
  referralsDef,
  referralsView,
  sanctionEndsDef,
  sanctionEndsView,
  settlementSuspensionsDef,
  settlementSuspensionsView,
} from './sanctions/index.js';

/** Every resource: its GraphQL mapping (data provider) and its screens (react-admin), in menu order. */
export const resourceDefs: Record<string, ResourceDef> = {
  agreements: agreementsDef,
  agreementTemplates: agreementTemplatesDef,
  resigningCampaigns: resigningCampaignsDef,
  penalties: penaltiesDef,
  findings: findingsDef,
  ruleHits: ruleHitsDef,
  tipOffs: tipOffsDef,
  creditEvaluations: creditEvaluationsDef,
  settlementSuspensions: settlementSuspensionsDef,
  billingSuspensions: billingSuspensionsDef,
  sanctionEnds: sanctionEndsDef,
  dispatchedDocuments: dispatchedDocumentsDef,
  referrals: referralsDef,
  providers: providersDef,
  partners: partnersDef,
  insurers: insurersDef,
  physicians: physiciansDef,
  apiClients: apiClientsDef,
  users: usersDef,
  designationApplications: designationApplicationsDef,
  monthlyReports: monthlyReportsDef,
  publicDisclosures: publicDisclosuresDef,
  claims: claimsDef,
  interceptions: interceptionsDef,
  knowledgeEntries: knowledgeEntriesDef,
  auditRules: auditRulesDef,
  screeningRuns: screeningRunsDef,
};

export const resourceViews: ResourceProps[] = [
  agreementsView,
  agreementTemplatesView,
  resigningCampaignsView,
  penaltiesView,
  findingsView,
  ruleHitsView,
  tipOffsView,
  creditEvaluationsView,
  settlementSuspensionsView,
  billingSuspensionsView,
  sanctionEndsView,
  dispatchedDocumentsView,
  referralsView,
  providersView,
  partnersView,
  insurersView,
  physiciansView,
  designationApplicationsView,
  monthlyReportsView,
  publicDisclosuresView,
  auditEventsView,
  claimsView,
];

/** Users and API clients: only for viewers holding `manageAccess` (App.tsx registers them then). */
export const accessResourceViews: ResourceProps[] = [apiClientsView, usersView];

/** The two libraries and screening runs: only for viewers holding `manageMonitoring`. */
export const monitoringResourceViews: ResourceProps[] = [
  interceptionsView,
  auditRulesView,
  knowledgeEntriesView,
  screeningRunsView,
];
