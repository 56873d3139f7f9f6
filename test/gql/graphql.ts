/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgreementAction =
  | 'ACTIVATE'
  | 'AMEND'
  | 'DRAFT'
  | 'EXPIRE'
  | 'RENEW'
  | 'RESUME'
  | 'SIGN'
  | 'SUSPEND'
  | 'TERMINATE';

export type AgreementFamily =
  | 'PARTNER'
  | 'SERVICE';

export type AgreementFilter = {
  endsFrom?: string | null | undefined;
  /** Agreements ending on or before this date ("expiring soon"). */
  endsTo?: string | null | undefined;
  family?: AgreementFamily | null | undefined;
  insurerId?: string | null | undefined;
  kind?: Array<AgreementKind> | null | undefined;
  partnerId?: string | null | undefined;
  providerId?: string | null | undefined;
  /** The insurer's pooling region (统筹区) code. */
  regionCode?: string | null | undefined;
  /** Agreement number, provider or partner name (zh/en). */
  search?: string | null | undefined;
  startsFrom?: string | null | undefined;
  startsTo?: string | null | undefined;
  status?: Array<AgreementStatus> | null | undefined;
};

export type AgreementKind =
  | 'ADMINISTRATION_SERVICE'
  | 'CHRONIC_DISEASE_SERVICE'
  | 'CRITICAL_ILLNESS_INSURANCE'
  | 'INVESTIGATION_ENTRUSTMENT'
  | 'MATERNITY_SERVICE'
  | 'MEDICAL_INSTITUTION_SERVICE'
  | 'OUTPATIENT_SERVICE'
  | 'RETAIL_PHARMACY_SERVICE'
  | 'SUPERVISION_SERVICE'
  | 'WORK_INJURY_SERVICE';

/** Ordering of Agreement lists; ties are broken by id (creation order). */
export type AgreementOrder = {
  direction?: OrderDirection | null | undefined;
  field: AgreementOrderField;
};

export type AgreementOrderField =
  | 'CREATED_AT'
  | 'ENDS_ON'
  | 'KIND'
  | 'NUMBER'
  | 'STARTS_ON'
  | 'STATUS';

export type AgreementStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'SIGNED'
  | 'SUSPENDED'
  | 'TERMINATED';

export type AppealDecision =
  | 'OVERTURN'
  | 'REDUCE'
  | 'UPHOLD';

export type AppealFilter = {
  decision?: Array<AppealDecision> | null | undefined;
  filedFrom?: string | null | undefined;
  filedTo?: string | null | undefined;
  insurerId?: string | null | undefined;
  kind?: Array<AppealKind> | null | undefined;
  penaltyId?: string | null | undefined;
  /** true: not decided yet; false: decided. */
  pending?: boolean | null | undefined;
  providerId?: string | null | undefined;
};

export type AppealKind =
  | 'APPEAL'
  | 'RECONSIDERATION';

export type AssessmentFilter = {
  agreementId?: string | null | undefined;
  insurerId?: string | null | undefined;
  partnerId?: string | null | undefined;
  providerId?: string | null | undefined;
  result?: Array<AssessmentResult> | null | undefined;
  status?: Array<AssessmentStatus> | null | undefined;
  yearFrom?: number | null | undefined;
  yearTo?: number | null | undefined;
};

export type AssessmentResult =
  | 'CONDITIONAL'
  | 'EXCELLENT'
  | 'FAIL'
  | 'PASS';

export type AssessmentStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type AuditRuleFilter = {
  active?: boolean | null | undefined;
  insurerId?: string | null | undefined;
  kind?: RuleKind | null | undefined;
  /** Code or name (zh/en). */
  search?: string | null | undefined;
  stage?: RuleStage | null | undefined;
  violationTypeId?: string | null | undefined;
};

export type Comparator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type CreditEvaluationFilter = {
  blacklisted?: boolean | null | undefined;
  grade?: Array<CreditGrade> | null | undefined;
  insurerId?: string | null | undefined;
  partnerId?: string | null | undefined;
  physicianId?: string | null | undefined;
  providerId?: string | null | undefined;
  subjectType?: Array<CreditSubjectType> | null | undefined;
  yearFrom?: number | null | undefined;
  yearTo?: number | null | undefined;
};

export type CreditGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type CreditSubjectType =
  | 'PARTNER'
  | 'PHYSICIAN'
  | 'PROVIDER';

export type FindingFilter = {
  agreementId?: string | null | undefined;
  /** Violating amount at most (fen). */
  amountMax?: number | null | undefined;
  /** Violating amount at least (fen). */
  amountMin?: number | null | undefined;
  /** Violation category. */
  category?: Array<ViolationCategory> | null | undefined;
  foundFrom?: string | null | undefined;
  foundTo?: string | null | undefined;
  insurerId?: string | null | undefined;
  partnerId?: string | null | undefined;
  physicianId?: string | null | undefined;
  providerId?: string | null | undefined;
  /** The provider's region code. */
  regionCode?: string | null | undefined;
  /** Finding number, description or provider name. */
  search?: string | null | undefined;
  source?: Array<FindingSource> | null | undefined;
  status?: Array<FindingStatus> | null | undefined;
  violationTypeId?: string | null | undefined;
};

/** Ordering of Finding lists; ties are broken by id (creation order). */
export type FindingOrder = {
  direction?: OrderDirection | null | undefined;
  field: FindingOrderField;
};

export type FindingOrderField =
  | 'CREATED_AT'
  | 'FOUND_ON'
  | 'NUMBER'
  | 'STATUS'
  | 'VIOLATING_AMOUNT';

export type FindingSource =
  | 'AUDIT'
  | 'CASE_RECORD_REVIEW'
  | 'FLIGHT_INSPECTION'
  | 'ON_SITE_INSPECTION'
  | 'PARTNER_INVESTIGATION'
  | 'RANDOM_INSPECTION'
  | 'SELF_INSPECTION'
  | 'SMART_MONITORING'
  | 'TIP_OFF';

export type FindingStatus =
  | 'CLOSED'
  | 'DISMISSED'
  | 'OPEN'
  | 'PENALISED';

export type HospitalGrade =
  | 'GRADE_1'
  | 'GRADE_2'
  | 'GRADE_3'
  | 'UNGRADED';

export type IndicatorMetric =
  | 'ANNUAL_PAYMENT_LIMIT'
  | 'ASSESSMENT_SCORE'
  | 'AVERAGE_COST_PER_ADMISSION'
  | 'AVERAGE_COST_PER_VISIT'
  | 'AVERAGE_LENGTH_OF_STAY'
  | 'DRUG_SHARE'
  | 'MONTHLY_REPORT_ON_TIME'
  | 'PATENT_CHINESE_DRUG_STOCKING_RATE'
  | 'READMISSION_RATE'
  | 'WESTERN_DRUG_STOCKING_RATE';

export type IndicatorUnit =
  | 'COUNT'
  | 'DAYS'
  | 'FEN'
  | 'PERCENT'
  | 'POINTS';

export type InsuredPersonFilter = {
  /** Exact ID number (no partial search on personal identifiers); FORBIDDEN for roles that see ID numbers masked. */
  idNumber?: string | null | undefined;
  insurerId?: string | null | undefined;
  /** Name contains, or the exact ID number (a picker on a penalty form); FORBIDDEN for roles that see names and ID numbers masked, as a search would confirm a guessed one. */
  search?: string | null | undefined;
  /** true: direct settlement suspended and not yet restored (a term that has run still needs the written request and pledge). */
  settlementSuspended?: boolean | null | undefined;
};

export type InsurerFilter = {
  level?: Array<InsurerLevel> | null | undefined;
  regionCode?: string | null | undefined;
  /** Code, name or region (zh/en). */
  search?: string | null | undefined;
};

export type InsurerLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

export type PartnerFilter = {
  kind?: Array<PartnerKind> | null | undefined;
  /** Code, name (zh/en) or unified social credit code. */
  search?: string | null | undefined;
  status?: Array<PartnerStatus> | null | undefined;
};

export type PartnerKind =
  | 'ACCOUNTING_FIRM'
  | 'COMMERCIAL_INSURER'
  | 'IT_VENDOR'
  | 'OTHER_THIRD_PARTY';

export type PartnerStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'TERMINATED';

export type PenaltyFilter = {
  agreementId?: string | null | undefined;
  amountMax?: number | null | undefined;
  amountMin?: number | null | undefined;
  appealDeadlineFrom?: string | null | undefined;
  appealDeadlineTo?: string | null | undefined;
  findingId?: string | null | undefined;
  insurerId?: string | null | undefined;
  measure?: Array<PenaltyMeasure> | null | undefined;
  physicianId?: string | null | undefined;
  proposedFrom?: string | null | undefined;
  proposedTo?: string | null | undefined;
  providerId?: string | null | undefined;
  /** The provider's region code. */
  regionCode?: string | null | undefined;
  /** Penalty number, finding number or provider name. */
  search?: string | null | undefined;
  status?: Array<PenaltyStatus> | null | undefined;
  target?: Array<PenaltyTarget> | null | undefined;
  violationTypeId?: string | null | undefined;
};

/** 处理措施 */
export type PenaltyMeasure =
  | 'ADMINISTRATIVE_FINE_REFERRAL'
  | 'AGREEMENT_SUSPENSION'
  | 'AGREEMENT_TERMINATION'
  | 'BLACKLIST'
  | 'DEDUCTION'
  | 'FORMAL_TALK'
  | 'INSURED_SETTLEMENT_SUSPENSION'
  | 'JUDICIAL_REFERRAL'
  | 'LIQUIDATED_DAMAGES'
  | 'PAYMENT_REFUSAL'
  | 'PHYSICIAN_BILLING_SUSPENSION'
  | 'PUBLIC_CRITICISM'
  | 'PUBLIC_DISCLOSURE'
  | 'RECOVERY'
  | 'RECTIFICATION'
  | 'SETTLEMENT_SUSPENSION'
  | 'WARNING';

/** Ordering of Penalty lists; ties are broken by id (creation order). */
export type PenaltyOrder = {
  direction?: OrderDirection | null | undefined;
  field: PenaltyOrderField;
};

export type PenaltyOrderField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'MEASURE'
  | 'NUMBER'
  | 'PROPOSED_AT'
  | 'STATUS';

export type PenaltyPreviewInput = {
  durationMonths?: number | null | undefined;
  findingId: string;
  insuredPersonId?: string | null | undefined;
  measure: PenaltyMeasure;
  multiple?: string | null | undefined;
  physicianId?: string | null | undefined;
  rectificationDueOn?: string | null | undefined;
};

export type PenaltyStatus =
  | 'APPEALED'
  | 'CLOSED'
  | 'EXECUTED'
  | 'ISSUED'
  | 'OVERTURNED'
  | 'PROPOSED'
  | 'REDUCED'
  | 'UPHELD';

export type PenaltyTarget =
  | 'INSURED_PERSON'
  | 'PHYSICIAN'
  | 'PROVIDER';

export type PhysicianFilter = {
  primaryProviderId?: string | null | undefined;
  profession?: Array<PractitionerProfession> | null | undefined;
  /** Practises at this provider (any site). */
  providerId?: string | null | undefined;
  /** Code, name (zh/en) or licence number. */
  search?: string | null | undefined;
  status?: Array<PractitionerStatus> | null | undefined;
};

export type PractitionerProfession =
  | 'NURSE'
  | 'PHARMACIST'
  | 'PHYSICIAN'
  | 'TECHNICIAN';

export type PractitionerStatus =
  | 'ACTIVE'
  | 'BILLING_SUSPENDED'
  | 'RETIRED';

export type ProviderFilter = {
  hospitalGrade?: Array<HospitalGrade> | null | undefined;
  insurerId?: string | null | undefined;
  kind?: Array<ProviderKind> | null | undefined;
  /** true: only providers under the monthly reporting duty (see Provider.monthlyReporting). */
  monthlyReporting?: boolean | null | undefined;
  ownership?: Ownership | null | undefined;
  /** true: a re-application ban is still running today. */
  reapplicationBanned?: boolean | null | undefined;
  regionCode?: string | null | undefined;
  /** Code or name (zh/en). */
  search?: string | null | undefined;
  status?: Array<ProviderStatus> | null | undefined;
};

/** 定点医药机构类别 */
export type ProviderKind =
  | 'CLINIC'
  | 'COMMUNITY_HEALTH_CENTRE'
  | 'DIALYSIS_CENTRE'
  | 'HOSPITAL'
  | 'OUTPATIENT_DEPARTMENT'
  | 'REHABILITATION_CENTRE'
  | 'RETAIL_PHARMACY'
  | 'VILLAGE_CLINIC';

export type ProviderStatus =
  | 'ACTIVE'
  | 'APPLYING'
  | 'SUSPENDED'
  | 'TERMINATED';

export type RuleHitFilter = {
  agreementId?: string | null | undefined;
  amountMax?: number | null | undefined;
  amountMin?: number | null | undefined;
  occurredFrom?: string | null | undefined;
  occurredTo?: string | null | undefined;
  /** true: open hits past their step’s due date; false: open hits still in time. */
  overdue?: boolean | null | undefined;
  providerId?: string | null | undefined;
  ruleId?: string | null | undefined;
  /** Claim reference. */
  search?: string | null | undefined;
  stage?: Array<RuleStage> | null | undefined;
  status?: Array<RuleHitStatus> | null | undefined;
  /** Handling step. */
  step?: Array<RuleHitStep> | null | undefined;
};

export type RuleHitStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

/** 疑点处理环节: 初审 → 复审 → 陈述申辩 → 调查核实 → 处理 */
export type RuleHitStep =
  | 'CLOSED'
  | 'HANDLING'
  | 'INITIAL_REVIEW'
  | 'INVESTIGATION'
  | 'REEXAMINATION'
  | 'STATEMENT';

export type RuleKind =
  | 'SUSPICIOUS'
  | 'VIOLATION';

export type RuleStage =
  | 'AFTER'
  | 'BEFORE'
  | 'DURING';

export type SuspensionScope =
  | 'AGREEMENT'
  | 'REAL_TIME_SETTLEMENT';

export type TipOffChannel =
  | 'IN_PERSON'
  | 'LETTER'
  | 'ONLINE'
  | 'PHONE';

export type TipOffFilter = {
  channel?: Array<TipOffChannel> | null | undefined;
  insurerId?: string | null | undefined;
  providerId?: string | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** Tip-off number or summary. */
  search?: string | null | undefined;
  status?: Array<TipOffStatus> | null | undefined;
  verifiedAmountMax?: number | null | undefined;
  verifiedAmountMin?: number | null | undefined;
};

export type TipOffStatus =
  | 'INVESTIGATING'
  | 'RECEIVED'
  | 'REWARDED'
  | 'REWARD_APPROVED'
  | 'UNFOUNDED'
  | 'VERIFIED';

export type ViolationCategory =
  | 'BILLING'
  | 'CARD_MISUSE'
  | 'DOCUMENTATION'
  | 'HOSPITALISATION'
  | 'OVER_SERVICING'
  | 'PRESCRIPTION'
  | 'QUALIFICATION'
  | 'REPORTING'
  | 'SETTLEMENT'
  | 'THIRD_PARTY_LIABILITY';

export type ViolationTypeFilter = {
  appliesTo?: PenaltyTarget | null | undefined;
  category?: Array<ViolationCategory> | null | undefined;
  /** Code or name (zh/en). */
  search?: string | null | undefined;
};

export type QDashboardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type QDashboardQuery = { dashboard: { penaltiesByMonth: Array<{ month: string, penalisedFen: number, recoveredFen: number, count: number }>, penaltiesByViolation: Array<{ code: string, penalisedFen: number, recoveredFen: number, count: number }>, agreementsByStatus: Array<{ status: AgreementStatus, count: number }> } };

export type NestedProvidersQueryVariables = Exact<{
  insurerId: string;
  providers: number;
  perLevel: number;
}>;


export type NestedProvidersQuery = { providers: { totalCount: number, edges: Array<{ node: { nameZh: string, agreements: { totalCount: number, edges: Array<{ node: { number: string, penalties: { edges: Array<{ node: { amountFen: number | null, status: PenaltyStatus } }> } } }> } } }> } };

export type QPenaltyPreviewQueryVariables = Exact<{
  input: PenaltyPreviewInput;
}>;


export type QPenaltyPreviewQuery = { penaltyPreview: { ok: boolean, violatingAmountFen: number, target: PenaltyTarget | null, baseAmountFen: number | null, multiple: string | null, amountFen: number | null, durationMonths: number | null, issues: Array<{ path: Array<string>, message: string }> } };

export type QAgreementDetailQueryVariables = Exact<{
  id: string;
}>;


export type QAgreementDetailQuery = { agreement: { number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, currentVersionNo: number, insurer: { nameZh: string }, provider: { nameZh: string, agreements: { totalCount: number } } | null, partner: { nameZh: string } | null, currentVersion: { versionNo: number, changeNote: string | null, clauses: { totalCount: number, edges: Array<{ node: { clauseNo: string, titleZh: string, bodyEn: string, agreementVersion: { versionNo: number } } }> }, indicators: { totalCount: number, edges: Array<{ node: { metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit } }> } } | null, versions: { totalCount: number, edges: Array<{ node: { versionNo: number, clauses: { totalCount: number }, agreement: { number: string } } }> }, transitions: { totalCount: number, edges: Array<{ node: { action: AgreementAction, fromStatus: AgreementStatus | null, toStatus: AgreementStatus, effectiveOn: string } }> }, findings: { totalCount: number }, penalties: { totalCount: number }, assessments: { totalCount: number }, ruleHits: { totalCount: number } } | null };

export type QNodeQueryVariables = Exact<{
  id: string;
  ids: Array<string> | string;
}>;


export type QNodeQuery = { node:
    | { __typename: 'Agreement', number: string, id: string }
    | { __typename: 'AgreementClause', id: string }
    | { __typename: 'AgreementTemplate', id: string }
    | { __typename: 'AgreementTransition', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'ApiClient', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AuditRule', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'ControlIndicator', id: string }
    | { __typename: 'CreditEvaluation', id: string }
    | { __typename: 'DesignationApplication', id: string }
    | { __typename: 'DispatchedDocument', id: string }
    | { __typename: 'Finding', id: string }
    | { __typename: 'IndicatorMeasurement', id: string }
    | { __typename: 'InsuredPerson', id: string }
    | { __typename: 'Insurer', id: string }
    | { __typename: 'Interception', id: string }
    | { __typename: 'KnowledgeEntry', id: string }
    | { __typename: 'MonthlyReport', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Penalty', id: string }
    | { __typename: 'PenaltyRefund', id: string }
    | { __typename: 'Physician', id: string }
    | { __typename: 'PracticeSite', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'PublicDisclosure', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ResigningCampaign', id: string }
    | { __typename: 'ResigningCampaignItem', id: string }
    | { __typename: 'RuleHit', id: string }
    | { __typename: 'SanctionEnd', id: string }
    | { __typename: 'ScreeningRun', id: string }
    | { __typename: 'TipOff', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'ViolationType', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WhatIfReplay', id: string }
   | null, nodes: Array<
    | { __typename: 'Agreement', id: string }
    | { __typename: 'AgreementClause', id: string }
    | { __typename: 'AgreementTemplate', id: string }
    | { __typename: 'AgreementTransition', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'ApiClient', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Assessment', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AuditRule', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'ControlIndicator', id: string }
    | { __typename: 'CreditEvaluation', id: string }
    | { __typename: 'DesignationApplication', id: string }
    | { __typename: 'DispatchedDocument', id: string }
    | { __typename: 'Finding', id: string }
    | { __typename: 'IndicatorMeasurement', id: string }
    | { __typename: 'InsuredPerson', id: string }
    | { __typename: 'Insurer', id: string }
    | { __typename: 'Interception', id: string }
    | { __typename: 'KnowledgeEntry', id: string }
    | { __typename: 'MonthlyReport', id: string }
    | { __typename: 'Partner', id: string }
    | { __typename: 'Penalty', id: string }
    | { __typename: 'PenaltyRefund', id: string }
    | { __typename: 'Physician', id: string }
    | { __typename: 'PracticeSite', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'PublicDisclosure', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ResigningCampaign', id: string }
    | { __typename: 'ResigningCampaignItem', id: string }
    | { __typename: 'RuleHit', id: string }
    | { __typename: 'SanctionEnd', id: string }
    | { __typename: 'ScreeningRun', id: string }
    | { __typename: 'TipOff', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'ViolationType', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WhatIfReplay', id: string }
   | null> };

export type QAgreementsQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  orderBy?: AgreementOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type QAgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, status: AgreementStatus, endsOn: string } }> } };

export type QExpiringSoonQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type QExpiringSoonQuery = { agreementsExpiringSoon: { totalCount: number, edges: Array<{ node: { number: string } }> } };

export type QNestedPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type QNestedPageQuery = { providers: { edges: Array<{ node: { agreements: { totalCount: number } } }> } };

export type QFindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  orderBy?: FindingOrder | null | undefined;
}>;


export type QFindingsQuery = { findings: { totalCount: number, edges: Array<{ node: { id: string, number: string, violatingAmountFen: number } }> } };

export type QPenaltiesQueryVariables = Exact<{
  filter?: PenaltyFilter | null | undefined;
  orderBy?: PenaltyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QPenaltiesQuery = { penalties: { totalCount: number, pageInfo: { endCursor: string | null }, edges: Array<{ node: { id: string, number: string, amountFen: number | null } }> } };

export type QAppealsQueryVariables = Exact<{
  filter?: AppealFilter | null | undefined;
}>;


export type QAppealsQuery = { appeals: { totalCount: number, edges: Array<{ node: { id: string, kind: AppealKind, decision: AppealDecision | null, reducedAmountFen: number | null } }> } };

export type QDownQueryVariables = Exact<{
  id: string;
}>;


export type QDownQuery = { provider: { nameZh: string, agreements: { totalCount: number, edges: Array<{ node: { number: string, findings: { totalCount: number, edges: Array<{ node: { number: string, penalties: { totalCount: number, edges: Array<{ node: { id: string, number: string, measure: PenaltyMeasure, multiple: string | null, appeals: { totalCount: number } } }> } } }> } } }> }, findings: { totalCount: number }, penalties: { totalCount: number } } | null };

export type QUpQueryVariables = Exact<{
  id: string;
}>;


export type QUpQuery = { node:
    | { grounds: string, penalty: { number: string, appeals: { totalCount: number }, finding: { number: string, violationType: { nameZh: string, category: ViolationCategory }, physician: { nameZh: string } | null, agreement: { number: string, provider: { nameZh: string } | null, insurer: { nameZh: string } } }, provider: { nameZh: string } } }
    | Record<PropertyKey, never>
   | null };

export type QPartyCountsQueryVariables = Exact<{
  insurer?: InsurerFilter | null | undefined;
  provider?: ProviderFilter | null | undefined;
  physician?: PhysicianFilter | null | undefined;
  partner?: PartnerFilter | null | undefined;
  person?: InsuredPersonFilter | null | undefined;
  violationType?: ViolationTypeFilter | null | undefined;
  assessment?: AssessmentFilter | null | undefined;
  credit?: CreditEvaluationFilter | null | undefined;
  rule?: AuditRuleFilter | null | undefined;
  hit?: RuleHitFilter | null | undefined;
  tip?: TipOffFilter | null | undefined;
}>;


export type QPartyCountsQuery = { insurers: { totalCount: number }, providers: { totalCount: number }, physicians: { totalCount: number }, partners: { totalCount: number }, insuredPersons: { totalCount: number }, violationTypes: { totalCount: number }, assessments: { totalCount: number }, creditEvaluations: { totalCount: number }, auditRules: { totalCount: number }, ruleHits: { totalCount: number }, tipOffs: { totalCount: number } };

export type QPracticeSitesQueryVariables = Exact<{
  physician: string;
  provider: string;
}>;


export type QPracticeSitesQuery = { physician: { nameZh: string, primaryProvider: { nameZh: string } | null, practiceSites: { totalCount: number, edges: Array<{ node: { isPrimary: boolean, provider: { nameZh: string, practiceSites: { totalCount: number } } } }> }, creditEvaluations: { edges: Array<{ node: { grade: CreditGrade } }> } } | null, provider: { primaryPhysicians: { totalCount: number }, practiceSites: { edges: Array<{ node: { isPrimary: boolean, physician: { nameZh: string } } }> } } | null };

export type QRuleDetailQueryVariables = Exact<{
  id: string;
}>;


export type QRuleDetailQuery = { node:
    | { nameZh: string, stages: Array<RuleStage>, violationType: { code: string } | null, insurer: { code: string }, hits: { totalCount: number, edges: Array<{ node: { claimRef: string, amountFen: number, finding: { number: string } | null, agreement: { number: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type QEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type QEverythingQuery = { insurers: { totalCount: number }, providers: { totalCount: number }, agreements: { totalCount: number }, findings: { totalCount: number }, penalties: { totalCount: number }, appeals: { totalCount: number }, assessments: { totalCount: number }, creditEvaluations: { totalCount: number }, physicians: { totalCount: number }, partners: { totalCount: number }, insuredPersons: { totalCount: number }, auditRules: { totalCount: number }, ruleHits: { totalCount: number } };

export type QTipOffsQueryVariables = Exact<{ [key: string]: never; }>;


export type QTipOffsQuery = { tipOffs: { totalCount: number, edges: Array<{ node: { number: string, reporterContact: string | null } }> } };

export type QByNodeQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type QByNodeQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type QProviderAgreementsQueryVariables = Exact<{
  id: string;
  filter?: AgreementFilter | null | undefined;
}>;


export type QProviderAgreementsQuery = { provider: { nameZh: string, agreements: { totalCount: number, edges: Array<{ node: { number: string } }> } } | null, insurer:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type QInsurerNestedQueryVariables = Exact<{
  id: string;
}>;


export type QInsurerNestedQuery = { insurer: { agreements: { totalCount: number }, providers: { totalCount: number }, tipOffs: { totalCount: number } } | null };

export type QFindingTipOffQueryVariables = Exact<{
  id: string;
}>;


export type QFindingTipOffQuery = { finding: { number: string, tipOff: { number: string } | null, insuredPerson: { nameZh: string, idNumber: string } | null, physician: { idNumber: string } | null } | null };


export const QDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltiesByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"penalisedFen"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltiesByViolation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"penalisedFen"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<QDashboardQuery, QDashboardQueryVariables>;
export const NestedProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"insurerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedProvidersQuery, NestedProvidersQueryVariables>;
export const QPenaltyPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QPenaltyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<QPenaltyPreviewQuery, QPenaltyPreviewQueryVariables>;
export const QAgreementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QAgreementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<QAgreementDetailQuery, QAgreementDetailQueryVariables>;
export const QNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QNodeQuery, QNodeQueryVariables>;
export const QAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QAgreementsQuery, QAgreementsQueryVariables>;
export const QExpiringSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QExpiringSoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementsExpiringSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QExpiringSoonQuery, QExpiringSoonQueryVariables>;
export const QNestedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QNestedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QNestedPageQuery, QNestedPageQueryVariables>;
export const QFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QFindingsQuery, QFindingsQueryVariables>;
export const QPenaltiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QPenalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QPenaltiesQuery, QPenaltiesQueryVariables>;
export const QAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reducedAmountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QAppealsQuery, QAppealsQueryVariables>;
export const QDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PROPOSED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<QDownQuery, QDownQueryVariables>;
export const QUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QUpQuery, QUpQueryVariables>;
export const QPartyCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QPartyCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsurerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"physician"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicianFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredPersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"violationType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationTypeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRuleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipOffFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"physician"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partner"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"violationType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleHits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tipOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QPartyCountsQuery, QPartyCountsQueryVariables>;
export const QPracticeSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QPracticeSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"physician"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"physician"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"primaryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"practiceSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryPhysicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QPracticeSitesQuery, QPracticeSitesQueryVariables>;
export const QRuleDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QRuleDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QRuleDetailQuery, QRuleDetailQueryVariables>;
export const QEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QEverythingQuery, QEverythingQueryVariables>;
export const QTipOffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QTipOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QTipOffsQuery, QTipOffsQueryVariables>;
export const QByNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QByNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QByNodeQuery, QByNodeQueryVariables>;
export const QProviderAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QProviderAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"insurer"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QProviderAgreementsQuery, QProviderAgreementsQueryVariables>;
export const QInsurerNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QInsurerNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tipOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<QInsurerNestedQuery, QInsurerNestedQueryVariables>;
export const QFindingTipOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QFindingTipOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]} as unknown as DocumentNode<QFindingTipOffQuery, QFindingTipOffQueryVariables>;