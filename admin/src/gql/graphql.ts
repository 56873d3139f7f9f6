/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorType =
  | 'API_CLIENT'
  | 'SYSTEM'
  | 'USER';

export type AdjustCreditGradeInput = {
  expectedVersion: number;
  id: string;
  reason: string;
  score: string;
};

export type AdmissionScoreInput = {
  item: AdmissionScoreItem;
  note?: string | null | undefined;
  score: number;
};

export type AdmissionScoreItem =
  | 'INFORMATION_SYSTEM'
  | 'MATERIALS'
  | 'SITE_VISIT';

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

/** 条款: one clause of an agreement version. */
export type AgreementClauseInput = {
  bodyEn: string;
  bodyZh: string;
  clauseNo: string;
  titleEn: string;
  titleZh: string;
};

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

export type AgreementTemplateFilter = {
  /** Exact template code. */
  code?: string | null | undefined;
  insurerId?: string | null | undefined;
  kind?: Array<AgreementKind> | null | undefined;
  status?: Array<TemplateStatus> | null | undefined;
};

/** Ordering of AgreementTemplate lists; ties are broken by id (creation order). */
export type AgreementTemplateOrder = {
  direction?: OrderDirection | null | undefined;
  field: AgreementTemplateOrderField;
};

export type AgreementTemplateOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'VERSION_NO';

export type AmendAgreementInput = {
  /** Why the terms change. */
  changeNote: string;
  /** Clauses added or replaced (by clauseNo). */
  clauses?: Array<AgreementClauseInput> | null | undefined;
  effectiveFrom?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Indicators added or replaced (by metric). */
  indicators?: Array<ControlIndicatorInput> | null | undefined;
  reason?: string | null | undefined;
  removeClauseNos?: Array<string> | null | undefined;
  removeIndicatorMetrics?: Array<IndicatorMetric> | null | undefined;
  templateCode?: string | null | undefined;
  templateVersion?: string | null | undefined;
};

/** Roles an API client may hold. */
export type ApiClientRole =
  | 'INTEGRATOR'
  | 'PARTNER';

export type AppealDecision =
  | 'OVERTURN'
  | 'REDUCE'
  | 'UPHOLD';

export type AppealKind =
  | 'APPEAL'
  | 'RECONSIDERATION';

export type ApplicationDecision =
  | 'DESIGNATE'
  | 'REFUSE';

export type ApplicationMaterialInput = {
  /** Where the document is kept (file number, URL). */
  ref: string;
  title: string;
};

/** 定点申请状态 */
export type ApplicationStatus =
  | 'DESIGNATED'
  | 'EVALUATED'
  | 'REFUSED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ApplyForDesignationInput = {
  address?: string | null | undefined;
  applicantNameEn: string;
  applicantNameZh: string;
  hospitalGrade?: HospitalGrade | null | undefined;
  /** Platform admins and provider staff name the insurer. */
  insurerId?: string | null | undefined;
  kind: ProviderKind;
  licenceScope: Array<string>;
  materials?: Array<ApplicationMaterialInput> | null | undefined;
  ownership: Ownership;
  pharmacyClass?: PharmacyClass | null | undefined;
  /** An existing provider applying again. */
  providerId?: string | null | undefined;
  regionCode: string;
};

export type AssignTipOffInput = {
  /** Or a partner entrusted with supervisory work. */
  assigneePartnerId?: string | null | undefined;
  /** A staff member (admin or auditor) of the insurer: the user id. */
  assigneeUserId?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Default: 60 days from today. */
  investigationDueOn?: string | null | undefined;
};

export type AuditChainProblem =
  /** The event differs from a published checkpoint (the tail was rewritten). */
  | 'CHECKPOINT_MISMATCH'
  /** The event no longer matches its hash (the row was edited). */
  | 'HASH_MISMATCH'
  /** A seq is absent (a row was deleted) or out of order. */
  | 'MISSING_EVENT'
  /** The event does not link to its predecessor (an earlier row was rewritten). */
  | 'PREV_HASH_MISMATCH';

export type AuditRuleFilter = {
  active?: boolean | null | undefined;
  insurerId?: string | null | undefined;
  kind?: RuleKind | null | undefined;
  /** Code or name (zh/en). */
  search?: string | null | undefined;
  stage?: RuleStage | null | undefined;
  violationTypeId?: string | null | undefined;
};

/** Ordering of AuditRule lists; ties are broken by id (creation order). */
export type AuditRuleOrder = {
  direction?: OrderDirection | null | undefined;
  field: AuditRuleOrderField;
};

export type AuditRuleOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME_ZH';

export type CampaignItemReason =
  | 'AGREEMENT_NOT_AMENDABLE'
  | 'DECLINED'
  | 'PROVIDER_EXCEPTED';

export type CampaignItemStatus =
  | 'EXCEPTED'
  | 'PENDING'
  | 'REFUSED'
  | 'RESIGNED';

export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'RUNNING';

export type ChangeUserRoleInput = {
  id: string;
  /** Why (kept in the audit event), up to 500 characters. */
  reason?: string | null | undefined;
  /** An insurer admin, auditor or viewer becomes another of the three. */
  role: UserRole;
};

export type ClaimFilter = {
  providerId?: string | null | undefined;
  /** Settlement id. */
  search?: string | null | undefined;
  settledFrom?: string | null | undefined;
  settledTo?: string | null | undefined;
  visitType?: Array<VisitType> | null | undefined;
};

/** 费用类别 */
export type ClaimLineCategory =
  | 'HERBAL'
  | 'MATERIAL'
  | 'NON_MEDICAL'
  | 'PATENT_CHINESE_DRUG'
  | 'SERVICE_ITEM'
  | 'WESTERN_DRUG';

/** Ordering of Claim lists; ties are broken by id (creation order). */
export type ClaimOrder = {
  direction?: OrderDirection | null | undefined;
  field: ClaimOrderField;
};

export type ClaimOrderField =
  | 'FUND'
  | 'SETTLED_AT';

export type ClosePenaltyInput = {
  expectedVersion: number;
  id: string;
  reason?: string | null | undefined;
};

export type Comparator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

export type ComputeCreditGradeInput = {
  /** Platform admins only. */
  insurerId?: string | null | undefined;
  /** Global ID of the provider, physician or partner graded. */
  subjectId: string;
  subjectType: CreditSubjectType;
  year: number;
};

export type ConfirmRuleHitItem = {
  ruleHitId: string;
  /** Defaults to the amount the investigation established, else the amount flagged. */
  violatingAmountFen?: number | null | undefined;
};

export type ConfirmRuleHitsInput = {
  /** 1–100 hits awaiting handling. */
  items: Array<ConfirmRuleHitItem>;
  /** The handling decision; becomes each finding's description. */
  note: string;
  /** Defaults to the violation type of each hit's rule. */
  violationTypeId?: string | null | undefined;
};

/** 基金支付控制指标: a metric with its threshold and the measure a breach leads to. */
export type ControlIndicatorInput = {
  breachMeasure?: PenaltyMeasure | null | undefined;
  comparator: Comparator;
  metric: IndicatorMetric;
  threshold: string;
  unit: IndicatorUnit;
};

export type CreateApiClientInput = {
  /** Defaults to the caller’s insurer for insurer admins. */
  insurerId?: string | null | undefined;
  name: string;
  partnerId?: string | null | undefined;
  role: ApiClientRole;
};

export type CreateUserInput = {
  displayName: string;
  insurerId?: string | null | undefined;
  /** zh-CN (default) or en. */
  locale?: string | null | undefined;
  /** At least 12 characters; stored only as a scrypt hash. */
  password: string;
  providerId?: string | null | undefined;
  role: UserRole;
  username: string;
};

export type CreditBasis =
  | 'ADJUSTED'
  | 'COMPUTED'
  | 'MANUAL';

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

/** Ordering of CreditEvaluation lists; ties are broken by id (creation order). */
export type CreditEvaluationOrder = {
  direction?: OrderDirection | null | undefined;
  field: CreditEvaluationOrderField;
};

export type CreditEvaluationOrderField =
  | 'EVALUATED_AT'
  | 'GRADE'
  | 'SCORE'
  | 'YEAR';

export type CreditGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type CreditSubjectType =
  | 'PARTNER'
  | 'PHYSICIAN'
  | 'PROVIDER';

export type DecideAppealInput = {
  decision: AppealDecision;
  expectedVersion: number;
  penaltyId: string;
  reason: string;
  /** REDUCE only: the new, lower amount. */
  reducedAmountFen?: number | null | undefined;
};

export type DecideApplicationInput = {
  decision: ApplicationDecision;
  /** DESIGNATE: its end (default one year). */
  endsOn?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** REFUSE: the reason given to the applicant. */
  reason?: string | null | undefined;
  /** DESIGNATE: the draft agreement’s start (default today). */
  startsOn?: string | null | undefined;
  templateCode?: string | null | undefined;
  templateVersion?: string | null | undefined;
};

export type DeliveryOutcome =
  | 'DELIVERED'
  | 'RETURNED';

export type DeliveryStatus =
  | 'DELIVERED'
  | 'DISPATCHED'
  | 'RETURNED';

export type DesignationApplicationFilter = {
  insurerId?: string | null | undefined;
  kind?: Array<ProviderKind> | null | undefined;
  providerId?: string | null | undefined;
  /** Application number or applicant name. */
  search?: string | null | undefined;
  status?: Array<ApplicationStatus> | null | undefined;
};

/** Ordering of DesignationApplication lists; ties are broken by id (creation order). */
export type DesignationApplicationOrder = {
  direction?: OrderDirection | null | undefined;
  field: DesignationApplicationOrderField;
};

export type DesignationApplicationOrderField =
  | 'DECISION_DUE_ON'
  | 'NUMBER'
  | 'STATUS'
  | 'SUBMITTED_AT';

export type DisableApiClientInput = {
  id: string;
  /** Why (kept in the audit event), up to 500 characters. */
  reason?: string | null | undefined;
};

export type DisableUserInput = {
  id: string;
  /** Why (kept in the audit event), up to 500 characters. */
  reason?: string | null | undefined;
};

export type DisclosureKind =
  | 'BLACKLISTED_PROVIDER'
  | 'TYPICAL_CASE';

export type DispatchHealthAuthorityNoticeInput = {
  documentRef: string;
  penaltyId: string;
  recipient: string;
};

export type DocumentKind =
  | 'HEALTH_AUTHORITY_NOTICE';

export type DraftAgreementInput = {
  changeNote?: string | null | undefined;
  clauses?: Array<AgreementClauseInput> | null | undefined;
  endsOn: string;
  /** Partner agreements: the work entrusted. */
  entrustedWork?: Array<EntrustedWork> | null | undefined;
  family: AgreementFamily;
  indicators?: Array<ControlIndicatorInput> | null | undefined;
  /** Platform admins only; agency staff draft for their insurer. */
  insurerId?: string | null | undefined;
  kind: AgreementKind;
  /** Agreement number, unique within the insurer; generated when omitted. */
  number?: string | null | undefined;
  /** Partner agreements. */
  partnerId?: string | null | undefined;
  /** Service agreements. */
  providerId?: string | null | undefined;
  reason?: string | null | undefined;
  startsOn: string;
  templateCode: string;
  templateVersion: string;
};

export type DraftAgreementTemplateInput = {
  changeNote?: string | null | undefined;
  clauses?: Array<TemplateClauseInput> | null | undefined;
  /** Template family code, e.g. MAS-HOSPITAL; versions are numbered under it. */
  code: string;
  effectiveFrom: string;
  indicators?: Array<TemplateIndicatorInput> | null | undefined;
  /** Platform admins only. */
  insurerId?: string | null | undefined;
  kind: AgreementKind;
  titleEn: string;
  titleZh: string;
};

export type DrugCategory =
  | 'HERBAL'
  | 'OTHER'
  | 'PATENT_CHINESE'
  | 'WESTERN';

export type EnableApiClientInput = {
  id: string;
  /** Why (kept in the audit event), up to 500 characters. */
  reason?: string | null | undefined;
};

export type EnableUserInput = {
  id: string;
  /** Why (kept in the audit event), up to 500 characters. */
  reason?: string | null | undefined;
};

export type EntrustedWork =
  | 'AD_HOC_REIMBURSEMENT_REVIEW'
  | 'CASE_RECORD_REVIEW'
  | 'CROSS_REGION_AUDIT'
  | 'ROUTINE_ADMINISTRATION'
  | 'SITE_PATROL'
  | 'SMART_MONITORING'
  | 'TRAUMA_INVESTIGATION';

export type EvaluateApplicationInput = {
  expectedVersion: number;
  id: string;
  scores: Array<AdmissionScoreInput>;
};

/** A reference to evidence kept elsewhere (archive number, document id); never the content. */
export type EvidenceInput = {
  /** e.g. PHOTO, MEDICAL_RECORD, SETTLEMENT_RECORD, INTERVIEW, DOCUMENT */
  kind: string;
  note?: string | null | undefined;
  ref: string;
};

export type ExecutePenaltyInput = {
  effectiveFrom?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Money measures; defaults to the full amount. */
  recoveredAmountFen?: number | null | undefined;
};

export type FileAppealInput = {
  expectedVersion?: number | null | undefined;
  grounds: string;
  kind: AppealKind;
  penaltyId: string;
};

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

export type ImportMonthlyReportCsvInput = {
  /** UTF-8 CSV with the header drugCode,drugName,maker,channel,category,unitPriceFen,quantity. */
  csv: string;
  period: string;
  providerId?: string | null | undefined;
};

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

/** 险种 */
export type InsuranceType =
  | 'EMPLOYEE'
  | 'MATERNITY'
  | 'RESIDENT'
  | 'WORK_INJURY';

export type InsuredPersonFilter = {
  /** Exact ID number (no partial search on personal identifiers); FORBIDDEN for roles that see ID numbers masked. */
  idNumber?: string | null | undefined;
  insurerId?: string | null | undefined;
  /** Name contains, or the exact ID number (a picker on a penalty form); FORBIDDEN for roles that see names and ID numbers masked, as a search would confirm a guessed one. */
  search?: string | null | undefined;
  /** true: direct settlement suspended and not yet restored (a term that has run still needs the written request and pledge). */
  settlementSuspended?: boolean | null | undefined;
};

/** Ordering of InsuredPerson lists; ties are broken by id (creation order). */
export type InsuredPersonOrder = {
  direction?: OrderDirection | null | undefined;
  field: InsuredPersonOrderField;
};

export type InsuredPersonOrderField =
  | 'CREATED_AT';

/** What an insured person's settlement suspension refuses: ALL_DIRECT_SETTLEMENT every direct settlement (暂停医保直接结算); CHRONIC_PHARMACY only chronic-disease (门诊规定病种) settlements at designated pharmacies, the person still treated at the chosen hospital. */
export type InsuredSuspensionScope =
  | 'ALL_DIRECT_SETTLEMENT'
  | 'CHRONIC_PHARMACY';

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

/** Ordering of Insurer lists; ties are broken by id (creation order). */
export type InsurerOrder = {
  direction?: OrderDirection | null | undefined;
  field: InsurerOrderField;
};

export type InsurerOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME_ZH'
  | 'REGION_CODE';

export type InterceptionFilter = {
  /** Settlement month, YYYY-MM (as the monthly report counts it). */
  month?: string | null | undefined;
  providerId?: string | null | undefined;
  /** Settlement id. */
  search?: string | null | undefined;
};

/** Ordering of Interception lists; ties are broken by id (creation order). */
export type InterceptionOrder = {
  direction?: OrderDirection | null | undefined;
  field: InterceptionOrderField;
};

export type InterceptionOrderField =
  | 'AT'
  | 'FUND';

export type InvestigateRuleHitInput = {
  /** The investigation result. */
  note: string;
  ruleHitId: string;
  /** The violating amount established (at most the amount flagged). */
  violatingAmountFen?: number | null | undefined;
};

export type IssueApiKeyInput = {
  apiClientId: string;
  /** Recommended; at most about 3 years ahead. */
  expiresAt?: string | null | undefined;
  label?: string | null | undefined;
};

export type IssuePenaltyInput = {
  clauseRef?: string | null | undefined;
  expectedVersion: number;
  id: string;
  legalBasis?: string | null | undefined;
  /** A rectification only: a new deadline (after the day of issue), when the proposed one has passed. */
  rectificationDueOn?: string | null | undefined;
};

/** 判定等级 */
export type JudgementLevel =
  | 'CERTAIN'
  | 'HIGHLY_SUSPECTED'
  | 'SUSPECTED';

export type KnowledgeEntryFilter = {
  batch?: string | null | undefined;
  kind?: Array<KnowledgeKind> | null | undefined;
  /** true: only national entries; false: only insurers' own. */
  national?: boolean | null | undefined;
  /** Catalogue code or name. */
  search?: string | null | undefined;
};

/** 知识库条目类别 */
export type KnowledgeKind =
  | 'CATEGORY_DIAGNOSIS'
  | 'CHILD_ONLY'
  | 'CHRONIC_VALIDITY'
  | 'INDICATION'
  | 'INSURANCE_TYPE_RESTRICTION'
  | 'NOT_COVERED'
  | 'PAYMENT_STANDARD'
  | 'QUANTITY_LIMIT'
  | 'SEX_RESTRICTION'
  | 'SURGERY_DISCOUNT';

export type LadderStepInput = {
  /** Suspensions: planned length. */
  durationMonths?: number | null | undefined;
  measure: PenaltyMeasure;
  multiple?: string | null | undefined;
};

export type LiftBillingSuspensionInput = {
  note?: string | null | undefined;
  physicianId: string;
  pledgeDocumentRef: string;
  requestDocumentRef: string;
};

export type LiftSettlementSuspensionInput = {
  insuredPersonId: string;
  note?: string | null | undefined;
  /** The pledge (承诺书). */
  pledgeDocumentRef: string;
  /** The written request (书面申请). */
  requestDocumentRef: string;
};

export type LoginInput = {
  password: string;
  username: string;
};

export type MonthlyReportFilter = {
  insurerId?: string | null | undefined;
  late?: boolean | null | undefined;
  period?: string | null | undefined;
  providerId?: string | null | undefined;
};

/** Ordering of MonthlyReport lists; ties are broken by id (creation order). */
export type MonthlyReportOrder = {
  direction?: OrderDirection | null | undefined;
  field: MonthlyReportOrderField;
};

export type MonthlyReportOrderField =
  | 'PERIOD'
  | 'SUBMITTED_AT';

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

/** Ordering of Partner lists; ties are broken by id (creation order). */
export type PartnerOrder = {
  direction?: OrderDirection | null | undefined;
  field: PartnerOrderField;
};

export type PartnerOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'KIND'
  | 'NAME_ZH';

export type PartnerStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'TERMINATED';

export type PayTipOffRewardInput = {
  expectedVersion: number;
  id: string;
  paymentRef: string;
};

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

export type PenaltyLadderInput = {
  steps: Array<LadderStepInput>;
  windowMonths: number;
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

export type PharmacyClass =
  | 'A'
  | 'B';

export type PhysicianFilter = {
  primaryProviderId?: string | null | undefined;
  profession?: Array<PractitionerProfession> | null | undefined;
  /** Practises at this provider (any site). */
  providerId?: string | null | undefined;
  /** Code, name (zh/en) or licence number. */
  search?: string | null | undefined;
  status?: Array<PractitionerStatus> | null | undefined;
};

/** Ordering of Physician lists; ties are broken by id (creation order). */
export type PhysicianOrder = {
  direction?: OrderDirection | null | undefined;
  field: PhysicianOrderField;
};

export type PhysicianOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME_ZH'
  | 'STATUS';

export type PractitionerProfession =
  | 'NURSE'
  | 'PHARMACIST'
  | 'PHYSICIAN'
  | 'TECHNICIAN';

export type PractitionerStatus =
  | 'ACTIVE'
  | 'BILLING_SUSPENDED'
  | 'RETIRED';

export type ProposePenaltyInput = {
  clauseRef?: string | null | undefined;
  /** PHYSICIAN_BILLING_SUSPENSION 12–60; INSURED_SETTLEMENT_SUSPENSION 1–12 (default 12). */
  durationMonths?: number | null | undefined;
  findingId: string;
  insuredPersonId?: string | null | undefined;
  /** INSURED_SETTLEMENT_SUSPENSION only (BAD_USER_INPUT on any other measure): ALL_DIRECT_SETTLEMENT (default) refuses every claim of the person; CHRONIC_PHARMACY only chronic-disease settlements at designated pharmacies (S2: 暂停门诊规定病种定点药店结算). */
  insuredSuspensionScope?: InsuredSuspensionScope | null | undefined;
  legalBasis: string;
  measure: PenaltyMeasure;
  /** DEDUCTION / LIQUIDATED_DAMAGES 1–5×, ADMINISTRATIVE_FINE_REFERRAL 2–5×. */
  multiple?: string | null | undefined;
  notes?: string | null | undefined;
  physicianId?: string | null | undefined;
  rectificationDueOn?: string | null | undefined;
};

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

/** Ordering of Provider lists; ties are broken by id (creation order). */
export type ProviderOrder = {
  direction?: OrderDirection | null | undefined;
  field: ProviderOrderField;
};

export type ProviderOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'REGION_CODE'
  | 'STATUS';

export type ProviderStatus =
  | 'ACTIVE'
  | 'APPLYING'
  | 'SUSPENDED'
  | 'TERMINATED';

export type PublishAgreementTemplateInput = {
  expectedVersion: number;
  id: string;
};

export type ReceiveTipOffInput = {
  channel: TipOffChannel;
  /** Platform admins only. */
  insurerId?: string | null | undefined;
  providerId?: string | null | undefined;
  reporterContact?: string | null | undefined;
  summary: string;
};

export type RecordDocumentDeliveryInput = {
  deliveryStatus: DeliveryOutcome;
  expectedVersion: number;
  id: string;
};

export type RecordFindingInput = {
  agreementId: string;
  description: string;
  evidence?: Array<EvidenceInput> | null | undefined;
  foundOn: string;
  insuredPersonId?: string | null | undefined;
  /** The finding's number, unique within the insurer; left out, the hub numbers it (FND-…). Agency staff only: a partner's findings are numbered by the hub. */
  number?: string | null | undefined;
  occurredFrom?: string | null | undefined;
  occurredTo?: string | null | undefined;
  /** The investigating partner, when agency staff record its result. */
  partnerId?: string | null | undefined;
  physicianId?: string | null | undefined;
  source: FindingSource;
  tipOffId?: string | null | undefined;
  /** 违规金额 in fen (≥ 0). */
  violatingAmountFen: number;
  violationTypeId: string;
};

export type RecordReferralOutcomeInput = {
  expectedVersion: number;
  id: string;
  note?: string | null | undefined;
  outcome: ReferralOutcomeChoice;
};

export type ReferCaseInput = {
  documentRef: string;
  kind: ReferralKind;
  penaltyId: string;
  receivingAuthority: string;
};

export type ReferralKind =
  | 'ADMINISTRATIVE'
  | 'JOINT_PUNISHMENT'
  | 'JUDICIAL';

export type ReferralOutcome =
  | 'ACCEPTED'
  | 'CONCLUDED'
  | 'DECLINED'
  | 'PENDING';

export type ReferralOutcomeChoice =
  | 'ACCEPTED'
  | 'CONCLUDED'
  | 'DECLINED';

export type RegisterPhysicianInput = {
  /** 医保医师代码: D and 9 to 14 digits, unique nationally. */
  code: string;
  /** 18-character resident ID number (GB 11643, check character verified). */
  idNumber: string;
  licenceNumber: string;
  nameEn: string;
  nameZh: string;
  /** The provider of the primary practice site. */
  primaryProviderId: string;
  profession: PractitionerProfession;
};

export type RenewAgreementInput = {
  expectedVersion: number;
  id: string;
  /** Number of the new agreement, unique within the insurer; generated when omitted. */
  number?: string | null | undefined;
  reason?: string | null | undefined;
};

export type ReplayStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type ResumeAgreementInput = {
  expectedVersion: number;
  id: string;
  reason: string;
};

export type RevokeApiKeyInput = {
  id: string;
};

export type RewardKind =
  | 'COMMENDATION'
  | 'MONETARY';

export type Role =
  | 'INSURER_ADMIN'
  | 'INSURER_AUDITOR'
  | 'INSURER_VIEWER'
  | 'INTEGRATOR'
  | 'PARTNER'
  | 'PLATFORM_ADMIN'
  | 'PROVIDER_STAFF';

export type RotateApiKeyInput = {
  expiresAt?: string | null | undefined;
  /** How long the old key keeps working (0, the default, revokes it now). */
  graceMinutes?: number | null | undefined;
  id: string;
};

export type RuleHitAction =
  | 'ANSWER'
  | 'CONFIRM'
  | 'DISMISS'
  | 'INVESTIGATE'
  | 'REEXAMINE'
  | 'REVIEW';

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

/** Ordering of RuleHit lists; ties are broken by id (creation order). */
export type RuleHitOrder = {
  direction?: OrderDirection | null | undefined;
  field: RuleHitOrderField;
};

export type RuleHitOrderField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'OCCURRED_AT';

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

export type RuleHitStepInput = {
  /** The opinion, statement or reason (up to 5,000 characters). */
  note: string;
  ruleHitId: string;
};

export type RuleKind =
  | 'SUSPICIOUS'
  | 'VIOLATION';

export type RuleStage =
  | 'AFTER'
  | 'BEFORE'
  | 'DURING';

export type SanctionEndReason =
  | 'EARLY_ON_REQUEST'
  | 'TERM_ENDED';

export type SanctionKind =
  | 'INSURED_SETTLEMENT_SUSPENSION'
  | 'PHYSICIAN_BILLING_SUSPENSION';

export type ScreeningRunIdInput = {
  id: string;
};

export type ScreeningRunStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** 结算类别 */
export type SettlementCategory =
  | 'CHRONIC_DISEASE'
  | 'GENERAL_OUTPATIENT'
  | 'INPATIENT'
  | 'MATERNITY'
  | 'PHARMACY_PURCHASE'
  | 'WORK_INJURY';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SignAgreementInput = {
  expectedVersion: number;
  id: string;
  reason?: string | null | undefined;
};

export type StartResigningCampaignInput = {
  /** Providers left on their current terms. */
  exceptProviderIds?: Array<string> | null | undefined;
  /** A PUBLISHED template version. */
  templateId: string;
};

export type StartScreeningRunInput = {
  /** YYYY-MM */
  fromMonth: string;
  insurerId?: string | null | undefined;
  /** AuditRule global IDs; default every active after-settlement rule. */
  ruleIds?: Array<string> | null | undefined;
  /** YYYY-MM */
  toMonth: string;
};

export type StartWhatIfReplayInput = {
  /** Platform admins only, without a template. */
  insurerId?: string | null | undefined;
  /** First day of the first settlement month. */
  periodFrom: string;
  /** First day of the last settlement month. */
  periodTo: string;
  ruleParameters?: Array<WhatIfRuleParametersInput> | null | undefined;
  templateId?: string | null | undefined;
};

export type SuspendAgreementInput = {
  /** Defaults to today. Not in the future, not before the term began or the last suspension or resumption. */
  effectiveOn?: string | null | undefined;
  expectedVersion: number;
  id: string;
  reason: string;
  /** AGREEMENT (暂停协议) or REAL_TIME_SETTLEMENT (暂停结算). */
  scope: SuspensionScope;
};

export type SuspensionScope =
  | 'AGREEMENT'
  | 'REAL_TIME_SETTLEMENT';

export type TemplateClauseInput = {
  bodyEn: string;
  bodyZh: string;
  clauseNo: string;
  indicatorMetrics?: Array<IndicatorMetric> | null | undefined;
  ladder?: PenaltyLadderInput | null | undefined;
  ruleCodes?: Array<string> | null | undefined;
  titleEn: string;
  titleZh: string;
};

export type TemplateIndicatorInput = {
  breachMeasure?: PenaltyMeasure | null | undefined;
  comparator: Comparator;
  metric: IndicatorMetric;
  threshold: string;
  unit: IndicatorUnit;
};

export type TemplateStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type TerminateAgreementInput = {
  /** Defaults to today; the 3-year re-application ban counts from it. Not in the future, not before the term began or the last suspension or resumption. */
  effectiveOn?: string | null | undefined;
  expectedVersion: number;
  id: string;
  reason: string;
};

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

/** Ordering of TipOff lists; ties are broken by id (creation order). */
export type TipOffOrder = {
  direction?: OrderDirection | null | undefined;
  field: TipOffOrderField;
};

export type TipOffOrderField =
  | 'NUMBER'
  | 'RECEIVED_AT'
  | 'STATUS';

export type TipOffOutcome =
  | 'UNFOUNDED'
  | 'VERIFIED';

export type TipOffStatus =
  | 'INVESTIGATING'
  | 'RECEIVED'
  | 'REWARDED'
  | 'REWARD_APPROVED'
  | 'UNFOUNDED'
  | 'VERIFIED';

export type TipOffStepInput = {
  expectedVersion: number;
  id: string;
  /** The reward approved: at most the maximum computed at verification (不高于1%), at least 0.01 yuan; omitted: that maximum. None for a commendation. */
  rewardFen?: number | null | undefined;
};

export type TuneRuleInput = {
  active?: boolean | null | undefined;
  /** Only a violation rule may block. */
  blocking?: boolean | null | undefined;
  /** The version you tuned (STALE_VERSION if it changed since). */
  expectedVersion?: number | null | undefined;
  judgementLevel?: JudgementLevel | null | undefined;
  /** Why (kept with the version). */
  note?: string | null | undefined;
  /** Parameters to set (see parameterSchema); a parameter set to null returns to its default. */
  parameters?: unknown;
  ruleId: string;
};

export type UpdateAgreementTemplateInput = {
  changeNote?: string | null | undefined;
  /** Replaces all clauses. */
  clauses?: Array<TemplateClauseInput> | null | undefined;
  effectiveFrom?: string | null | undefined;
  expectedVersion: number;
  id: string;
  /** Replaces all indicators. */
  indicators?: Array<TemplateIndicatorInput> | null | undefined;
  titleEn?: string | null | undefined;
  titleZh?: string | null | undefined;
};

/** Omitted fields stay as they are; clauses and indicators, when given, replace the lists. */
export type UpdateDraftAgreementInput = {
  changeNote?: string | null | undefined;
  clauses?: Array<AgreementClauseInput> | null | undefined;
  endsOn?: string | null | undefined;
  entrustedWork?: Array<EntrustedWork> | null | undefined;
  expectedVersion: number;
  id: string;
  indicators?: Array<ControlIndicatorInput> | null | undefined;
  /** Within the draft's family. */
  kind?: AgreementKind | null | undefined;
  /** Partner agreements. */
  partnerId?: string | null | undefined;
  /** Service agreements. */
  providerId?: string | null | undefined;
  startsOn?: string | null | undefined;
  templateCode?: string | null | undefined;
  templateVersion?: string | null | undefined;
};

export type UpdatePartnerInput = {
  expectedVersion: number;
  id: string;
  kind?: PartnerKind | null | undefined;
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
};

export type UpdatePhysicianInput = {
  expectedVersion: number;
  id: string;
  licenceNumber?: string | null | undefined;
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
  profession?: PractitionerProfession | null | undefined;
};

export type UpdateProviderInput = {
  /** null clears it. */
  address?: string | null | undefined;
  expectedVersion: number;
  /** null clears it. */
  hospitalGrade?: HospitalGrade | null | undefined;
  id: string;
  licenceScope?: Array<string> | null | undefined;
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
  ownership?: Ownership | null | undefined;
  /** null clears it. */
  pharmacyClass?: PharmacyClass | null | undefined;
  /** 6-digit administrative region code. */
  regionCode?: string | null | undefined;
};

export type UpdateReviewDeadlinesInput = {
  handlingDays: number;
  initialReviewDays: number;
  /** Platform admins only. */
  insurerId?: string | null | undefined;
  investigationDays: number;
  reexaminationDays: number;
  statementDays: number;
};

/** Roles a person logs in with (machine identities are API clients). */
export type UserRole =
  | 'INSURER_ADMIN'
  | 'INSURER_AUDITOR'
  | 'INSURER_VIEWER'
  | 'PLATFORM_ADMIN'
  | 'PROVIDER_STAFF';

export type VerifyTipOffInput = {
  expectedVersion: number;
  id: string;
  outcome: TipOffOutcome;
  /** VERIFIED only: 查实欺诈骗保金额. */
  verifiedAmountFen?: number | null | undefined;
};

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

/** 就诊类型 */
export type VisitType =
  | 'CHRONIC_OUTPATIENT'
  | 'INPATIENT'
  | 'OUTPATIENT'
  | 'PHARMACY';

export type WhatIfRuleParametersInput = {
  /** Parameter name → draft value. */
  parameters: unknown;
  ruleCode: string;
};

export type WithdrawApplicationInput = {
  expectedVersion: number;
  id: string;
  reason?: string | null | undefined;
};

export type AdminDashboardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AdminDashboardQuery = { __typename: 'Query', dashboard: { __typename: 'Dashboard', penaltiesByMonth: Array<{ __typename: 'DashboardPenaltyMonth', month: string, penalisedFen: number, recoveredFen: number, count: number }>, penaltiesByViolation: Array<{ __typename: 'DashboardPenaltyViolation', violationTypeId: string, code: string, nameZh: string, nameEn: string, penalisedFen: number, recoveredFen: number, count: number }>, violatingShare: Array<{ __typename: 'DashboardViolatingShare', month: string, insurerId: string, nameZh: string, nameEn: string, settledFundFen: number, flaggedFen: number, share: number }>, agreementsByStatus: Array<{ __typename: 'DashboardStatusCount', status: AgreementStatus, count: number }> }, agreementsExpiringSoon: { __typename: 'AgreementConnection', totalCount: number, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, kind: AgreementKind, status: AgreementStatus, endsOn: string, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } }> } };

export type AdminMonitoringReportQueryVariables = Exact<{
  month: string;
  insurerId?: string | null | undefined;
}>;


export type AdminMonitoringReportQuery = { __typename: 'Query', monitoringReport: { __typename: 'MonitoringReport', month: string, settledClaims: number, settledFundFen: number, violatingShare: number, confirmedShare: number, reminders: { __typename: 'MonitoringCount', count: number, amountFen: number }, interceptions: { __typename: 'MonitoringCount', count: number, amountFen: number, fundFen: number | null }, flagged: { __typename: 'MonitoringCount', count: number, amountFen: number }, refusals: { __typename: 'MonitoringCount', count: number, amountFen: number }, byRule: Array<{ __typename: 'MonitoringRuleRow', ruleCode: string, nameZh: string, nameEn: string, hits: number, amountFen: number }>, byProvider: Array<{ __typename: 'MonitoringProviderRow', providerId: string, nameZh: string, nameEn: string, hits: number, amountFen: number }> } };

export type AdminReportInsurersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminReportInsurersQuery = { __typename: 'Query', insurers: { __typename: 'InsurerConnection', edges: Array<{ __typename: 'InsurerEdge', node: { __typename: 'Insurer', id: string, code: string, nameZh: string, nameEn: string } }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', name: string, role: Role, actorType: string, insurerId: string | null, providerId: string | null, capabilities: Array<string> } | null };

export type AdminLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AdminLoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', csrfToken: string } };

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', ended: boolean } };

export type DraftAgreementTemplateMutationVariables = Exact<{
  input: DraftAgreementTemplateInput;
}>;


export type DraftAgreementTemplateMutation = { __typename: 'Mutation', draftAgreementTemplate: { __typename: 'AgreementTemplatePayload', auditSeq: string, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string } } };

export type UpdateAgreementTemplateMutationVariables = Exact<{
  input: UpdateAgreementTemplateInput;
}>;


export type UpdateAgreementTemplateMutation = { __typename: 'Mutation', updateAgreementTemplate: { __typename: 'AgreementTemplatePayload', auditSeq: string, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string } } };

export type PublishAgreementTemplateMutationVariables = Exact<{
  input: PublishAgreementTemplateInput;
}>;


export type PublishAgreementTemplateMutation = { __typename: 'Mutation', publishAgreementTemplate: { __typename: 'AgreementTemplatePayload', auditSeq: string, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string } } };

export type StartResigningCampaignMutationVariables = Exact<{
  input: StartResigningCampaignInput;
}>;


export type StartResigningCampaignMutation = { __typename: 'Mutation', startResigningCampaign: { __typename: 'ResigningCampaignPayload', auditSeq: string, campaign: { __typename: 'ResigningCampaign', id: string, status: CampaignStatus, total: number } } };

export type StartWhatIfReplayMutationVariables = Exact<{
  input: StartWhatIfReplayInput;
}>;


export type StartWhatIfReplayMutation = { __typename: 'Mutation', startWhatIfReplay: { __typename: 'StartWhatIfReplayPayload', auditSeq: string, replay: { __typename: 'WhatIfReplay', id: string, status: ReplayStatus } } };

export type TemplateRowFragment = { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string };

export type TemplateListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgreementTemplateFilter | null | undefined;
  orderBy?: AgreementTemplateOrder | null | undefined;
}>;


export type TemplateListQuery = { __typename: 'Query', agreementTemplates: { __typename: 'AgreementTemplateConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'AgreementTemplateEdge', node: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string } }> } };

export type TemplateManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type TemplateManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type ReplaySideFragment = { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> };

export type ReplayFullFragment = { __typename: 'WhatIfReplay', id: string, status: ReplayStatus, periodFrom: string, periodTo: string, ruleParameters: unknown, error: string | null, createdAt: string, finishedAt: string | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, providers: Array<{ __typename: 'WhatIfProviderRow', provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number }, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number } }>, rules: Array<{ __typename: 'WhatIfRuleRow', ruleCode: string, baseline: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number }, candidate: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number } }> };

export type TemplateOneQueryVariables = Exact<{
  id: string;
}>;


export type TemplateOneQuery = { __typename: 'Query', agreementTemplate:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate', changeNote: string | null, id: string, code: string, versionNo: number, version: number, kind: AgreementKind, status: TemplateStatus, titleZh: string, titleEn: string, effectiveFrom: string, publishedAt: string | null, createdAt: string, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, clauses: Array<{ __typename: 'TemplateClause', clauseNo: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string, ruleCodes: Array<string>, indicatorMetrics: Array<IndicatorMetric>, ladder: { __typename: 'PenaltyLadder', windowMonths: number, steps: Array<{ __typename: 'LadderStep', measure: PenaltyMeasure, multiple: string | null, durationMonths: number | null }> } | null }>, indicators: Array<{ __typename: 'TemplateIndicator', metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit, breachMeasure: PenaltyMeasure | null }>, lastReplay: { __typename: 'WhatIfReplay', id: string, status: ReplayStatus, periodFrom: string, periodTo: string, ruleParameters: unknown, error: string | null, createdAt: string, finishedAt: string | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, providers: Array<{ __typename: 'WhatIfProviderRow', provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number }, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number } }>, rules: Array<{ __typename: 'WhatIfRuleRow', ruleCode: string, baseline: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number }, candidate: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number } }> } | null }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type WhatIfReplayOneQueryVariables = Exact<{
  id: string;
}>;


export type WhatIfReplayOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay', id: string, status: ReplayStatus, periodFrom: string, periodTo: string, ruleParameters: unknown, error: string | null, createdAt: string, finishedAt: string | null, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number } | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number, ladder: Array<{ __typename: 'WhatIfLadderCount', clauseNo: string, stepNo: number, measure: string, count: number, amountFen: number }> } | null, providers: Array<{ __typename: 'WhatIfProviderRow', provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, baseline: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number }, candidate: { __typename: 'WhatIfSide', hits: number, hitAmountFen: number, breaches: number } }>, rules: Array<{ __typename: 'WhatIfRuleRow', ruleCode: string, baseline: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number }, candidate: { __typename: 'WhatIfRuleSide', hits: number, amountFen: number } }> }
   | null };

export type TemplateReplaysQueryVariables = Exact<{
  templateId: string;
}>;


export type TemplateReplaysQuery = { __typename: 'Query', whatIfReplays: { __typename: 'WhatIfReplayConnection', totalCount: number, edges: Array<{ __typename: 'WhatIfReplayEdge', node: { __typename: 'WhatIfReplay', id: string, status: ReplayStatus, periodFrom: string, periodTo: string, createdAt: string } }> } };

export type AgreementIndicatorsQueryVariables = Exact<{
  agreementId: string;
  monthFrom: string;
}>;


export type AgreementIndicatorsQuery = { __typename: 'Query', indicatorMeasurements: { __typename: 'IndicatorMeasurementConnection', totalCount: number, edges: Array<{ __typename: 'IndicatorMeasurementEdge', node: { __typename: 'IndicatorMeasurement', id: string, metric: IndicatorMetric, month: string, value: string | null, threshold: string | null, comparator: Comparator | null, breached: boolean, partial: boolean } }> } };

export type DraftAgreementMutationVariables = Exact<{
  input: DraftAgreementInput;
}>;


export type DraftAgreementMutation = { __typename: 'Mutation', draftAgreement: { __typename: 'DraftAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { __typename: 'Mutation', signAgreement: { __typename: 'SignAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type AmendAgreementMutationVariables = Exact<{
  input: AmendAgreementInput;
}>;


export type AmendAgreementMutation = { __typename: 'Mutation', amendAgreement: { __typename: 'AmendAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type SuspendAgreementMutationVariables = Exact<{
  input: SuspendAgreementInput;
}>;


export type SuspendAgreementMutation = { __typename: 'Mutation', suspendAgreement: { __typename: 'SuspendAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type ResumeAgreementMutationVariables = Exact<{
  input: ResumeAgreementInput;
}>;


export type ResumeAgreementMutation = { __typename: 'Mutation', resumeAgreement: { __typename: 'ResumeAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type TerminateAgreementMutationVariables = Exact<{
  input: TerminateAgreementInput;
}>;


export type TerminateAgreementMutation = { __typename: 'Mutation', terminateAgreement: { __typename: 'TerminateAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type RenewAgreementMutationVariables = Exact<{
  input: RenewAgreementInput;
}>;


export type RenewAgreementMutation = { __typename: 'Mutation', renewAgreement: { __typename: 'RenewAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type UpdateDraftAgreementMutationVariables = Exact<{
  input: UpdateDraftAgreementInput;
}>;


export type UpdateDraftAgreementMutation = { __typename: 'Mutation', updateDraftAgreement: { __typename: 'UpdateDraftAgreementPayload', auditSeq: string, agreement: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } } };

export type AgreementRowFragment = { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null };

export type AgreementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgreementFilter | null | undefined;
  orderBy?: AgreementOrder | null | undefined;
}>;


export type AgreementListQuery = { __typename: 'Query', agreements: { __typename: 'AgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } }> } };

export type AgreementManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type AgreementManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement', id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type AgreementTermsFragment = { __typename: 'AgreementVersion', id: string, versionNo: number, templateCode: string, templateVersion: string, changeNote: string | null, effectiveFrom: string, createdAt: string, clauses: { __typename: 'AgreementClauseConnection', totalCount: number, edges: Array<{ __typename: 'AgreementClauseEdge', node: { __typename: 'AgreementClause', id: string, clauseNo: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string } }> }, indicators: { __typename: 'ControlIndicatorConnection', totalCount: number, edges: Array<{ __typename: 'ControlIndicatorEdge', node: { __typename: 'ControlIndicator', id: string, metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit, breachMeasure: PenaltyMeasure | null } }> } };

export type AgreementOneQueryVariables = Exact<{
  id: string;
}>;


export type AgreementOneQuery = { __typename: 'Query', agreement: { __typename: 'Agreement', entrustedWork: Array<EntrustedWork>, signedAt: string | null, terminatedAt: string | null, createdAt: string, updatedAt: string, id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, renewedFrom: { __typename: 'Agreement', id: string, number: string } | null, renewedBy: { __typename: 'Agreement', id: string, number: string } | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string, code: string, status: ProviderStatus, reapplicationBannedUntil: string | null } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string, code: string } | null, currentVersion: { __typename: 'AgreementVersion', id: string, versionNo: number, templateCode: string, templateVersion: string, effectiveFrom: string } | null, versions: { __typename: 'AgreementVersionConnection', totalCount: number, edges: Array<{ __typename: 'AgreementVersionEdge', node: { __typename: 'AgreementVersion', id: string, versionNo: number, templateCode: string, templateVersion: string, changeNote: string | null, effectiveFrom: string, createdAt: string } }> }, transitions: { __typename: 'AgreementTransitionConnection', totalCount: number, edges: Array<{ __typename: 'AgreementTransitionEdge', node: { __typename: 'AgreementTransition', id: string, action: AgreementAction, fromStatus: AgreementStatus | null, toStatus: AgreementStatus, reason: string, effectiveOn: string, actorType: ActorType, actorId: string, actorName: string | null, occurredAt: string } }> }, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } | null };

export type AgreementVersionTermsQueryVariables = Exact<{
  id: string;
}>;


export type AgreementVersionTermsQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion', id: string, versionNo: number, templateCode: string, templateVersion: string, changeNote: string | null, effectiveFrom: string, createdAt: string, clauses: { __typename: 'AgreementClauseConnection', totalCount: number, edges: Array<{ __typename: 'AgreementClauseEdge', node: { __typename: 'AgreementClause', id: string, clauseNo: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string } }> }, indicators: { __typename: 'ControlIndicatorConnection', totalCount: number, edges: Array<{ __typename: 'ControlIndicatorEdge', node: { __typename: 'ControlIndicator', id: string, metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit, breachMeasure: PenaltyMeasure | null } }> } }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type AgreementEditOneQueryVariables = Exact<{
  id: string;
}>;


export type AgreementEditOneQuery = { __typename: 'Query', agreement: { __typename: 'Agreement', entrustedWork: Array<EntrustedWork>, id: string, number: string, family: AgreementFamily, kind: AgreementKind, status: AgreementStatus, suspensionScope: SuspensionScope | null, startsOn: string, endsOn: string, version: number, currentVersionNo: number, currentVersion: { __typename: 'AgreementVersion', id: string, versionNo: number, templateCode: string, templateVersion: string, changeNote: string | null, effectiveFrom: string, createdAt: string, clauses: { __typename: 'AgreementClauseConnection', totalCount: number, edges: Array<{ __typename: 'AgreementClauseEdge', node: { __typename: 'AgreementClause', id: string, clauseNo: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string } }> }, indicators: { __typename: 'ControlIndicatorConnection', totalCount: number, edges: Array<{ __typename: 'ControlIndicatorEdge', node: { __typename: 'ControlIndicator', id: string, metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit, breachMeasure: PenaltyMeasure | null } }> } } | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null } | null };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { __typename: 'Mutation', createApiClient: { __typename: 'CreateApiClientPayload', auditSeq: string, apiClient: { __typename: 'ApiClient', id: string, name: string, role: Role } } };

export type IssueApiKeyMutationVariables = Exact<{
  input: IssueApiKeyInput;
}>;


export type IssueApiKeyMutation = { __typename: 'Mutation', issueApiKey: { __typename: 'IssueApiKeyPayload', key: string, auditSeq: string, apiKey: { __typename: 'ApiKey', id: string, prefix: string, label: string | null, expiresAt: string | null } } };

export type RotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type RotateApiKeyMutation = { __typename: 'Mutation', rotateApiKey: { __typename: 'RotateApiKeyPayload', key: string, auditSeq: string, apiKey: { __typename: 'ApiKey', id: string, prefix: string, label: string | null, expiresAt: string | null }, previous: { __typename: 'ApiKey', id: string, prefix: string, revokedAt: string | null, expiresAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'RevokeApiKeyPayload', auditSeq: string, apiKey: { __typename: 'ApiKey', id: string, prefix: string, revokedAt: string | null, active: boolean } } };

export type DisableApiClientMutationVariables = Exact<{
  input: DisableApiClientInput;
}>;


export type DisableApiClientMutation = { __typename: 'Mutation', disableApiClient: { __typename: 'DisableApiClientPayload', auditSeq: string, apiClient: { __typename: 'ApiClient', id: string, disabledAt: string | null } } };

export type EnableApiClientMutationVariables = Exact<{
  input: EnableApiClientInput;
}>;


export type EnableApiClientMutation = { __typename: 'Mutation', enableApiClient: { __typename: 'EnableApiClientPayload', auditSeq: string, apiClient: { __typename: 'ApiClient', id: string, disabledAt: string | null } } };

export type ApiClientListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiClientListQuery = { __typename: 'Query', apiClients: { __typename: 'ApiClientConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ApiClientEdge', node: { __typename: 'ApiClient', id: string, name: string, role: Role, createdAt: string, disabledAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null, keyCount: { __typename: 'ApiKeyConnection', totalCount: number } } }> } };

export type ApiClientOneQueryVariables = Exact<{
  id: string;
}>;


export type ApiClientOneQuery = { __typename: 'Query', apiClient:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient', id: string, name: string, role: Role, createdAt: string, disabledAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null, keys: { __typename: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename: 'ApiKeyEdge', node: { __typename: 'ApiKey', id: string, prefix: string, label: string | null, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, active: boolean } }> } }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ApiClientManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ApiClientManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient', id: string, name: string, role: Role }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type AuditEventRowFragment = { __typename: 'AuditEvent', id: string, seq: string, type: string, subject: string, entityType: string, entityId: string, time: string, actorType: ActorType, actorId: string, actorName: string | null, subjectName: string | null, requestId: string | null, data: unknown, hash: string };

export type AuditEventsLatestQueryVariables = Exact<{
  last?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  subject?: string | null | undefined;
  actor?: string | null | undefined;
}>;


export type AuditEventsLatestQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, seq: string, type: string, subject: string, entityType: string, entityId: string, time: string, actorType: ActorType, actorId: string, actorName: string | null, subjectName: string | null, requestId: string | null, data: unknown, hash: string } }> } };

export type AuditEventsLiveSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
  subject?: string | null | undefined;
}>;


export type AuditEventsLiveSubscription = { auditEvents:
    | { __typename: 'AuditEvent', id: string, seq: string, type: string, subject: string, entityType: string, entityId: string, time: string, actorType: ActorType, actorId: string, actorName: string | null, subjectName: string | null, requestId: string | null, data: unknown, hash: string }
    | { __typename: 'AuditHeartbeat', latestSeq: string, at: string }
   };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename: 'Query', verifyAuditChain: { __typename: 'AuditChainReport', ok: boolean, checkedCount: number, fromSeq: string, toSeq: string | null, lastHash: string | null, firstBroken: { __typename: 'AuditChainBreak', seq: string, problem: AuditChainProblem, message: string } | null } };

export type AuditEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditEventTypesQuery = { __typename: 'Query', auditEventTypes: Array<string> };

export type AuditRuleListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditRuleFilter | null | undefined;
  orderBy?: AuditRuleOrder | null | undefined;
}>;


export type AuditRuleListQuery = { __typename: 'Query', auditRules: { __typename: 'AuditRuleConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'AuditRuleEdge', node: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string, kind: RuleKind, stages: Array<RuleStage>, blocking: boolean, judgementLevel: JudgementLevel, entryCount: number, active: boolean, version: number } }> } };

export type AuditRuleOneQueryVariables = Exact<{
  id: string;
}>;


export type AuditRuleOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string, kind: RuleKind, stages: Array<RuleStage>, blocking: boolean, judgementLevel: JudgementLevel, parameters: unknown, parameterSchema: unknown, ruleKey: string | null, entryCount: number, active: boolean, version: number, createdAt: string, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string } | null, versions: Array<{ __typename: 'AuditRuleVersion', version: number, parameters: unknown, judgementLevel: JudgementLevel, blocking: boolean, active: boolean, note: string | null, actorName: string | null, createdAt: string }> }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type TuneRuleMutationVariables = Exact<{
  input: TuneRuleInput;
}>;


export type TuneRuleMutation = { __typename: 'Mutation', tuneRule: { __typename: 'TuneRulePayload', auditSeq: string | null, rule: { __typename: 'AuditRule', id: string, version: number, parameters: unknown, judgementLevel: JudgementLevel, blocking: boolean, active: boolean } } };

export type ClaimListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ClaimFilter | null | undefined;
  orderBy?: ClaimOrder | null | undefined;
}>;


export type ClaimListQuery = { __typename: 'Query', claims: { __typename: 'ClaimConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', id: string, settlementId: string, visitType: VisitType, insuranceType: InsuranceType, settledAt: string, totalFen: number, fundFen: number, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } } }> } };

export type ClaimOneQueryVariables = Exact<{
  id: string;
}>;


export type ClaimOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim', id: string, settlementId: string, visitType: VisitType, insuranceType: InsuranceType, settlementCategory: SettlementCategory, settledAt: string, settlementMonth: string, admittedOn: string | null, dischargedOn: string | null, diagnoses: Array<string>, totalFen: number, fundFen: number, accountFen: number, selfFen: number, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, lines: Array<{ __typename: 'ClaimLine', lineNo: number, catalogueCode: string, name: string, category: ClaimLineCategory, quantity: string, unitPriceFen: number, amountFen: number, daysSupply: number | null, servedOn: string }>, hits: Array<{ __typename: 'RuleHit', id: string, stage: RuleStage, status: RuleHitStatus, amountFen: number, detail: string | null, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string, kind: RuleKind } }> }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ComputeCreditGradeMutationVariables = Exact<{
  input: ComputeCreditGradeInput;
}>;


export type ComputeCreditGradeMutation = { __typename: 'Mutation', computeCreditGrade: { __typename: 'ComputeCreditGradePayload', auditSeq: string, evaluation: { __typename: 'CreditEvaluation', id: string, score: string, grade: CreditGrade, basis: CreditBasis, version: number } } };

export type AdjustCreditGradeMutationVariables = Exact<{
  input: AdjustCreditGradeInput;
}>;


export type AdjustCreditGradeMutation = { __typename: 'Mutation', adjustCreditGrade: { __typename: 'AdjustCreditGradePayload', auditSeq: string, evaluation: { __typename: 'CreditEvaluation', id: string, score: string, grade: CreditGrade, basis: CreditBasis, adjustmentReason: string | null, adjustedAt: string | null, version: number } } };

export type CreditEvaluationListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CreditEvaluationFilter | null | undefined;
  orderBy?: CreditEvaluationOrder | null | undefined;
}>;


export type CreditEvaluationListQuery = { __typename: 'Query', creditEvaluations: { __typename: 'CreditEvaluationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'CreditEvaluationEdge', node: { __typename: 'CreditEvaluation', id: string, subjectType: CreditSubjectType, year: number, score: string, grade: CreditGrade, basis: CreditBasis, blacklisted: boolean, evaluatedAt: string, version: number, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null, physician: { __typename: 'Physician', id: string, nameZh: string, nameEn: string } | null } }> } };

export type CreditEvaluationOneQueryVariables = Exact<{
  id: string;
}>;


export type CreditEvaluationOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation', id: string, subjectType: CreditSubjectType, year: number, score: string, grade: CreditGrade, basis: CreditBasis, blacklisted: boolean, evaluatedAt: string, computedScore: string | null, adjustmentReason: string | null, adjustedAt: string | null, version: number, deductions: Array<{ __typename: 'CreditDeduction', rule: string, ref: string, points: number, labelZh: string, labelEn: string }>, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, physician: { __typename: 'Physician', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string, agreements: { __typename: 'AgreementConnection', edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, assessments: { __typename: 'AssessmentConnection', edges: Array<{ __typename: 'AssessmentEdge', node: { __typename: 'Assessment', id: string, year: number, score: string, serviceFee: { __typename: 'PartnerServiceFee', baseFeeFen: number, factorBasisPoints: number, feeFen: number } | null } }> } } }> } } | null }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ApplyForDesignationMutationVariables = Exact<{
  input: ApplyForDesignationInput;
}>;


export type ApplyForDesignationMutation = { __typename: 'Mutation', applyForDesignation: { __typename: 'ApplyForDesignationPayload', auditSeq: string, application: { __typename: 'DesignationApplication', id: string, number: string, status: ApplicationStatus, version: number } } };

export type EvaluateApplicationMutationVariables = Exact<{
  input: EvaluateApplicationInput;
}>;


export type EvaluateApplicationMutation = { __typename: 'Mutation', evaluateApplication: { __typename: 'EvaluateApplicationPayload', auditSeq: string, application: { __typename: 'DesignationApplication', id: string, status: ApplicationStatus, totalScore: string | null, version: number } } };

export type DecideApplicationMutationVariables = Exact<{
  input: DecideApplicationInput;
}>;


export type DecideApplicationMutation = { __typename: 'Mutation', decideApplication: { __typename: 'DecideApplicationPayload', auditSeq: string, application: { __typename: 'DesignationApplication', id: string, status: ApplicationStatus, version: number } } };

export type WithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;


export type WithdrawApplicationMutation = { __typename: 'Mutation', withdrawApplication: { __typename: 'WithdrawApplicationPayload', auditSeq: string, application: { __typename: 'DesignationApplication', id: string, status: ApplicationStatus, withdrawnAt: string | null, version: number } } };

export type DesignationApplicationListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DesignationApplicationFilter | null | undefined;
  orderBy?: DesignationApplicationOrder | null | undefined;
}>;


export type DesignationApplicationListQuery = { __typename: 'Query', designationApplications: { __typename: 'DesignationApplicationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'DesignationApplicationEdge', node: { __typename: 'DesignationApplication', id: string, number: string, applicantNameZh: string, applicantNameEn: string, kind: ProviderKind, status: ApplicationStatus, submittedAt: string, decisionDueOn: string, totalScore: string | null, version: number } }> } };

export type DesignationApplicationOneQueryVariables = Exact<{
  id: string;
}>;


export type DesignationApplicationOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication', id: string, number: string, applicantNameZh: string, applicantNameEn: string, kind: ProviderKind, hospitalGrade: HospitalGrade | null, pharmacyClass: PharmacyClass | null, ownership: Ownership, licenceScope: Array<string>, regionCode: string, address: string | null, status: ApplicationStatus, submittedAt: string, withdrawnAt: string | null, evaluationDueOn: string, decisionDueOn: string, totalScore: string | null, refusalReason: string | null, version: number, materials: Array<{ __typename: 'ApplicationMaterial', title: string, ref: string }>, scoreItems: Array<{ __typename: 'ApplicationScoreItem', item: string, score: number, max: number, labelZh: string, labelEn: string, note: string | null }>, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, agreement: { __typename: 'Agreement', id: string, number: string, status: AgreementStatus } | null }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type RecordFindingMutation = { __typename: 'Mutation', recordFinding: { __typename: 'RecordFindingPayload', auditSeq: string, finding: { __typename: 'Finding', id: string, number: string, status: FindingStatus, source: FindingSource, foundOn: string, violatingAmountFen: number, version: number, description: string, agreement: { __typename: 'Agreement', id: string, number: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string, category: ViolationCategory } } } };

export type ViolationTypeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViolationTypeChoicesQuery = { __typename: 'Query', violationTypes: { __typename: 'ViolationTypeConnection', edges: Array<{ __typename: 'ViolationTypeEdge', node: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string } }> } };

export type FindingRowFragment = { __typename: 'Finding', id: string, number: string, status: FindingStatus, source: FindingSource, foundOn: string, violatingAmountFen: number, version: number, description: string, agreement: { __typename: 'Agreement', id: string, number: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string, category: ViolationCategory } };

export type FindingListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FindingFilter | null | undefined;
  orderBy?: FindingOrder | null | undefined;
}>;


export type FindingListQuery = { __typename: 'Query', findings: { __typename: 'FindingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'FindingEdge', node: { __typename: 'Finding', id: string, number: string, status: FindingStatus, source: FindingSource, foundOn: string, violatingAmountFen: number, version: number, description: string, agreement: { __typename: 'Agreement', id: string, number: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string, category: ViolationCategory } } }> } };

export type FindingOneQueryVariables = Exact<{
  id: string;
}>;


export type FindingOneQuery = { __typename: 'Query', finding: { __typename: 'Finding', evidence: unknown, occurredFrom: string | null, occurredTo: string | null, createdAt: string, updatedAt: string, id: string, number: string, status: FindingStatus, source: FindingSource, foundOn: string, violatingAmountFen: number, version: number, description: string, agreement: { __typename: 'Agreement', id: string, number: string, insurer: { __typename: 'Insurer', id: string } }, insuredPerson: { __typename: 'InsuredPerson', id: string, nameZh: string, idNumber: string } | null, physician: { __typename: 'Physician', id: string, nameZh: string, nameEn: string } | null, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null, penalties: { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus, amountFen: number | null, proposedAt: string } }> }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string, category: ViolationCategory } } | null };

export type FindingManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type FindingManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding', id: string, number: string, status: FindingStatus, source: FindingSource, foundOn: string, violatingAmountFen: number, version: number, description: string, agreement: { __typename: 'Agreement', id: string, number: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, violationType: { __typename: 'ViolationType', id: string, code: string, nameZh: string, nameEn: string, category: ViolationCategory } }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type InsurerListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InsurerFilter | null | undefined;
  orderBy?: InsurerOrder | null | undefined;
}>;


export type InsurerListQuery = { __typename: 'Query', insurers: { __typename: 'InsurerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'InsurerEdge', node: { __typename: 'Insurer', id: string, code: string, nameZh: string, nameEn: string, level: InsurerLevel, regionCode: string, regionZh: string, regionEn: string, version: number } }> } };

export type InsurerOneQueryVariables = Exact<{
  id: string;
}>;


export type InsurerOneQuery = { __typename: 'Query', insurer: { __typename: 'Insurer', id: string, code: string, nameZh: string, nameEn: string, level: InsurerLevel, regionCode: string, regionZh: string, regionEn: string, version: number, createdAt: string, updatedAt: string, agreements: { __typename: 'AgreementConnection', totalCount: number, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, kind: AgreementKind, status: AgreementStatus, endsOn: string } }> } } | null };

export type InsurerManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type InsurerManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer', id: string, code: string, nameZh: string, nameEn: string }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type InterceptionListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InterceptionFilter | null | undefined;
  orderBy?: InterceptionOrder | null | undefined;
}>;


export type InterceptionListQuery = { __typename: 'Query', interceptions: { __typename: 'InterceptionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'InterceptionEdge', node: { __typename: 'Interception', id: string, settlementId: string | null, settlementMonth: string, at: string, fundFen: number, hitAmountFen: number, ruleKeys: Array<string>, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } } }> } };

export type InterceptionOneQueryVariables = Exact<{
  id: string;
}>;


export type InterceptionOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception', id: string, settlementId: string | null, settlementMonth: string, at: string, fundFen: number, hitAmountFen: number, ruleKeys: Array<string>, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type KnowledgeEntryListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: KnowledgeEntryFilter | null | undefined;
}>;


export type KnowledgeEntryListQuery = { __typename: 'Query', knowledgeEntries: { __typename: 'KnowledgeEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'KnowledgeEntryEdge', node: { __typename: 'KnowledgeEntry', id: string, kind: KnowledgeKind, catalogueCode: string, nameZh: string, nameEn: string | null, batch: string | null, sex: Sex | null, maxAgeYears: number | null, insuranceTypes: Array<InsuranceType>, icd10Prefixes: Array<string>, priceFen: number | null, maxQuantity: string | null, maxDaysSupply: number | null, validityDays: number | null, maxUses: number | null, discountPercent: number | null, active: boolean, national: boolean, version: number } }> } };

export type KnowledgeEntryOneQueryVariables = Exact<{
  id: string;
}>;


export type KnowledgeEntryOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry', id: string, kind: KnowledgeKind, catalogueCode: string, nameZh: string, batch: string | null, active: boolean, version: number }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ImportMonthlyReportCsvMutationVariables = Exact<{
  input: ImportMonthlyReportCsvInput;
}>;


export type ImportMonthlyReportCsvMutation = { __typename: 'Mutation', importMonthlyReportCsv: { __typename: 'FileMonthlyReportPayload', replayed: boolean, auditSeq: string | null, report: { __typename: 'MonthlyReport', id: string, period: string } } };

export type MonthlyReportListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MonthlyReportFilter | null | undefined;
  orderBy?: MonthlyReportOrder | null | undefined;
}>;


export type MonthlyReportListQuery = { __typename: 'Query', monthlyReports: { __typename: 'MonthlyReportConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'MonthlyReportEdge', node: { __typename: 'MonthlyReport', id: string, period: string, dueOn: string, submittedAt: string, late: boolean, lineCount: number, totalFen: number, source: string, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } } }> } };

export type MonthlyReportOneQueryVariables = Exact<{
  id: string;
}>;


export type MonthlyReportOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport', id: string, period: string, dueOn: string, submittedAt: string, late: boolean, lineCount: number, totalFen: number, source: string, version: number, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, stockingRates: Array<{ __typename: 'StockingRate', category: string, listed: number, stocked: number, ratePercent: string, threshold: string | null, met: boolean | null }>, lines: Array<{ __typename: 'MonthlyReportLine', lineNo: number, drugCode: string, drugName: string, maker: string, channel: string, category: DrugCategory, unitPriceFen: number, quantity: number, amountFen: number }> }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type PartnerListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PartnerFilter | null | undefined;
  orderBy?: PartnerOrder | null | undefined;
}>;


export type PartnerListQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, code: string, nameZh: string, nameEn: string, kind: PartnerKind, unifiedSocialCreditCode: string, status: PartnerStatus, version: number } }> } };

export type PartnerOneQueryVariables = Exact<{
  id: string;
}>;


export type PartnerOneQuery = { __typename: 'Query', partner: { __typename: 'Partner', id: string, code: string, nameZh: string, nameEn: string, kind: PartnerKind, unifiedSocialCreditCode: string, status: PartnerStatus, version: number, createdAt: string, updatedAt: string, agreements: { __typename: 'AgreementConnection', totalCount: number, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, kind: AgreementKind, status: AgreementStatus, endsOn: string } }> } } | null };

export type PartnerManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PartnerManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner', id: string, code: string, nameZh: string, nameEn: string }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type UpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { __typename: 'Mutation', updatePartner: { __typename: 'UpdatePartnerPayload', auditSeq: string, partner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string, kind: PartnerKind, version: number } } };

export type ProposePenaltyMutationVariables = Exact<{
  input: ProposePenaltyInput;
}>;


export type ProposePenaltyMutation = { __typename: 'Mutation', proposePenalty: { __typename: 'ProposePenaltyPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type IssuePenaltyMutationVariables = Exact<{
  input: IssuePenaltyInput;
}>;


export type IssuePenaltyMutation = { __typename: 'Mutation', issuePenalty: { __typename: 'IssuePenaltyPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type FileAppealMutationVariables = Exact<{
  input: FileAppealInput;
}>;


export type FileAppealMutation = { __typename: 'Mutation', fileAppeal: { __typename: 'FileAppealPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type DecideAppealMutationVariables = Exact<{
  input: DecideAppealInput;
}>;


export type DecideAppealMutation = { __typename: 'Mutation', decideAppeal: { __typename: 'DecideAppealPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type ExecutePenaltyMutationVariables = Exact<{
  input: ExecutePenaltyInput;
}>;


export type ExecutePenaltyMutation = { __typename: 'Mutation', executePenalty: { __typename: 'ExecutePenaltyPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type ClosePenaltyMutationVariables = Exact<{
  input: ClosePenaltyInput;
}>;


export type ClosePenaltyMutation = { __typename: 'Mutation', closePenalty: { __typename: 'ClosePenaltyPayload', auditSeq: string, penalty: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } } };

export type AdminPenaltyPreviewQueryVariables = Exact<{
  input: PenaltyPreviewInput;
}>;


export type AdminPenaltyPreviewQuery = { __typename: 'Query', penaltyPreview: { __typename: 'PenaltyPreview', ok: boolean, violatingAmountFen: number, target: PenaltyTarget | null, baseAmountFen: number | null, multiple: string | null, amountFen: number | null, durationMonths: number | null, issues: Array<{ __typename: 'PenaltyPreviewIssue', path: Array<string>, message: string, messageZh: string }> } };

export type PenaltyInsuredPersonChoicesQueryVariables = Exact<{
  filter?: InsuredPersonFilter | null | undefined;
}>;


export type PenaltyInsuredPersonChoicesQuery = { __typename: 'Query', insuredPersons: { __typename: 'InsuredPersonConnection', edges: Array<{ __typename: 'InsuredPersonEdge', node: { __typename: 'InsuredPerson', id: string, nameZh: string, idNumber: string } }> } };

export type PenaltyRowFragment = { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } };

export type PenaltyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PenaltyFilter | null | undefined;
  orderBy?: PenaltyOrder | null | undefined;
}>;


export type PenaltyListQuery = { __typename: 'Query', penalties: { __typename: 'PenaltyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } } }> } };

export type PenaltyOneQueryVariables = Exact<{
  id: string;
}>;


export type PenaltyOneQuery = { __typename: 'Query', penalty: { __typename: 'Penalty', durationMonths: number | null, insuredSuspensionScope: InsuredSuspensionScope | null, rectificationDueOn: string | null, effectiveFrom: string | null, effectiveUntil: string | null, legalBasis: string, clauseRef: string | null, notes: string | null, decidedAt: string | null, executedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, physician: { __typename: 'Physician', id: string, nameZh: string, nameEn: string } | null, insuredPerson: { __typename: 'InsuredPerson', id: string, nameZh: string } | null, finding: { __typename: 'Finding', id: string, number: string, violatingAmountFen: number, violationType: { __typename: 'ViolationType', id: string, nameZh: string, nameEn: string } }, appeals: { __typename: 'AppealConnection', totalCount: number, edges: Array<{ __typename: 'AppealEdge', node: { __typename: 'Appeal', id: string, kind: AppealKind, grounds: string, filedAt: string, filedByType: ActorType, decision: AppealDecision | null, decisionReason: string | null, reducedAmountFen: number | null, decidedAt: string | null } }> }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } } | null };

export type PenaltyManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PenaltyManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty', id: string, number: string, status: PenaltyStatus, measure: PenaltyMeasure, target: PenaltyTarget, amountFen: number | null, baseAmountFen: number | null, multiple: string | null, recoveredAmountFen: number, version: number, proposedAt: string, issuedAt: string | null, appealDeadline: string | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string }, finding: { __typename: 'Finding', id: string, number: string } }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type PhysicianListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PhysicianFilter | null | undefined;
  orderBy?: PhysicianOrder | null | undefined;
}>;


export type PhysicianListQuery = { __typename: 'Query', physicians: { __typename: 'PhysicianConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'PhysicianEdge', node: { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string, profession: PractitionerProfession, status: PractitionerStatus, licenceNumber: string, billingSuspendedUntil: string | null, primaryProvider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null } }> } };

export type PhysicianOneQueryVariables = Exact<{
  id: string;
}>;


export type PhysicianOneQuery = { __typename: 'Query', physician: { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string, idNumber: string, licenceNumber: string, profession: PractitionerProfession, status: PractitionerStatus, billingSuspendedUntil: string | null, version: number, createdAt: string, updatedAt: string, primaryProvider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, penalties: { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus } }> } } | null };

export type PhysicianManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PhysicianManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type UpdatePhysicianMutationVariables = Exact<{
  input: UpdatePhysicianInput;
}>;


export type UpdatePhysicianMutation = { __typename: 'Mutation', updatePhysician: { __typename: 'UpdatePhysicianPayload', auditSeq: string, physician: { __typename: 'Physician', id: string, nameZh: string, nameEn: string, licenceNumber: string, profession: PractitionerProfession, version: number } } };

export type RegisterPhysicianMutationVariables = Exact<{
  input: RegisterPhysicianInput;
}>;


export type RegisterPhysicianMutation = { __typename: 'Mutation', registerPhysician: { __typename: 'RegisterPhysicianPayload', auditSeq: string, physician: { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string, version: number } } };

export type ProviderListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProviderFilter | null | undefined;
  orderBy?: ProviderOrder | null | undefined;
}>;


export type ProviderListQuery = { __typename: 'Query', providers: { __typename: 'ProviderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ProviderEdge', node: { __typename: 'Provider', id: string, code: string, nameZh: string, nameEn: string, kind: ProviderKind, hospitalGrade: HospitalGrade | null, ownership: Ownership, regionCode: string, status: ProviderStatus, reapplicationBannedUntil: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } }> } };

export type ProviderOneQueryVariables = Exact<{
  id: string;
}>;


export type ProviderOneQuery = { __typename: 'Query', provider: { __typename: 'Provider', id: string, code: string, nameZh: string, nameEn: string, kind: ProviderKind, monthlyReporting: boolean, hospitalGrade: HospitalGrade | null, pharmacyClass: PharmacyClass | null, ownership: Ownership, licenceScope: Array<string>, regionCode: string, address: string | null, status: ProviderStatus, reapplicationBannedUntil: string | null, version: number, createdAt: string, updatedAt: string, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, agreements: { __typename: 'AgreementConnection', totalCount: number, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, number: string, kind: AgreementKind, status: AgreementStatus, endsOn: string } }> }, findings: { __typename: 'FindingConnection', totalCount: number, edges: Array<{ __typename: 'FindingEdge', node: { __typename: 'Finding', id: string, number: string, status: FindingStatus, violatingAmountFen: number, foundOn: string } }> }, penalties: { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus, amountFen: number | null } }> } } | null };

export type ProviderManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ProviderManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider', id: string, code: string, nameZh: string, nameEn: string }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type UpdateProviderMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type UpdateProviderMutation = { __typename: 'Mutation', updateProvider: { __typename: 'UpdateProviderPayload', auditSeq: string, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string, hospitalGrade: HospitalGrade | null, pharmacyClass: PharmacyClass | null, ownership: Ownership, licenceScope: Array<string>, regionCode: string, address: string | null, version: number } } };

export type PublicDisclosureListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDisclosureListQuery = { __typename: 'Query', publicDisclosures: { __typename: 'PublicDisclosureConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'PublicDisclosureEdge', node: { __typename: 'PublicDisclosure', id: string, kind: DisclosureKind, providerNameZh: string, providerNameEn: string, violationsZh: Array<string>, measures: Array<PenaltyMeasure>, amountFen: number | null, creditGrade: CreditGrade | null, decidedOn: string, publishedAt: string } }> } };

export type PublicDisclosureOneQueryVariables = Exact<{
  id: string;
}>;


export type PublicDisclosureOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure', id: string, kind: DisclosureKind, providerNameZh: string, providerNameEn: string, violationsZh: Array<string>, measures: Array<PenaltyMeasure>, amountFen: number | null, creditGrade: CreditGrade | null, decidedOn: string, publishedAt: string, withdrawnAt: string | null }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type CampaignRowFragment = { __typename: 'ResigningCampaign', id: string, status: CampaignStatus, total: number, startedAt: string, finishedAt: string | null, counts: { __typename: 'ResigningCampaignCounts', pending: number, resigned: number, excepted: number, refused: number }, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, kind: AgreementKind } };

export type CampaignListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignListQuery = { __typename: 'Query', resigningCampaigns: { __typename: 'ResigningCampaignConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ResigningCampaignEdge', node: { __typename: 'ResigningCampaign', id: string, status: CampaignStatus, total: number, startedAt: string, finishedAt: string | null, counts: { __typename: 'ResigningCampaignCounts', pending: number, resigned: number, excepted: number, refused: number }, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, kind: AgreementKind } } }> } };

export type CampaignOneQueryVariables = Exact<{
  id: string;
}>;


export type CampaignOneQuery = { __typename: 'Query', resigningCampaign:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign', id: string, status: CampaignStatus, total: number, startedAt: string, finishedAt: string | null, items: { __typename: 'ResigningCampaignItemConnection', totalCount: number, edges: Array<{ __typename: 'ResigningCampaignItemEdge', node: { __typename: 'ResigningCampaignItem', id: string, status: CampaignItemStatus, reasonCode: CampaignItemReason | null, reasonZh: string | null, reasonEn: string | null, versionNo: number | null, processedAt: string | null, agreement: { __typename: 'Agreement', id: string, number: string, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null } } }> }, counts: { __typename: 'ResigningCampaignCounts', pending: number, resigned: number, excepted: number, refused: number }, template: { __typename: 'AgreementTemplate', id: string, code: string, versionNo: number, kind: AgreementKind } }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ReviewRuleHitMutationVariables = Exact<{
  input: RuleHitStepInput;
}>;


export type ReviewRuleHitMutation = { __typename: 'Mutation', reviewRuleHit: { __typename: 'RuleHitStepPayload', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } } };

export type ReexamineRuleHitMutationVariables = Exact<{
  input: RuleHitStepInput;
}>;


export type ReexamineRuleHitMutation = { __typename: 'Mutation', reexamineRuleHit: { __typename: 'RuleHitStepPayload', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } } };

export type AnswerRuleHitMutationVariables = Exact<{
  input: RuleHitStepInput;
}>;


export type AnswerRuleHitMutation = { __typename: 'Mutation', answerRuleHit: { __typename: 'RuleHitStepPayload', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } } };

export type InvestigateRuleHitMutationVariables = Exact<{
  input: InvestigateRuleHitInput;
}>;


export type InvestigateRuleHitMutation = { __typename: 'Mutation', investigateRuleHit: { __typename: 'RuleHitStepPayload', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } } };

export type DismissRuleHitMutationVariables = Exact<{
  input: RuleHitStepInput;
}>;


export type DismissRuleHitMutation = { __typename: 'Mutation', dismissRuleHit: { __typename: 'RuleHitStepPayload', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } } };

export type ConfirmRuleHitsMutationVariables = Exact<{
  input: ConfirmRuleHitsInput;
}>;


export type ConfirmRuleHitsMutation = { __typename: 'Mutation', confirmRuleHits: { __typename: 'ConfirmRuleHitsPayload', confirmed: Array<{ __typename: 'ConfirmedRuleHit', auditSeq: string, ruleHit: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null }, finding: { __typename: 'Finding', id: string, number: string } }> } };

export type UpdateReviewDeadlinesMutationVariables = Exact<{
  input: UpdateReviewDeadlinesInput;
}>;


export type UpdateReviewDeadlinesMutation = { __typename: 'Mutation', updateReviewDeadlines: { __typename: 'UpdateReviewDeadlinesPayload', auditSeq: string, reviewDeadlines: { __typename: 'ReviewDeadlines', initialReviewDays: number, reexaminationDays: number, statementDays: number, investigationDays: number, handlingDays: number } } };

export type RuleHitRowFragment = { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null };

export type RuleHitListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RuleHitFilter | null | undefined;
  orderBy?: RuleHitOrder | null | undefined;
}>;


export type RuleHitListQuery = { __typename: 'Query', ruleHits: { __typename: 'RuleHitConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'RuleHitEdge', node: { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } }> } };

export type RuleHitOneQueryVariables = Exact<{
  id: string;
}>;


export type RuleHitOneQuery = { __typename: 'Query', ruleHit: { __typename: 'RuleHit', detail: string | null, indicatorMetric: IndicatorMetric | null, explanationZh: string | null, explanationEn: string | null, id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, history: Array<{ __typename: 'RuleHitTransition', id: string, action: RuleHitAction, fromStep: RuleHitStep, toStep: RuleHitStep, note: string, amountFen: number | null, dueAt: string, late: boolean, actorType: ActorType, occurredAt: string }>, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null } | null };

export type RuleHitManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RuleHitManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit', id: string, claimRef: string, stage: RuleStage, status: RuleHitStatus, step: RuleHitStep, stepEnteredAt: string, dueAt: string | null, overdue: boolean, allowedActions: Array<RuleHitAction>, amountFen: number, occurredAt: string, rule: { __typename: 'AuditRule', id: string, code: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string }, agreement: { __typename: 'Agreement', id: string, number: string } | null, finding: { __typename: 'Finding', id: string, number: string } | null }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type ReviewDeadlinesOneQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewDeadlinesOneQuery = { __typename: 'Query', reviewDeadlines: { __typename: 'ReviewDeadlines', initialReviewDays: number, reexaminationDays: number, statementDays: number, investigationDays: number, handlingDays: number } | null };

export type LiftSettlementSuspensionMutationVariables = Exact<{
  input: LiftSettlementSuspensionInput;
}>;


export type LiftSettlementSuspensionMutation = { __typename: 'Mutation', liftSettlementSuspension: { __typename: 'SanctionEndPayload', auditSeq: string, sanctionEnd: { __typename: 'SanctionEnd', id: string, reason: SanctionEndReason, endedOn: string } } };

export type LiftBillingSuspensionMutationVariables = Exact<{
  input: LiftBillingSuspensionInput;
}>;


export type LiftBillingSuspensionMutation = { __typename: 'Mutation', liftBillingSuspension: { __typename: 'SanctionEndPayload', auditSeq: string, sanctionEnd: { __typename: 'SanctionEnd', id: string, reason: SanctionEndReason, endedOn: string } } };

export type RecordDocumentDeliveryMutationVariables = Exact<{
  input: RecordDocumentDeliveryInput;
}>;


export type RecordDocumentDeliveryMutation = { __typename: 'Mutation', recordDocumentDelivery: { __typename: 'DispatchedDocumentPayload', auditSeq: string, document: { __typename: 'DispatchedDocument', id: string, deliveryStatus: DeliveryStatus, deliveredAt: string | null, version: number } } };

export type RecordReferralOutcomeMutationVariables = Exact<{
  input: RecordReferralOutcomeInput;
}>;


export type RecordReferralOutcomeMutation = { __typename: 'Mutation', recordReferralOutcome: { __typename: 'ReferralPayload', auditSeq: string, referral: { __typename: 'Referral', id: string, outcome: ReferralOutcome, outcomeNote: string | null, outcomeAt: string | null, version: number } } };

export type DispatchHealthAuthorityNoticeMutationVariables = Exact<{
  input: DispatchHealthAuthorityNoticeInput;
}>;


export type DispatchHealthAuthorityNoticeMutation = { __typename: 'Mutation', dispatchHealthAuthorityNotice: { __typename: 'DispatchedDocumentPayload', auditSeq: string, document: { __typename: 'DispatchedDocument', id: string, deliveryStatus: DeliveryStatus } } };

export type ReferCaseMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferCaseMutation = { __typename: 'Mutation', referCase: { __typename: 'ReferralPayload', auditSeq: string, referral: { __typename: 'Referral', id: string, outcome: ReferralOutcome } } };

export type SuspensionPenaltiesFragment = { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus, durationMonths: number | null } }> };

export type SettlementSuspensionListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InsuredPersonFilter | null | undefined;
  orderBy?: InsuredPersonOrder | null | undefined;
}>;


export type SettlementSuspensionListQuery = { __typename: 'Query', insuredPersons: { __typename: 'InsuredPersonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'InsuredPersonEdge', node: { __typename: 'InsuredPerson', id: string, nameZh: string, idNumber: string, settlementSuspendedUntil: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } }> } };

export type SettlementSuspensionOneQueryVariables = Exact<{
  id: string;
}>;


export type SettlementSuspensionOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson', id: string, nameZh: string, idNumber: string, settlementSuspendedUntil: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, penalties: { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus, durationMonths: number | null } }> }, settlementSuspensions: Array<{ __typename: 'InsuredSettlementSuspension', suspendedFrom: string | null, suspendedUntil: string | null, scope: InsuredSuspensionScope, restoredOn: string | null, reversedOn: string | null }> }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type BillingSuspensionListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PhysicianFilter | null | undefined;
  orderBy?: PhysicianOrder | null | undefined;
}>;


export type BillingSuspensionListQuery = { __typename: 'Query', physicians: { __typename: 'PhysicianConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'PhysicianEdge', node: { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string, status: PractitionerStatus, billingSuspendedUntil: string | null, primaryProvider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null } }> } };

export type BillingSuspensionOneQueryVariables = Exact<{
  id: string;
}>;


export type BillingSuspensionOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician', id: string, code: string, nameZh: string, nameEn: string, licenceNumber: string, status: PractitionerStatus, billingSuspendedUntil: string | null, version: number, primaryProvider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, penalties: { __typename: 'PenaltyConnection', totalCount: number, edges: Array<{ __typename: 'PenaltyEdge', node: { __typename: 'Penalty', id: string, number: string, measure: PenaltyMeasure, status: PenaltyStatus, durationMonths: number | null } }> } }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type SanctionEndRowFragment = { __typename: 'SanctionEnd', id: string, kind: SanctionKind, reason: SanctionEndReason, suspendedUntil: string | null, endedOn: string, requestDocumentRef: string | null, pledgeDocumentRef: string | null, note: string | null, createdAt: string };

export type SanctionEndListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SanctionEndListQuery = { __typename: 'Query', sanctionEnds: { __typename: 'SanctionEndConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'SanctionEndEdge', node: { __typename: 'SanctionEnd', id: string, kind: SanctionKind, reason: SanctionEndReason, suspendedUntil: string | null, endedOn: string, requestDocumentRef: string | null, pledgeDocumentRef: string | null, note: string | null, createdAt: string } }> } };

export type SanctionEndOneQueryVariables = Exact<{
  id: string;
}>;


export type SanctionEndOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd', id: string, kind: SanctionKind, reason: SanctionEndReason, suspendedUntil: string | null, endedOn: string, requestDocumentRef: string | null, pledgeDocumentRef: string | null, note: string | null, createdAt: string }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type DispatchedDocumentRowFragment = { __typename: 'DispatchedDocument', id: string, kind: DocumentKind, recipient: string, documentRef: string, dispatchedAt: string, deliveryStatus: DeliveryStatus, deliveredAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null };

export type DispatchedDocumentListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DispatchedDocumentListQuery = { __typename: 'Query', dispatchedDocuments: { __typename: 'DispatchedDocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'DispatchedDocumentEdge', node: { __typename: 'DispatchedDocument', id: string, kind: DocumentKind, recipient: string, documentRef: string, dispatchedAt: string, deliveryStatus: DeliveryStatus, deliveredAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null } }> } };

export type DispatchedDocumentOneQueryVariables = Exact<{
  id: string;
}>;


export type DispatchedDocumentOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument', id: string, kind: DocumentKind, recipient: string, documentRef: string, dispatchedAt: string, deliveryStatus: DeliveryStatus, deliveredAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type ReferralRowFragment = { __typename: 'Referral', id: string, kind: ReferralKind, receivingAuthority: string, documentRef: string, referredAt: string, outcome: ReferralOutcome, outcomeNote: string | null, outcomeAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null };

export type ReferralListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralListQuery = { __typename: 'Query', referrals: { __typename: 'ReferralConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ReferralEdge', node: { __typename: 'Referral', id: string, kind: ReferralKind, receivingAuthority: string, documentRef: string, referredAt: string, outcome: ReferralOutcome, outcomeNote: string | null, outcomeAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null } }> } };

export type ReferralOneQueryVariables = Exact<{
  id: string;
}>;


export type ReferralOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral', id: string, kind: ReferralKind, receivingAuthority: string, documentRef: string, referredAt: string, outcome: ReferralOutcome, outcomeNote: string | null, outcomeAt: string | null, version: number, penalty: { __typename: 'Penalty', id: string, number: string } | null }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type StartScreeningRunMutationVariables = Exact<{
  input: StartScreeningRunInput;
}>;


export type StartScreeningRunMutation = { __typename: 'Mutation', startScreeningRun: { __typename: 'ScreeningRunPayload', auditSeq: string, screeningRun: { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } } };

export type CancelScreeningRunMutationVariables = Exact<{
  input: ScreeningRunIdInput;
}>;


export type CancelScreeningRunMutation = { __typename: 'Mutation', cancelScreeningRun: { __typename: 'ScreeningRunPayload', auditSeq: string, screeningRun: { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } } };

export type ResumeScreeningRunMutationVariables = Exact<{
  input: ScreeningRunIdInput;
}>;


export type ResumeScreeningRunMutation = { __typename: 'Mutation', resumeScreeningRun: { __typename: 'ScreeningRunPayload', auditSeq: string, screeningRun: { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } } };

export type ScreeningRunListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ScreeningRunListQuery = { __typename: 'Query', screeningRuns: { __typename: 'ScreeningRunConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'ScreeningRunEdge', node: { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } } }> } };

export type ScreeningRunFieldsFragment = { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } };

export type ScreeningRunOneQueryVariables = Exact<{
  id: string;
}>;


export type ScreeningRunOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun', id: string, status: ScreeningRunStatus, periodFrom: string, periodTo: string, ruleIds: Array<string>, progress: number, chunksDone: number, chunksTotal: number, claimsScreened: number, hitsFound: number, createdAt: string, startedAt: string | null, finishedAt: string | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } }
    | { __typename: 'TipOff' }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type TipOffStepFragment = { __typename: 'TipOff', id: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null };

export type AssignTipOffMutationVariables = Exact<{
  input: AssignTipOffInput;
}>;


export type AssignTipOffMutation = { __typename: 'Mutation', assignTipOff: { __typename: 'AssignTipOffPayload', auditSeq: string, tipOff: { __typename: 'TipOff', id: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null } } };

export type VerifyTipOffMutationVariables = Exact<{
  input: VerifyTipOffInput;
}>;


export type VerifyTipOffMutation = { __typename: 'Mutation', verifyTipOff: { __typename: 'VerifyTipOffPayload', auditSeq: string, tipOff: { __typename: 'TipOff', id: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null } } };

export type ApproveTipOffRewardMutationVariables = Exact<{
  input: TipOffStepInput;
}>;


export type ApproveTipOffRewardMutation = { __typename: 'Mutation', approveTipOffReward: { __typename: 'ApproveTipOffRewardPayload', auditSeq: string, tipOff: { __typename: 'TipOff', id: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null } } };

export type PayTipOffRewardMutationVariables = Exact<{
  input: PayTipOffRewardInput;
}>;


export type PayTipOffRewardMutation = { __typename: 'Mutation', payTipOffReward: { __typename: 'PayTipOffRewardPayload', auditSeq: string, tipOff: { __typename: 'TipOff', id: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null } } };

export type ReceiveTipOffMutationVariables = Exact<{
  input: ReceiveTipOffInput;
}>;


export type ReceiveTipOffMutation = { __typename: 'Mutation', receiveTipOff: { __typename: 'ReceiveTipOffPayload', auditSeq: string, tipOff: { __typename: 'TipOff', id: string, number: string, status: TipOffStatus, version: number, assigneeUserId: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, closedAt: string | null } } };

export type TipOffListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TipOffFilter | null | undefined;
  orderBy?: TipOffOrder | null | undefined;
}>;


export type TipOffListQuery = { __typename: 'Query', tipOffs: { __typename: 'TipOffConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'TipOffEdge', node: { __typename: 'TipOff', id: string, number: string, channel: TipOffChannel, status: TipOffStatus, summary: string, receivedAt: string, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardFen: number | null, version: number, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null } }> } };

export type TipOffOneQueryVariables = Exact<{
  id: string;
}>;


export type TipOffOneQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff', id: string, number: string, channel: TipOffChannel, status: TipOffStatus, summary: string, reporterContact: string | null, receivedAt: string, closedAt: string | null, assigneeName: string | null, investigationDueOn: string | null, verifiedAmountFen: number | null, rewardKind: RewardKind | null, rewardFen: number | null, rewardApprovedAt: string | null, rewardPaidAt: string | null, rewardPaymentRef: string | null, version: number, assigneePartner: { __typename: 'Partner', id: string, nameZh: string, nameEn: string } | null, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string }, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null, findings: { __typename: 'FindingConnection', totalCount: number, edges: Array<{ __typename: 'FindingEdge', node: { __typename: 'Finding', id: string, number: string, status: FindingStatus } }> } }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type TipOffAssignableStaffQueryVariables = Exact<{
  id: string;
}>;


export type TipOffAssignableStaffQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff', id: string, assignableStaff: Array<{ __typename: 'AssignableStaffMember', userId: string, displayName: string }> }
    | { __typename: 'User' }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type DisableUserMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type DisableUserMutation = { __typename: 'Mutation', disableUser: { __typename: 'DisableUserPayload', auditSeq: string, user: { __typename: 'User', id: string, disabledAt: string | null } } };

export type EnableUserMutationVariables = Exact<{
  input: EnableUserInput;
}>;


export type EnableUserMutation = { __typename: 'Mutation', enableUser: { __typename: 'EnableUserPayload', auditSeq: string, user: { __typename: 'User', id: string, disabledAt: string | null, lockedUntil: string | null } } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { __typename: 'Mutation', changeUserRole: { __typename: 'ChangeUserRolePayload', auditSeq: string, user: { __typename: 'User', id: string, role: Role } } };

export type UserListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserListQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, username: string, displayName: string, role: Role, locale: string, lockedUntil: string | null, disabledAt: string | null, createdAt: string, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null } }> } };

export type UserOneQueryVariables = Exact<{
  id: string;
}>;


export type UserOneQuery = { __typename: 'Query', user:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User', id: string, username: string, displayName: string, role: Role, locale: string, lockedUntil: string | null, disabledAt: string | null, createdAt: string, insurer: { __typename: 'Insurer', id: string, nameZh: string, nameEn: string } | null, provider: { __typename: 'Provider', id: string, nameZh: string, nameEn: string } | null }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null };

export type UserManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type UserManyQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementClause' }
    | { __typename: 'AgreementTemplate' }
    | { __typename: 'AgreementTransition' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Appeal' }
    | { __typename: 'Assessment' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'AuditRule' }
    | { __typename: 'Claim' }
    | { __typename: 'ControlIndicator' }
    | { __typename: 'CreditEvaluation' }
    | { __typename: 'DesignationApplication' }
    | { __typename: 'DispatchedDocument' }
    | { __typename: 'Finding' }
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InsuredPerson' }
    | { __typename: 'Insurer' }
    | { __typename: 'Interception' }
    | { __typename: 'KnowledgeEntry' }
    | { __typename: 'MonthlyReport' }
    | { __typename: 'Partner' }
    | { __typename: 'Penalty' }
    | { __typename: 'PenaltyRefund' }
    | { __typename: 'Physician' }
    | { __typename: 'PracticeSite' }
    | { __typename: 'Provider' }
    | { __typename: 'PublicDisclosure' }
    | { __typename: 'Referral' }
    | { __typename: 'ResigningCampaign' }
    | { __typename: 'ResigningCampaignItem' }
    | { __typename: 'RuleHit' }
    | { __typename: 'SanctionEnd' }
    | { __typename: 'ScreeningRun' }
    | { __typename: 'TipOff' }
    | { __typename: 'User', id: string, username: string, displayName: string }
    | { __typename: 'ViolationType' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WhatIfReplay' }
   | null> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename: 'Mutation', createUser: { __typename: 'CreateUserPayload', auditSeq: string, user: { __typename: 'User', id: string, username: string, displayName: string, role: Role } } };

export const TemplateRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TemplateRowFragment, unknown>;
export const ReplaySideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplaySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"stepNo"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<ReplaySideFragment, unknown>;
export const ReplayFullFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplayFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfReplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleParameters"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplaySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"stepNo"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<ReplayFullFragment, unknown>;
export const AgreementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AgreementRowFragment, unknown>;
export const AgreementTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"breachMeasure"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementTermsFragment, unknown>;
export const AuditEventRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const FindingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<FindingRowFragment, unknown>;
export const PenaltyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<PenaltyRowFragment, unknown>;
export const CampaignRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResigningCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"resigned"}},{"kind":"Field","name":{"kind":"Name","value":"excepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CampaignRowFragment, unknown>;
export const RuleHitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RuleHitRowFragment, unknown>;
export const SuspensionPenaltiesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspensionPenalties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<SuspensionPenaltiesFragment, unknown>;
export const SanctionEndRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SanctionEndRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanctionEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SanctionEndRowFragment, unknown>;
export const DispatchedDocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchedDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DispatchedDocumentRowFragment, unknown>;
export const ReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralRowFragment, unknown>;
export const ScreeningRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScreeningRunFieldsFragment, unknown>;
export const TipOffStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<TipOffStepFragment, unknown>;
export const AdminDashboardDocument = {"__meta__":{"hash":"sha256:ef434a0172e309b09dcb40e44a93910a05fe3c1c181d1f5ab4a04384ff41d0ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penaltiesByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"penalisedFen"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltiesByViolation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"violationTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"penalisedFen"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violatingShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"insurerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"settledFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedFen"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsExpiringSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"90"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminMonitoringReportDocument = {"__meta__":{"hash":"sha256:b1c6fb8564ce3e192aa227184318eb49f25af7fbf63bfdddff23c31634225c4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMonitoringReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"insurerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settledClaims"}},{"kind":"Field","name":{"kind":"Name","value":"settledFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"violatingShare"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedShare"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMonitoringReportQuery, AdminMonitoringReportQueryVariables>;
export const AdminReportInsurersDocument = {"__meta__":{"hash":"sha256:26be2f8ba96c5972776b7742c06d42b2a2abdbe8fe001a9b64ead66ebefaf5d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminReportInsurers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insurers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminReportInsurersQuery, AdminReportInsurersQueryVariables>;
export const AdminViewerDocument = {"__meta__":{"hash":"sha256:59f567c233b74c3b3cb0c745027ed496b8e1ce2ef44e2514e45dd94dad6a9413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"insurerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]} as unknown as DocumentNode<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminLoginDocument = {"__meta__":{"hash":"sha256:570259eaacc73f0356e771ffa84622e659db24c07b7956565ed6b2e83a1567ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminLogoutDocument = {"__meta__":{"hash":"sha256:5914137ee1d19738c10d1df83d9584ce8db166f033476742516e7a1ed2a077ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const DraftAgreementTemplateDocument = {"__meta__":{"hash":"sha256:c5313bc0ccb114ec48167b9c5df1d7488158a3570135154c2f6045a8c25df999"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftAgreementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftAgreementTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"draftAgreementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DraftAgreementTemplateMutation, DraftAgreementTemplateMutationVariables>;
export const UpdateAgreementTemplateDocument = {"__meta__":{"hash":"sha256:46ee018c62b10e388e5d82a2948ded2936b25d623cdc500316c53b749f259c86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateAgreementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateAgreementTemplateMutation, UpdateAgreementTemplateMutationVariables>;
export const PublishAgreementTemplateDocument = {"__meta__":{"hash":"sha256:59226998b1ca434a1769ae992081f52fc0bfbc68e38fc9c3b3663d8762d4cd86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAgreementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAgreementTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishAgreementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PublishAgreementTemplateMutation, PublishAgreementTemplateMutationVariables>;
export const StartResigningCampaignDocument = {"__meta__":{"hash":"sha256:1400001cc54adab2392e14ecd4f24161ddde8c9186ed3d0a7cad36e658f375aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartResigningCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartResigningCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startResigningCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<StartResigningCampaignMutation, StartResigningCampaignMutationVariables>;
export const StartWhatIfReplayDocument = {"__meta__":{"hash":"sha256:5afd4c15c676c22b89a229286974071af0a6b7e9d29088e9aaab28eb4141c909"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartWhatIfReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWhatIfReplayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startWhatIfReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<StartWhatIfReplayMutation, StartWhatIfReplayMutationVariables>;
export const TemplateListDocument = {"__meta__":{"hash":"sha256:d1735ff21f9e8682c9361b067a99b46b8253c589cd9b1e51e50c44ff034ccfa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreementTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TemplateListQuery, TemplateListQueryVariables>;
export const TemplateManyDocument = {"__meta__":{"hash":"sha256:b3343ebb2c4ddca873783b15cd0fb215476ba94911874938f0d356a6b3f21891"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TemplateManyQuery, TemplateManyQueryVariables>;
export const TemplateOneDocument = {"__meta__":{"hash":"sha256:beaa56b052d007baf12a62730da043ce487a9a7a60c1c589f6b16ff0e11906b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementTemplate"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateRow"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCodes"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"breachMeasure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReplay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplayFull"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplaySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"stepNo"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplayFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfReplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleParameters"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<TemplateOneQuery, TemplateOneQueryVariables>;
export const WhatIfReplayOneDocument = {"__meta__":{"hash":"sha256:65c6616193dee2ee7832eb241219c37b86abdca89e2089fd36c4283c9318f913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfReplayOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfReplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplayFull"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplaySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"stepNo"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReplayFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfReplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleParameters"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReplaySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<WhatIfReplayOneQuery, WhatIfReplayOneQueryVariables>;
export const TemplateReplaysDocument = {"__meta__":{"hash":"sha256:c76d854e903ba819673de6815a9a0c06b953ef60a20296e95fdaeb6d8528b61d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateReplays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"whatIfReplays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TemplateReplaysQuery, TemplateReplaysQueryVariables>;
export const AgreementIndicatorsDocument = {"__meta__":{"hash":"sha256:f1d8f856b27f7ed400f52e9eb4c402ee4fc7278f655d7d6c057b64c3b156eb05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"monthFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFrom"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementIndicatorsQuery, AgreementIndicatorsQueryVariables>;
export const DraftAgreementDocument = {"__meta__":{"hash":"sha256:ca29b9cbfb414f2b8867e1cf367549b00ec4e933e8d41bdbd71756f65d194e21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"draftAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DraftAgreementMutation, DraftAgreementMutationVariables>;
export const SignAgreementDocument = {"__meta__":{"hash":"sha256:a645c60aa908b5de68a31155087cec62feb2e3553e2afda36ef4d46576ecd6ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const AmendAgreementDocument = {"__meta__":{"hash":"sha256:607dafed43c29094b2a35094fe39196b53e171b8f901a88cf44d4155f236ceb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amendAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AmendAgreementMutation, AmendAgreementMutationVariables>;
export const SuspendAgreementDocument = {"__meta__":{"hash":"sha256:2df5bbdc881f71ff11432039b6c11bc642d3adbef57a4899357587034e0a4ee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SuspendAgreementMutation, SuspendAgreementMutationVariables>;
export const ResumeAgreementDocument = {"__meta__":{"hash":"sha256:c29a364ab447a077ee290dd5c42f1b70000273fdc6ca1b71033dc5b46438c3ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumeAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResumeAgreementMutation, ResumeAgreementMutationVariables>;
export const TerminateAgreementDocument = {"__meta__":{"hash":"sha256:a1498eed8357d7044a4c270c0b285fbc4b5b987499ebd4fbf68e15d810002965"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"terminateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TerminateAgreementMutation, TerminateAgreementMutationVariables>;
export const RenewAgreementDocument = {"__meta__":{"hash":"sha256:712acd42fd7f14779ed9e1dc70fc05638f19d9d417d54a8b1be1939fa27daeea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renewAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<RenewAgreementMutation, RenewAgreementMutationVariables>;
export const UpdateDraftAgreementDocument = {"__meta__":{"hash":"sha256:1a233f5d4e8e92e01be3c0836b4760e1a33a1680a71fb7c2f6b80f7c392ba24e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDraftAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateDraftAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftAgreementMutation, UpdateDraftAgreementMutationVariables>;
export const AgreementListDocument = {"__meta__":{"hash":"sha256:6ba396ab0be091233e7fb42446aecc8e55dc09aad0a1378bfd9c4d8025b3a447"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AgreementListQuery, AgreementListQueryVariables>;
export const AgreementManyDocument = {"__meta__":{"hash":"sha256:8eabfdcd636df119d46b85c3a88e12213393de2ab56913c7eb428cf529bc4095"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AgreementManyQuery, AgreementManyQueryVariables>;
export const AgreementOneDocument = {"__meta__":{"hash":"sha256:8a21fa180af7cbae2a4a64c33ac4a8adcd627f24be7e7111f785c4e9a08beb64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}},{"kind":"Field","name":{"kind":"Name","value":"entrustedWork"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"renewedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reapplicationBannedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AgreementOneQuery, AgreementOneQueryVariables>;
export const AgreementVersionTermsDocument = {"__meta__":{"hash":"sha256:8f5bfa83c96ff8b0e23be9d3db41f039c2d0be7f64e6ff4a7ea18c8e7649afba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementVersionTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementTerms"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"breachMeasure"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementVersionTermsQuery, AgreementVersionTermsQueryVariables>;
export const AgreementEditOneDocument = {"__meta__":{"hash":"sha256:c11aa36ae2d6d296e78f962b9fccac30b1e20a4d36d622e33683f97c5ea21c0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementEditOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}},{"kind":"Field","name":{"kind":"Name","value":"entrustedWork"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementTerms"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clauseNo"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"breachMeasure"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementEditOneQuery, AgreementEditOneQueryVariables>;
export const CreateApiClientDocument = {"__meta__":{"hash":"sha256:c2afa912c35607e3a9d357c52e7d1cbd4159aad8a54629d4e338e8984538971b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const IssueApiKeyDocument = {"__meta__":{"hash":"sha256:d19cd652e4cae8399750fb6137b2ad40ddc5b1c933a176081797a779e44f1e85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issueApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<IssueApiKeyMutation, IssueApiKeyMutationVariables>;
export const RotateApiKeyDocument = {"__meta__":{"hash":"sha256:2325ea36533ce14b1cb9d43187d2c32a0b95e491009cd6eab53720f883d5358c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"sha256:9f1aed6e31905e4824169d1b888fb93517adf5cac412acca80b5c303fb1e3868"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const DisableApiClientDocument = {"__meta__":{"hash":"sha256:470198f3e1ac3ce15c7e57de866235e3dcc772630bd1adfcee8ee79af9db29d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<DisableApiClientMutation, DisableApiClientMutationVariables>;
export const EnableApiClientDocument = {"__meta__":{"hash":"sha256:24ba1618a847b5ce85bc43716c4c45308ebe40ab00de148119b12746e789a460"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<EnableApiClientMutation, EnableApiClientMutationVariables>;
export const ApiClientListDocument = {"__meta__":{"hash":"sha256:69331e5895739c4e5a0c30ffeaa4330b7994031e2be12953ee572482f7fef285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClientList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"keyCount"},"name":{"kind":"Name","value":"keys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiClientListQuery, ApiClientListQueryVariables>;
export const ApiClientOneDocument = {"__meta__":{"hash":"sha256:24fb4d2e6ebd4a90d9e90bac57a100345dae8abf64a6a0f9a84bdcc1b700f94c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClientOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"apiClient"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiClientOneQuery, ApiClientOneQueryVariables>;
export const ApiClientManyDocument = {"__meta__":{"hash":"sha256:5e6914f00d51904573f402c8c50bbbe80f146665d35fdbd668c08cd217b3af21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClientMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ApiClientManyQuery, ApiClientManyQueryVariables>;
export const AuditEventsLatestDocument = {"__meta__":{"hash":"sha256:c88cfed14e80ebb65478af3d546208069d84380548b26f70dc99c43c7d51d2d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventsLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditEventsLatestQuery, AuditEventsLatestQueryVariables>;
export const AuditEventsLiveDocument = {"__meta__":{"hash":"sha256:545e7bb29ae1637ea784ac9c042ca62e6729b85f37a38e3fc05f94c351bbdd0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditEventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditHeartbeat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditEventsLiveSubscription, AuditEventsLiveSubscriptionVariables>;
export const VerifyAuditChainDocument = {"__meta__":{"hash":"sha256:731fe75aa36a72b793eed8ef8f27d2cbcf17e84ff174fe6ac429be72770372ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"fromSeq"}},{"kind":"Field","name":{"kind":"Name","value":"toSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AuditEventTypesDocument = {"__meta__":{"hash":"sha256:61c78e5d0d0ab8c5a4e5098763fa3fd0b96cc668baf6870f58aa32f03d2ae661"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventTypes"}}]}}]} as unknown as DocumentNode<AuditEventTypesQuery, AuditEventTypesQueryVariables>;
export const AuditRuleListDocument = {"__meta__":{"hash":"sha256:b96b56e1d349d505c40ae29549ef45f532ecc60301285f08d59a0730942dfdac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditRuleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRuleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRuleOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditRuleListQuery, AuditRuleListQueryVariables>;
export const AuditRuleOneDocument = {"__meta__":{"hash":"sha256:31c2fd5fa4339d7427dcc06eb230401ad1a7b166382c01c2e0ce4094dded314c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditRuleOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parameterSchema"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditRuleOneQuery, AuditRuleOneQueryVariables>;
export const TuneRuleDocument = {"__meta__":{"hash":"sha256:ef5a110ede9b0cee2d9682e587b15dcce88ce197f64bb2fe7de524a8cca1c24b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TuneRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TuneRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tuneRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<TuneRuleMutation, TuneRuleMutationVariables>;
export const ClaimListDocument = {"__meta__":{"hash":"sha256:7496d1eae0b8a72e836e4e0bf2849cd53c3b84c6cdca80a7c539ad09261479f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundFen"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimListQuery, ClaimListQueryVariables>;
export const ClaimOneDocument = {"__meta__":{"hash":"sha256:d0bd4d13ecead80e5ef84b27119e547ae2c6e8d34e1fb2663206281a86c98b73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"settlementCategory"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"settlementMonth"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundFen"}},{"kind":"Field","name":{"kind":"Name","value":"accountFen"}},{"kind":"Field","name":{"kind":"Name","value":"selfFen"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"daysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimOneQuery, ClaimOneQueryVariables>;
export const ComputeCreditGradeDocument = {"__meta__":{"hash":"sha256:f2a3bd34ca50dce6a3e638be0a6b72e8cc3fad0e6d9c6ecb2e611bd4d4c207d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeCreditGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComputeCreditGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"computeCreditGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<ComputeCreditGradeMutation, ComputeCreditGradeMutationVariables>;
export const AdjustCreditGradeDocument = {"__meta__":{"hash":"sha256:a473ce86517a634b1852de3a7bbf944202f9dd8f0562ecf166874ab3d2fd263d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustCreditGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustCreditGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adjustCreditGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<AdjustCreditGradeMutation, AdjustCreditGradeMutationVariables>;
export const CreditEvaluationListDocument = {"__meta__":{"hash":"sha256:aa3125e24160661ce484d9f7b3a8b5e727195a18a25b6f13bd1ff6d255387e10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditEvaluationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"creditEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"blacklisted"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditEvaluationListQuery, CreditEvaluationListQueryVariables>;
export const CreditEvaluationOneDocument = {"__meta__":{"hash":"sha256:63861b1ebb3cb5877f827ffd9f3a28585ea5f5504b9b059b1e3eeb962c2152c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditEvaluationOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"blacklisted"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"baseFeeFen"}},{"kind":"Field","name":{"kind":"Name","value":"factorBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditEvaluationOneQuery, CreditEvaluationOneQueryVariables>;
export const ApplyForDesignationDocument = {"__meta__":{"hash":"sha256:73ad346ddbc43cbd050b09ec0ccf6e491b95035590a77bec114194c249bfb864"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForDesignation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForDesignationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyForDesignation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<ApplyForDesignationMutation, ApplyForDesignationMutationVariables>;
export const EvaluateApplicationDocument = {"__meta__":{"hash":"sha256:d1bce25d79b85f95f3e8b25c32140056864dd1dd5a1364ea1e0f552557fefc60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluateApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<EvaluateApplicationMutation, EvaluateApplicationMutationVariables>;
export const DecideApplicationDocument = {"__meta__":{"hash":"sha256:fc15dbe357848a1c0c723bded19b287f33f45b37f94cf6d9cef9eae3dcf381eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"__meta__":{"hash":"sha256:3b8d245bff8529e551216414647683368e7faf46ff7566783ac6199f4cc74e40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const DesignationApplicationListDocument = {"__meta__":{"hash":"sha256:17464f3d12dd2b4eb0da6d834f2cff81f8e5ce3f0076c3286373f3c291e86238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DesignationApplicationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignationApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignationApplicationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"designationApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"applicantNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"applicantNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DesignationApplicationListQuery, DesignationApplicationListQueryVariables>;
export const DesignationApplicationOneDocument = {"__meta__":{"hash":"sha256:1b100899a67bae87592e3e750edd2b4f789dbc38584bbab64ba9d67a21a325a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DesignationApplicationOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DesignationApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"applicantNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"applicantNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyClass"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"licenceScope"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DesignationApplicationOneQuery, DesignationApplicationOneQueryVariables>;
export const RecordFindingDocument = {"__meta__":{"hash":"sha256:de38b53fc8520cfa10b9bc1016268c08a289a6a8392f4482e2f087190d5b30a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<RecordFindingMutation, RecordFindingMutationVariables>;
export const ViolationTypeChoicesDocument = {"__meta__":{"hash":"sha256:8b2d926e4e1635597ab36211f5eea491f353851b8a937466388c18458bb47537"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViolationTypeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"violationTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViolationTypeChoicesQuery, ViolationTypeChoicesQueryVariables>;
export const FindingListDocument = {"__meta__":{"hash":"sha256:4e9a4d48ef26c8bff696466b86fd21888f43f18da0a0e7ed1821e544a2211bc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<FindingListQuery, FindingListQueryVariables>;
export const FindingOneDocument = {"__meta__":{"hash":"sha256:ea2a2ab030efd16e7faae92b3b4df8333ba810284cb31342c2222e8719a75ffa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingRow"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"occurredTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<FindingOneQuery, FindingOneQueryVariables>;
export const FindingManyDocument = {"__meta__":{"hash":"sha256:25d1c88a2b0d6f298aabd8561e097c612caaf3aec5930da15620989c34838bb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<FindingManyQuery, FindingManyQueryVariables>;
export const InsurerListDocument = {"__meta__":{"hash":"sha256:a83583c7b747858b6839c2d387c2f3f65039c1e0eccd1eab8f6409493f80c7bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsurerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsurerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insurers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionZh"}},{"kind":"Field","name":{"kind":"Name","value":"regionEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsurerListQuery, InsurerListQueryVariables>;
export const InsurerOneDocument = {"__meta__":{"hash":"sha256:afa54f69f525d50a6a00abb5f837cca6e98d5200896a62d644dad50cd271ef6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurerOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionZh"}},{"kind":"Field","name":{"kind":"Name","value":"regionEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsurerOneQuery, InsurerOneQueryVariables>;
export const InsurerManyDocument = {"__meta__":{"hash":"sha256:917df2fa9b3f08adde8b949c66468e58f5a2eaccdf475ec5964ec23d8a8384c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurerMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Insurer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<InsurerManyQuery, InsurerManyQueryVariables>;
export const InterceptionListDocument = {"__meta__":{"hash":"sha256:a7cb684dc1ba32ab155f803795c6fd9160784b44904dafcf4d3f05555584b53a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterceptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterceptionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterceptionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"interceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"settlementMonth"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fundFen"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKeys"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterceptionListQuery, InterceptionListQueryVariables>;
export const InterceptionOneDocument = {"__meta__":{"hash":"sha256:274ebfa06ab7d654dc479e2a5a7d2e6598aa9075f45ddf7dc284e8eec63a4d54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterceptionOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interception"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"settlementMonth"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fundFen"}},{"kind":"Field","name":{"kind":"Name","value":"hitAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKeys"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterceptionOneQuery, InterceptionOneQueryVariables>;
export const KnowledgeEntryListDocument = {"__meta__":{"hash":"sha256:ea92223e834e3c95fe28d006523acdec4d6ee16cd249bee18f5883c3fca9b1a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeEntryList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeEntryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Prefixes"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysSupply"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeEntryListQuery, KnowledgeEntryListQueryVariables>;
export const KnowledgeEntryOneDocument = {"__meta__":{"hash":"sha256:e46c276d025a5c20896c99da9c3889701ae0436448d68e5f5bcba5bf119e263a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeEntryOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeEntryOneQuery, KnowledgeEntryOneQueryVariables>;
export const ImportMonthlyReportCsvDocument = {"__meta__":{"hash":"sha256:dea937c6046a632de17e5e246ca7ae3b3c0d326058f8f18dbe089bf59708c5db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMonthlyReportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMonthlyReportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importMonthlyReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMonthlyReportCsvMutation, ImportMonthlyReportCsvMutationVariables>;
export const MonthlyReportListDocument = {"__meta__":{"hash":"sha256:3f10901bd8e1bdcb0edb27b1bb65bf03e0fe30481f26f173fa357f4bba26e8b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReportOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReportListQuery, MonthlyReportListQueryVariables>;
export const MonthlyReportOneDocument = {"__meta__":{"hash":"sha256:e92d1738aed420d629a2c89d384f4690f083afdae2ca9345955e492702babf84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReportOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"stocked"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"drugCode"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"maker"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReportOneQuery, MonthlyReportOneQueryVariables>;
export const PartnerListDocument = {"__meta__":{"hash":"sha256:e2c6ae50f5d5632c0c92fb758a456379f89e9341a6e4f35ae20bb414bbfab968"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerListQuery, PartnerListQueryVariables>;
export const PartnerOneDocument = {"__meta__":{"hash":"sha256:4293de9bacf6790dcb0b986ab96768d215a52a2e3c512a37cf92bd96eb1f30a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOneQuery, PartnerOneQueryVariables>;
export const PartnerManyDocument = {"__meta__":{"hash":"sha256:bdfd385cc58c7aa7609f51197b5014bc8d96c4cfd585b9099ce242c83d203c68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerManyQuery, PartnerManyQueryVariables>;
export const UpdatePartnerDocument = {"__meta__":{"hash":"sha256:d2759213aea04438d43fbe34acf97b8be1b3fb45716a3b69fc1f522bfe3f8f00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const ProposePenaltyDocument = {"__meta__":{"hash":"sha256:12317281e98d01cb0ab192fcec64bbacc2751d4cce9c737f558a19148976cff1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proposePenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ProposePenaltyMutation, ProposePenaltyMutationVariables>;
export const IssuePenaltyDocument = {"__meta__":{"hash":"sha256:404ea10421745c1c558e96f52cb1a1e63a8736fc84e72bda4395c61fbe7ca8f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssuePenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issuePenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<IssuePenaltyMutation, IssuePenaltyMutationVariables>;
export const FileAppealDocument = {"__meta__":{"hash":"sha256:0d40439256c7f7e6c9427bfba4ab816a0f7913400feb0d0a7236cc52b978f0a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<FileAppealMutation, FileAppealMutationVariables>;
export const DecideAppealDocument = {"__meta__":{"hash":"sha256:8857fa590d7444f17b549bcc31b787cd5ded8504897a2abb103ae1e17f070825"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const ExecutePenaltyDocument = {"__meta__":{"hash":"sha256:7f3cb37ead1a910a9ecdfda7283f093c4cab4e7b937b8ec4ff599d2ff52450a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExecutePenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExecutePenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"executePenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ExecutePenaltyMutation, ExecutePenaltyMutationVariables>;
export const ClosePenaltyDocument = {"__meta__":{"hash":"sha256:ba1e2618c9444edd566c395b993b8188ffa0f3e6f8df33dd68c95520c4a413f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePenaltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closePenalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ClosePenaltyMutation, ClosePenaltyMutationVariables>;
export const AdminPenaltyPreviewDocument = {"__meta__":{"hash":"sha256:fb87e95a4f11cca9e6f0ec53061745c7f41d9c06b73ef08e8efb19bdcba10b5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPenaltyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPenaltyPreviewQuery, AdminPenaltyPreviewQueryVariables>;
export const PenaltyInsuredPersonChoicesDocument = {"__meta__":{"hash":"sha256:fdd2afdb4873e1bbb5036bf06848b8644e9566068e3a675f8e92d0c3e26bec06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyInsuredPersonChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredPersonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PenaltyInsuredPersonChoicesQuery, PenaltyInsuredPersonChoicesQueryVariables>;
export const PenaltyListDocument = {"__meta__":{"hash":"sha256:1cd054c856c019ba87548f9dad1211eff7f32bb10def458c66b4f07c9dfecf72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<PenaltyListQuery, PenaltyListQueryVariables>;
export const PenaltyOneDocument = {"__meta__":{"hash":"sha256:ea9416a828de994f7ebf46a8d0782d85b6bf0360ceadc76fae975684c01d3476"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"insuredSuspensionScope"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"clauseRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedByType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reducedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<PenaltyOneQuery, PenaltyOneQueryVariables>;
export const PenaltyManyDocument = {"__meta__":{"hash":"sha256:a5d99cb27f3224cabfa825f9d9ca3147ab2545bbb6068b1c7a9cf1112b917131"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Penalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<PenaltyManyQuery, PenaltyManyQueryVariables>;
export const PhysicianListDocument = {"__meta__":{"hash":"sha256:0dd963218910d7f1169a45855b48c445fddd02446f97a132ac07ab605ffbbe63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhysicianList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicianFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicianOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"physicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billingSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"primaryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhysicianListQuery, PhysicianListQueryVariables>;
export const PhysicianOneDocument = {"__meta__":{"hash":"sha256:849caf615b62f561e518cd3f85cbc829017e5eea4696af976f3cbe51dc195b9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhysicianOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billingSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"primaryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhysicianOneQuery, PhysicianOneQueryVariables>;
export const PhysicianManyDocument = {"__meta__":{"hash":"sha256:c5767d4a0ec00da9b6a3c25e463b7fa43c0f518f8019a8b2520caa186f944a40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhysicianMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Physician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PhysicianManyQuery, PhysicianManyQueryVariables>;
export const UpdatePhysicianDocument = {"__meta__":{"hash":"sha256:0380139c870d24d9d61a115872668126492c51bc282a1caa6ad58b94ef07d2e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhysician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhysicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePhysician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<UpdatePhysicianMutation, UpdatePhysicianMutationVariables>;
export const RegisterPhysicianDocument = {"__meta__":{"hash":"sha256:60b2e8f384119e70127c47b38fea05fb1984ab87540b20a4413abf25e0d1eb3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPhysician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhysicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerPhysician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"physician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<RegisterPhysicianMutation, RegisterPhysicianMutationVariables>;
export const ProviderListDocument = {"__meta__":{"hash":"sha256:b98a8c3c2dec7507660ec05e5d0684b523e8085f6686edc4ea01685bda524bef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reapplicationBannedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderListQuery, ProviderListQueryVariables>;
export const ProviderOneDocument = {"__meta__":{"hash":"sha256:b0c1291962f5ffc8484382f43b91be3dde719c979a219572aec481a54060eca0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyReporting"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyClass"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"licenceScope"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reapplicationBannedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"violatingAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOneQuery, ProviderOneQueryVariables>;
export const ProviderManyDocument = {"__meta__":{"hash":"sha256:9ecf0440e25d3f28d5d75b6676198fa84a629f58c05ec03e2fce039d16402f0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderManyQuery, ProviderManyQueryVariables>;
export const UpdateProviderDocument = {"__meta__":{"hash":"sha256:c961b43ad512a5673d6d3cd336516e6bfc36587594126b061118f6b61977d02a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"pharmacyClass"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"licenceScope"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<UpdateProviderMutation, UpdateProviderMutationVariables>;
export const PublicDisclosureListDocument = {"__meta__":{"hash":"sha256:b2e2df2e54b64e5f979b768035a199d95ffe4be87aa3d2165dbfee092d0458ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDisclosureList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicDisclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"providerNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"providerNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"violationsZh"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicDisclosureListQuery, PublicDisclosureListQueryVariables>;
export const PublicDisclosureOneDocument = {"__meta__":{"hash":"sha256:2e46dfa2bbb328dd50a192d35dd8621f50b1d64e1ddcffa56a22ae762a990a05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDisclosureOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicDisclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"providerNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"providerNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"violationsZh"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublicDisclosureOneQuery, PublicDisclosureOneQueryVariables>;
export const CampaignListDocument = {"__meta__":{"hash":"sha256:d1093ba6d51ac0e7f8aed3a37c182a33903cc9ea5b9f95235f440db3f71a6072"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resigningCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResigningCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"resigned"}},{"kind":"Field","name":{"kind":"Name","value":"excepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignOneDocument = {"__meta__":{"hash":"sha256:ccd682175f6910c0978790a158586fd2793e39a34f558a2cc54222d3c3084792"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"resigningCampaign"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResigningCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRow"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResigningCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"resigned"}},{"kind":"Field","name":{"kind":"Name","value":"excepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CampaignOneQuery, CampaignOneQueryVariables>;
export const ReviewRuleHitDocument = {"__meta__":{"hash":"sha256:7d10ac42a78434190e7db30ce10951c3d3e4d5148f37e53fd3ed59a54aa720c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRuleHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRuleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ReviewRuleHitMutation, ReviewRuleHitMutationVariables>;
export const ReexamineRuleHitDocument = {"__meta__":{"hash":"sha256:dfb1a694e9ebc1cb07f6a5c3a7a71c7f40b031f0b3e62638c262f0e9472e0dc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReexamineRuleHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reexamineRuleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ReexamineRuleHitMutation, ReexamineRuleHitMutationVariables>;
export const AnswerRuleHitDocument = {"__meta__":{"hash":"sha256:ba92043bffb703d7e103df65b0101d4c0718e1761a98b390944b3a037a72ae29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerRuleHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerRuleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AnswerRuleHitMutation, AnswerRuleHitMutationVariables>;
export const InvestigateRuleHitDocument = {"__meta__":{"hash":"sha256:214fad84e14684ef6434e16d9f0ccb1765340fe8b3fb05c36b674ea7eabaf859"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvestigateRuleHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestigateRuleHitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"investigateRuleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<InvestigateRuleHitMutation, InvestigateRuleHitMutationVariables>;
export const DismissRuleHitDocument = {"__meta__":{"hash":"sha256:a7a749a332ee52d3e9f1732de50d0be5e2c48ed1d80ac5da4d0e97cf6d1d09a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissRuleHit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dismissRuleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DismissRuleHitMutation, DismissRuleHitMutationVariables>;
export const ConfirmRuleHitsDocument = {"__meta__":{"hash":"sha256:7bbb553588db6ff7d016a064742d1f3c657bed258b1e84bac12479d39f180819"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRuleHits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmRuleHitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmRuleHits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ConfirmRuleHitsMutation, ConfirmRuleHitsMutationVariables>;
export const UpdateReviewDeadlinesDocument = {"__meta__":{"hash":"sha256:08c7f83f1849fa0fdb8cafa787a8438d1d978b12cc9ec05eea6368bd7e37613c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewDeadlinesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateReviewDeadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initialReviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationDays"}},{"kind":"Field","name":{"kind":"Name","value":"statementDays"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDays"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewDeadlinesMutation, UpdateReviewDeadlinesMutationVariables>;
export const RuleHitListDocument = {"__meta__":{"hash":"sha256:94f49ae998662775de262d4261da6d91c220f9e74effb0eaf620f66213ff66b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleHitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHitOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RuleHitListQuery, RuleHitListQueryVariables>;
export const RuleHitOneDocument = {"__meta__":{"hash":"sha256:5e40f6a75d73abd08c1fcfe9dc721b05c348473671884e5bf2c1280eea632118"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleHitOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ruleHit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorMetric"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStep"}},{"kind":"Field","name":{"kind":"Name","value":"toStep"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RuleHitOneQuery, RuleHitOneQueryVariables>;
export const RuleHitManyDocument = {"__meta__":{"hash":"sha256:c501ca017a6c29f86785254d02684d24af73d8134c43fad44f765bc44c6a3da3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleHitMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleHitRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimRef"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RuleHitManyQuery, RuleHitManyQueryVariables>;
export const ReviewDeadlinesOneDocument = {"__meta__":{"hash":"sha256:fbac848cb3fde71c12a829092f010c907cfbda2863f6dcc17d651154f9181f2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDeadlinesOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initialReviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationDays"}},{"kind":"Field","name":{"kind":"Name","value":"statementDays"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDays"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDays"}}]}}]}}]} as unknown as DocumentNode<ReviewDeadlinesOneQuery, ReviewDeadlinesOneQueryVariables>;
export const LiftSettlementSuspensionDocument = {"__meta__":{"hash":"sha256:3f3ce1506e89a9965c4ab3a3fc9d200b6f2cb06825782ecc7d799a451c79c34a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftSettlementSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiftSettlementSuspensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"liftSettlementSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<LiftSettlementSuspensionMutation, LiftSettlementSuspensionMutationVariables>;
export const LiftBillingSuspensionDocument = {"__meta__":{"hash":"sha256:b29cc294172d0aff66e1417f27447fc8ec24953488db6a3ff1d28d508ce11beb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftBillingSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiftBillingSuspensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"liftBillingSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<LiftBillingSuspensionMutation, LiftBillingSuspensionMutationVariables>;
export const RecordDocumentDeliveryDocument = {"__meta__":{"hash":"sha256:263b291cdadba08bd32a69dd82559906cff461e06260462438a82224c819a270"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDocumentDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDocumentDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordDocumentDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<RecordDocumentDeliveryMutation, RecordDocumentDeliveryMutationVariables>;
export const RecordReferralOutcomeDocument = {"__meta__":{"hash":"sha256:a27806e76cf33efc5e69b1537a973258a434071e28acfc05332345970270c253"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordReferralOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<RecordReferralOutcomeMutation, RecordReferralOutcomeMutationVariables>;
export const DispatchHealthAuthorityNoticeDocument = {"__meta__":{"hash":"sha256:90b35a7e7a1158ecbf984d28d3d1ac8d9e3633c5ca3f1d7722b76f8ffb1846b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchHealthAuthorityNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchHealthAuthorityNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchHealthAuthorityNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<DispatchHealthAuthorityNoticeMutation, DispatchHealthAuthorityNoticeMutationVariables>;
export const ReferCaseDocument = {"__meta__":{"hash":"sha256:af7c57e718b15b8911860a0d065848756caa7a85654cdfa6c94fe51720d41d09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<ReferCaseMutation, ReferCaseMutationVariables>;
export const SettlementSuspensionListDocument = {"__meta__":{"hash":"sha256:681727c7e046ee6f0b8c358b37a14b64aa33e77e62cdae910292f58a82346481"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementSuspensionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredPersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredPersonOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"settlementSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettlementSuspensionListQuery, SettlementSuspensionListQueryVariables>;
export const SettlementSuspensionOneDocument = {"__meta__":{"hash":"sha256:8319a08bfcf0ba1f48fe7fe30cf3d106b76ea3ff4a9e469309f81c4fe4c64cd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementSuspensionOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"settlementSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspensionPenalties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementSuspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"restoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspensionPenalties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementSuspensionOneQuery, SettlementSuspensionOneQueryVariables>;
export const BillingSuspensionListDocument = {"__meta__":{"hash":"sha256:5a7c02d37f472b8bdb0b1d10dee9f869eefff7040670b65aac19284f117f76db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSuspensionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicianFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicianOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"physicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billingSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"primaryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingSuspensionListQuery, BillingSuspensionListQueryVariables>;
export const BillingSuspensionOneDocument = {"__meta__":{"hash":"sha256:da3715d18942ffaf9dc450a2dd54fb00f189bc5637244b0678dc892c4df3962a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSuspensionOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Physician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billingSuspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"primaryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuspensionPenalties"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuspensionPenalties"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<BillingSuspensionOneQuery, BillingSuspensionOneQueryVariables>;
export const SanctionEndListDocument = {"__meta__":{"hash":"sha256:0519ae02302265994d69afc412833e76de520182057946e55d32c777fc45860c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanctionEndList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sanctionEnds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SanctionEndRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SanctionEndRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanctionEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SanctionEndListQuery, SanctionEndListQueryVariables>;
export const SanctionEndOneDocument = {"__meta__":{"hash":"sha256:fe85cbc6088fa69407b683725e525269ec86128619d37759a8b07d03eb26936d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanctionEndOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SanctionEndRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SanctionEndRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SanctionEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeDocumentRef"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SanctionEndOneQuery, SanctionEndOneQueryVariables>;
export const DispatchedDocumentListDocument = {"__meta__":{"hash":"sha256:10f0d351b6c1ea48616f1d5f1ee83f04cbae119e9e4fa87cc16c5860f84d7049"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchedDocumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchedDocumentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchedDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DispatchedDocumentListQuery, DispatchedDocumentListQueryVariables>;
export const DispatchedDocumentOneDocument = {"__meta__":{"hash":"sha256:7ca143abec1f59a984021ee97accc0508fe6ebd50732b2211b8bd76fe585c75c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchedDocumentOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchedDocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchedDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DispatchedDocumentOneQuery, DispatchedDocumentOneQueryVariables>;
export const ReferralListDocument = {"__meta__":{"hash":"sha256:391d2d57b471a28a4de29aa203973b29d47e36eed8e8c4c2bc531aa1ee5f3780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralListQuery, ReferralListQueryVariables>;
export const ReferralOneDocument = {"__meta__":{"hash":"sha256:9a16128d90d1527d5e975f1938749a02bd881b4773b6e2123f37a3e0dfea2444"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivingAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralOneQuery, ReferralOneQueryVariables>;
export const StartScreeningRunDocument = {"__meta__":{"hash":"sha256:7d32cb33ffb7cc841f24c266e5dd3f307e691cca60bdf0ae90c046086bc5f6d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScreeningRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartScreeningRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startScreeningRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}},{"kind":"Field","name":{"kind":"Name","value":"screeningRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StartScreeningRunMutation, StartScreeningRunMutationVariables>;
export const CancelScreeningRunDocument = {"__meta__":{"hash":"sha256:03e3c80a334ab2f6c88dc03df251b659279ca0dce4e3dbf7b2a8ae6bb65edbed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScreeningRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRunIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelScreeningRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}},{"kind":"Field","name":{"kind":"Name","value":"screeningRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CancelScreeningRunMutation, CancelScreeningRunMutationVariables>;
export const ResumeScreeningRunDocument = {"__meta__":{"hash":"sha256:60967e2f0588c776d642b9c092f59e7ce2a74c18f73a0a9339269887e0a82445"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeScreeningRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRunIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumeScreeningRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}},{"kind":"Field","name":{"kind":"Name","value":"screeningRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResumeScreeningRunMutation, ResumeScreeningRunMutationVariables>;
export const ScreeningRunListDocument = {"__meta__":{"hash":"sha256:61baa29be61cfd9762c20b4ccefa1dd6fc278ae82eb5f3d92bfb9f6997db0ac8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRunList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"screeningRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScreeningRunListQuery, ScreeningRunListQueryVariables>;
export const ScreeningRunOneDocument = {"__meta__":{"hash":"sha256:19ca1c21aa8d484286854d9145916aecdb65f01585bd32cdaee2b8a7b2deea00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRunOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"chunksDone"}},{"kind":"Field","name":{"kind":"Name","value":"chunksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"claimsScreened"}},{"kind":"Field","name":{"kind":"Name","value":"hitsFound"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScreeningRunOneQuery, ScreeningRunOneQueryVariables>;
export const AssignTipOffDocument = {"__meta__":{"hash":"sha256:3a8442d8d9da7a0fe46c8f29437fbc6b0f10ff569575c04931a39adcb8f37464"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTipOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTipOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignTipOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipOffStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<AssignTipOffMutation, AssignTipOffMutationVariables>;
export const VerifyTipOffDocument = {"__meta__":{"hash":"sha256:72e801e4d18aa4a5678ab075567afa18e738a3d38fc89d86e3ac0ec25abec5fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyTipOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyTipOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyTipOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipOffStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<VerifyTipOffMutation, VerifyTipOffMutationVariables>;
export const ApproveTipOffRewardDocument = {"__meta__":{"hash":"sha256:56f14699d954499451e66bf42ba0c1a45d578fb654755eaba9b207829db13513"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveTipOffReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TipOffStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveTipOffReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipOffStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ApproveTipOffRewardMutation, ApproveTipOffRewardMutationVariables>;
export const PayTipOffRewardDocument = {"__meta__":{"hash":"sha256:02d95ae48e6d26fcd6b0dcf834abc87fac18dbe34f0ac7fef27c9a61da60cd0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayTipOffReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayTipOffRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payTipOffReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipOffStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PayTipOffRewardMutation, PayTipOffRewardMutationVariables>;
export const ReceiveTipOffDocument = {"__meta__":{"hash":"sha256:b52850d3369863cc90ba56786e04b37f85bc1612a68a15b3a0d891594ff5f431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveTipOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveTipOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receiveTipOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TipOffStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TipOffStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ReceiveTipOffMutation, ReceiveTipOffMutationVariables>;
export const TipOffListDocument = {"__meta__":{"hash":"sha256:29fc5cefe91ad6fc142584d33372024883517d8a99f4040925ca209fbc1062f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipOffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipOffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipOffOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tipOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TipOffListQuery, TipOffListQueryVariables>;
export const TipOffOneDocument = {"__meta__":{"hash":"sha256:f4f617dab8391cb358828e1604483eb17953ed49b24e524eccc2527433aaead2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipOffOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardKind"}},{"kind":"Field","name":{"kind":"Name","value":"rewardFen"}},{"kind":"Field","name":{"kind":"Name","value":"rewardApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TipOffOneQuery, TipOffOneQueryVariables>;
export const TipOffAssignableStaffDocument = {"__meta__":{"hash":"sha256:b3fa6a3d762a2fade5c283ff0c67d574f524d520996c92ba61c7111c09c78ff3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipOffAssignableStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TipOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignableStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TipOffAssignableStaffQuery, TipOffAssignableStaffQueryVariables>;
export const DisableUserDocument = {"__meta__":{"hash":"sha256:add9c2aef707609815efe0bdffd4ded890f6a00238038c1f663ac8e444ee517e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"__meta__":{"hash":"sha256:a79797e0c972292ea6bd99210e06e9c64bec5ca20850d05d3f628078e7a997e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const ChangeUserRoleDocument = {"__meta__":{"hash":"sha256:fdc0c14563315f2ee91855e756f0e0eda65fc3dec5d3a9081e71dbbe7fac7c1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const UserListDocument = {"__meta__":{"hash":"sha256:ec093e2e05595229917fbe5f6f21ae3100f5f0977a1398f7f5b10003b81ae0c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserListQuery, UserListQueryVariables>;
export const UserOneDocument = {"__meta__":{"hash":"sha256:8907ef4f015c04a694e5a6649b1cdc0ce40e7c61a4478c6f54b6fef332c90a9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"user"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserOneQuery, UserOneQueryVariables>;
export const UserManyDocument = {"__meta__":{"hash":"sha256:011906dbf258a173287adbb5a36dc5b25e5d6239ce3a12da4b17f78fb3f4b0d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UserManyQuery, UserManyQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:5d1e06767a78f920659d5794ab2283ddf9fb179b4ef255679f90d521ff2bec92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditSeq"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;