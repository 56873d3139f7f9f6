import { ACCESS_EVENT } from './access/events.js';
import { WEBHOOK_EVENT } from './webhooks/events.js';
import { REVIEW_EVENT } from './monitoring/review-events.js';
import { CALENDAR_EVENT } from './calendar/events.js';
import { TEMPLATE_EVENT } from './templates/events.js';

/**
 * The catalogue of audit event types: `<entity>.<past-tense verb>`, simple dotted, lower
 * camel case entity (e.g. `agreement.signed`, `ruleHit.raised`). The CloudEvents envelope
 * supplies `source` (urn:agreement-hub) and `subject` (`<EntityType>/<id>`), so the type stays
 * short; integrators subscribe and filter by these strings, so never rename one: add a new
 * type instead. docs/domain/workflows.md "Audit events" lists what must be an event.
 */
export const EVENT = {
  agreementDrafted: 'agreement.drafted',
  agreementSigned: 'agreement.signed',
  agreementActivated: 'agreement.activated',
  agreementAmended: 'agreement.amended',
  agreementSuspended: 'agreement.suspended',
  agreementResumed: 'agreement.resumed',
  agreementTerminated: 'agreement.terminated',
  agreementRenewed: 'agreement.renewed',
  agreementExpired: 'agreement.expired',
  agreementDraftUpdated: 'agreement.draftUpdated',
  providerReapplicationBanned: 'provider.reapplicationBanned',
  providerUpdated: 'provider.updated',
  partnerUpdated: 'partner.updated',
  physicianUpdated: 'physician.updated',
  physicianRegistered: 'physician.registered',
  findingRecorded: 'finding.recorded',
  penaltyProposed: 'penalty.proposed',
  penaltyIssued: 'penalty.issued',
  penaltyAppealed: 'penalty.appealed',
  penaltyDecided: 'penalty.decided',
  penaltyExecuted: 'penalty.executed',
  penaltyClosed: 'penalty.closed',
  physicianBillingSuspended: 'physician.billingSuspended',
  insuredSettlementSuspended: 'insuredPerson.settlementSuspended',
  assessmentPublished: 'assessment.published',
  creditGraded: 'credit.graded',
  ruleHitRaised: 'ruleHit.raised',
  claimsImported: 'claims.imported',
  claimSettled: 'claim.settled',
  claimReminded: 'claim.reminded',
  claimIntercepted: 'claim.intercepted',
  knowledgeImported: 'knowledge.imported',
  auditRuleTuned: 'auditRule.tuned',
  screeningRunStarted: 'screeningRun.started',
  screeningRunProgressed: 'screeningRun.progressed',
  screeningRunCompleted: 'screeningRun.completed',
  screeningRunCancelled: 'screeningRun.cancelled',
  screeningRunResumed: 'screeningRun.resumed',
  tipOffReceived: 'tipOff.received',
  tipOffVerified: 'tipOff.verified',
  tipOffAssigned: 'tipOff.assigned',
  tipOffRewardApproved: 'tipOff.rewardApproved',
  tipOffRewardPaid: 'tipOff.rewardPaid',
  applicationSubmitted: 'designationApplication.submitted',
  applicationEvaluated: 'designationApplication.evaluated',
  applicationDecided: 'designationApplication.decided',
  applicationWithdrawn: 'designationApplication.withdrawn',
  providerDesignated: 'provider.designated',
  monthlyReportFiled: 'monthlyReport.filed',
  monthlyReportCorrected: 'monthlyReport.corrected',
  insuredSettlementRestored: 'insuredPerson.settlementRestored',
  physicianBillingRestored: 'physician.billingRestored',
  documentDispatched: 'dispatchedDocument.dispatched',
  documentDeliveryRecorded: 'dispatchedDocument.deliveryRecorded',
  referralMade: 'referral.made',
  referralOutcomeRecorded: 'referral.outcomeRecorded',
  creditAdjusted: 'credit.adjusted',
  partnerFeeFormulaSet: 'agreement.feeFormulaSet',
  disclosurePublished: 'publicDisclosure.published',
  disclosureWithdrawn: 'publicDisclosure.withdrawn',
} as const;

export type EventType = (typeof EVENT)[keyof typeof EVENT];

/** Every event type the hub appends, this file's and its sibling areas' (access, webhooks). */
export const EVENT_TYPES: readonly string[] = [
  ...Object.values(EVENT),
  ...Object.values(ACCESS_EVENT),
  ...Object.values(WEBHOOK_EVENT),
  ...Object.values(REVIEW_EVENT),
  ...Object.values(CALENDAR_EVENT),
  ...Object.values(TEMPLATE_EVENT),
];

/** Entity type names used in `entityType` and `subject`: the GraphQL/Prisma type names. */
export const ENTITY = {
  agreement: 'Agreement',
  provider: 'Provider',
  partner: 'Partner',
  physician: 'Physician',
  insuredPerson: 'InsuredPerson',
  finding: 'Finding',
  penalty: 'Penalty',
  assessment: 'Assessment',
  creditEvaluation: 'CreditEvaluation',
  ruleHit: 'RuleHit',
  claim: 'Claim',
  claimImport: 'ClaimImport',
  knowledgeImport: 'KnowledgeImport',
  auditRule: 'AuditRule',
  screeningRun: 'ScreeningRun',
  tipOff: 'TipOff',
  designationApplication: 'DesignationApplication',
  monthlyReport: 'MonthlyReport',
  dispatchedDocument: 'DispatchedDocument',
  referral: 'Referral',
  publicDisclosure: 'PublicDisclosure',
} as const;
