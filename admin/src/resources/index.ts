import type { ResourceProps } from 'react-admin';
import type { ResourceDef } from '../providers/data/resource-def.js';
import { agreementsDef, agreementsView } from './agreements/index.js';
import { penaltiesDef, penaltiesView } from './penalties/index.js';
import { findingsDef, findingsView } from './findings/index.js';
import { providersDef, providersView } from './providers/index.js';
import { partnersDef, partnersView } from './partners/index.js';
import { insurersDef, insurersView } from './insurers/index.js';
import { physiciansDef, physiciansView } from './physicians/index.js';
import { auditEventsView } from './auditEvents/index.js';
import { apiClientsDef, apiClientsView } from './apiClients/index.js';
import { usersDef, usersView } from './users/index.js';
import { agreementTemplatesDef, agreementTemplatesView } from './agreementTemplates/index.js';
import { resigningCampaignsDef, resigningCampaignsView } from './resigningCampaigns/index.js';

/** Every resource: its GraphQL mapping (data provider) and its screens (react-admin), in menu order. */
export const resourceDefs: Record<string, ResourceDef> = {
  agreements: agreementsDef,
  agreementTemplates: agreementTemplatesDef,
  resigningCampaigns: resigningCampaignsDef,
  penalties: penaltiesDef,
  findings: findingsDef,
  providers: providersDef,
  partners: partnersDef,
  insurers: insurersDef,
  physicians: physiciansDef,
  apiClients: apiClientsDef,
  users: usersDef,
};

export const resourceViews: ResourceProps[] = [
  agreementsView,
  agreementTemplatesView,
  resigningCampaignsView,
  penaltiesView,
  findingsView,
  providersView,
  partnersView,
  insurersView,
  physiciansView,
  auditEventsView,
];

/** Users and API clients: only for viewers holding `manageAccess` (App.tsx registers them then). */
export const accessResourceViews: ResourceProps[] = [apiClientsView, usersView];
