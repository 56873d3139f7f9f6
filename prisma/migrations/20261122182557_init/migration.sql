-- CreateEnum
CREATE TYPE "InsurerLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('HOSPITAL', 'CLINIC', 'OUTPATIENT_DEPARTMENT', 'COMMUNITY_HEALTH_CENTRE', 'VILLAGE_CLINIC', 'RETAIL_PHARMACY', 'DIALYSIS_CENTRE', 'REHABILITATION_CENTRE');

-- CreateEnum
CREATE TYPE "HospitalGrade" AS ENUM ('GRADE_1', 'GRADE_2', 'GRADE_3', 'UNGRADED');

-- CreateEnum
CREATE TYPE "PharmacyClass" AS ENUM ('A', 'B');

-- CreateEnum
CREATE TYPE "Ownership" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "ProviderStatus" AS ENUM ('APPLYING', 'ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "PractitionerProfession" AS ENUM ('PHYSICIAN', 'PHARMACIST', 'NURSE', 'TECHNICIAN');

-- CreateEnum
CREATE TYPE "PractitionerStatus" AS ENUM ('ACTIVE', 'BILLING_SUSPENDED', 'RETIRED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('COMMERCIAL_INSURER', 'IT_VENDOR', 'ACCOUNTING_FIRM', 'OTHER_THIRD_PARTY');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "AgreementFamily" AS ENUM ('SERVICE', 'PARTNER');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MEDICAL_INSTITUTION_SERVICE', 'RETAIL_PHARMACY_SERVICE', 'OUTPATIENT_SERVICE', 'CHRONIC_DISEASE_SERVICE', 'MATERNITY_SERVICE', 'WORK_INJURY_SERVICE', 'CRITICAL_ILLNESS_INSURANCE', 'INVESTIGATION_ENTRUSTMENT', 'ADMINISTRATION_SERVICE', 'SUPERVISION_SERVICE');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "SuspensionScope" AS ENUM ('AGREEMENT', 'REAL_TIME_SETTLEMENT');

-- CreateEnum
CREATE TYPE "EntrustedWork" AS ENUM ('ROUTINE_ADMINISTRATION', 'SITE_PATROL', 'CASE_RECORD_REVIEW', 'TRAUMA_INVESTIGATION', 'SMART_MONITORING', 'CROSS_REGION_AUDIT', 'AD_HOC_REIMBURSEMENT_REVIEW');

-- CreateEnum
CREATE TYPE "IndicatorMetric" AS ENUM ('AVERAGE_COST_PER_VISIT', 'AVERAGE_COST_PER_ADMISSION', 'DRUG_SHARE', 'WESTERN_DRUG_STOCKING_RATE', 'PATENT_CHINESE_DRUG_STOCKING_RATE', 'ANNUAL_PAYMENT_LIMIT', 'AVERAGE_LENGTH_OF_STAY', 'READMISSION_RATE', 'MONTHLY_REPORT_ON_TIME', 'ASSESSMENT_SCORE');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('LT', 'LTE', 'EQ', 'GTE', 'GT');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('FEN', 'PERCENT', 'DAYS', 'COUNT', 'POINTS');

-- CreateEnum
CREATE TYPE "AgreementAction" AS ENUM ('DRAFT', 'SIGN', 'ACTIVATE', 'AMEND', 'SUSPEND', 'RESUME', 'TERMINATE', 'RENEW', 'EXPIRE');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'API_CLIENT', 'SYSTEM');

-- CreateEnum
CREATE TYPE "ViolationCategory" AS ENUM ('QUALIFICATION', 'CARD_MISUSE', 'HOSPITALISATION', 'OVER_SERVICING', 'BILLING', 'PRESCRIPTION', 'DOCUMENTATION', 'SETTLEMENT', 'REPORTING', 'THIRD_PARTY_LIABILITY');

-- CreateEnum
CREATE TYPE "PenaltyTarget" AS ENUM ('PROVIDER', 'PHYSICIAN', 'INSURED_PERSON');

-- CreateEnum
CREATE TYPE "FindingSource" AS ENUM ('ON_SITE_INSPECTION', 'FLIGHT_INSPECTION', 'RANDOM_INSPECTION', 'SMART_MONITORING', 'AUDIT', 'CASE_RECORD_REVIEW', 'TIP_OFF', 'PARTNER_INVESTIGATION', 'SELF_INSPECTION');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'PENALISED', 'DISMISSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PenaltyMeasure" AS ENUM ('FORMAL_TALK', 'WARNING', 'PUBLIC_CRITICISM', 'RECTIFICATION', 'RECOVERY', 'DEDUCTION', 'PAYMENT_REFUSAL', 'LIQUIDATED_DAMAGES', 'SETTLEMENT_SUSPENSION', 'AGREEMENT_SUSPENSION', 'AGREEMENT_TERMINATION', 'PHYSICIAN_BILLING_SUSPENSION', 'INSURED_SETTLEMENT_SUSPENSION', 'ADMINISTRATIVE_FINE_REFERRAL', 'JUDICIAL_REFERRAL', 'PUBLIC_DISCLOSURE', 'BLACKLIST');

-- CreateEnum
CREATE TYPE "PenaltyStatus" AS ENUM ('PROPOSED', 'ISSUED', 'APPEALED', 'UPHELD', 'REDUCED', 'OVERTURNED', 'EXECUTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AppealKind" AS ENUM ('APPEAL', 'RECONSIDERATION');

-- CreateEnum
CREATE TYPE "AppealDecision" AS ENUM ('UPHOLD', 'REDUCE', 'OVERTURN');

-- CreateEnum
CREATE TYPE "AssessmentResult" AS ENUM ('EXCELLENT', 'PASS', 'CONDITIONAL', 'FAIL');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CreditGrade" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "CreditSubjectType" AS ENUM ('PROVIDER', 'PHYSICIAN', 'PARTNER');

-- CreateEnum
CREATE TYPE "RuleKind" AS ENUM ('SUSPICIOUS', 'VIOLATION');

-- CreateEnum
CREATE TYPE "RuleStage" AS ENUM ('BEFORE', 'DURING', 'AFTER');

-- CreateEnum
CREATE TYPE "RuleHitStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "TipOffChannel" AS ENUM ('PHONE', 'LETTER', 'ONLINE', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "TipOffStatus" AS ENUM ('RECEIVED', 'INVESTIGATING', 'VERIFIED', 'UNFOUNDED', 'REWARDED');

-- CreateEnum
CREATE TYPE "RewardKind" AS ENUM ('MONETARY', 'COMMENDATION');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER', 'PARTNER', 'PROVIDER_STAFF', 'INTEGRATOR');

-- CreateTable
CREATE TABLE "Insurer" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "InsurerLevel" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "regionZh" TEXT NOT NULL,
    "regionEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Insurer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "hospitalGrade" "HospitalGrade",
    "pharmacyClass" "PharmacyClass",
    "ownership" "Ownership" NOT NULL,
    "licenceScope" TEXT[],
    "regionCode" TEXT NOT NULL,
    "address" TEXT,
    "status" "ProviderStatus" NOT NULL DEFAULT 'ACTIVE',
    "reapplicationBannedUntil" DATE,
    "insurerId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Physician" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "licenceNumber" TEXT NOT NULL,
    "profession" "PractitionerProfession" NOT NULL,
    "status" "PractitionerStatus" NOT NULL DEFAULT 'ACTIVE',
    "billingSuspendedUntil" DATE,
    "primaryProviderId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Physician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeSite" (
    "id" UUID NOT NULL,
    "physicianId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeSite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeSignIn" (
    "id" UUID NOT NULL,
    "physicianId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "signedInAt" TIMESTAMPTZ(3) NOT NULL,
    "signedOutAt" TIMESTAMPTZ(3),

    CONSTRAINT "PracticeSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "unifiedSocialCreditCode" TEXT NOT NULL,
    "status" "PartnerStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsuredPerson" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "nameZh" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "settlementSuspendedUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsuredPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "family" "AgreementFamily" NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "suspensionScope" "SuspensionScope",
    "insurerId" UUID NOT NULL,
    "providerId" UUID,
    "partnerId" UUID,
    "entrustedWork" "EntrustedWork"[],
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "signedAt" TIMESTAMPTZ(3),
    "terminatedAt" TIMESTAMPTZ(3),
    "currentVersionNo" INTEGER NOT NULL DEFAULT 1,
    "renewedFromId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "templateCode" TEXT NOT NULL,
    "templateVersion" TEXT NOT NULL,
    "changeNote" TEXT,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementClause" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "clauseNo" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,

    CONSTRAINT "AgreementClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlIndicator" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "metric" "IndicatorMetric" NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "threshold" DECIMAL(18,4) NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "breachMeasure" "PenaltyMeasure",

    CONSTRAINT "ControlIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTransition" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "action" "AgreementAction" NOT NULL,
    "fromStatus" "AgreementStatus",
    "toStatus" "AgreementStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ViolationType" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "ViolationCategory" NOT NULL,
    "appliesTo" "PenaltyTarget"[],
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,

    CONSTRAINT "ViolationType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "agreementId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "physicianId" UUID,
    "insuredPersonId" UUID,
    "violationTypeId" UUID NOT NULL,
    "source" "FindingSource" NOT NULL,
    "partnerId" UUID,
    "tipOffId" UUID,
    "description" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "violatingAmountFen" BIGINT NOT NULL,
    "occurredFrom" DATE,
    "occurredTo" DATE,
    "foundOn" DATE NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penalty" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "findingId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "physicianId" UUID,
    "insuredPersonId" UUID,
    "target" "PenaltyTarget" NOT NULL,
    "measure" "PenaltyMeasure" NOT NULL,
    "status" "PenaltyStatus" NOT NULL DEFAULT 'PROPOSED',
    "baseAmountFen" BIGINT,
    "multiple" DECIMAL(6,2),
    "amountFen" BIGINT,
    "recoveredAmountFen" BIGINT NOT NULL DEFAULT 0,
    "durationMonths" INTEGER,
    "rectificationDueOn" DATE,
    "effectiveFrom" DATE,
    "effectiveUntil" DATE,
    "legalBasis" TEXT NOT NULL,
    "clauseRef" TEXT,
    "notes" TEXT,
    "appealDeadline" TIMESTAMPTZ(3),
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "executedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Penalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "penaltyId" UUID NOT NULL,
    "kind" "AppealKind" NOT NULL,
    "grounds" TEXT NOT NULL,
    "filedByType" "ActorType" NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "AppealDecision",
    "decisionReason" TEXT,
    "reducedAmountFen" BIGINT,
    "decidedByType" "ActorType",
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "result" "AssessmentResult" NOT NULL,
    "withheldAmountFen" BIGINT NOT NULL DEFAULT 0,
    "comment" TEXT,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditEvaluation" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "subjectType" "CreditSubjectType" NOT NULL,
    "providerId" UUID,
    "physicianId" UUID,
    "partnerId" UUID,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" "CreditGrade" NOT NULL,
    "blacklisted" BOOLEAN NOT NULL DEFAULT false,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRule" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "RuleKind" NOT NULL,
    "stages" "RuleStage"[],
    "violationTypeId" UUID,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleHit" (
    "id" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "stage" "RuleStage" NOT NULL,
    "providerId" UUID NOT NULL,
    "agreementId" UUID,
    "physicianId" UUID,
    "insuredPersonId" UUID,
    "claimRef" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "detail" TEXT,
    "status" "RuleHitStatus" NOT NULL DEFAULT 'OPEN',
    "findingId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipOff" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID,
    "channel" "TipOffChannel" NOT NULL,
    "summary" TEXT NOT NULL,
    "reporterContact" TEXT,
    "status" "TipOffStatus" NOT NULL DEFAULT 'RECEIVED',
    "verifiedAmountFen" BIGINT,
    "rewardKind" "RewardKind",
    "rewardFen" BIGINT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TipOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGINT NOT NULL,
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "time" TIMESTAMPTZ(6) NOT NULL,
    "data" JSONB NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "requestId" TEXT,
    "insurerId" UUID,
    "providerId" UUID,
    "partnerId" UUID,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "apiClientId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "eventTypes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventSeq" BIGINT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "role" "Role" NOT NULL,
    "insurerId" UUID,
    "providerId" UUID,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "partnerId" UUID,
    "insurerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "apiClientId" UUID NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "operationName" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Insurer_code_key" ON "Insurer"("code");

-- CreateIndex
CREATE INDEX "Insurer_regionCode_idx" ON "Insurer"("regionCode");

-- CreateIndex
CREATE INDEX "Insurer_nameZh_idx" ON "Insurer"("nameZh");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_code_key" ON "Provider"("code");

-- CreateIndex
CREATE INDEX "Provider_insurerId_idx" ON "Provider"("insurerId");

-- CreateIndex
CREATE INDEX "Provider_kind_idx" ON "Provider"("kind");

-- CreateIndex
CREATE INDEX "Provider_status_idx" ON "Provider"("status");

-- CreateIndex
CREATE INDEX "Provider_regionCode_idx" ON "Provider"("regionCode");

-- CreateIndex
CREATE INDEX "Provider_nameZh_idx" ON "Provider"("nameZh");

-- CreateIndex
CREATE UNIQUE INDEX "Physician_code_key" ON "Physician"("code");

-- CreateIndex
CREATE INDEX "Physician_primaryProviderId_idx" ON "Physician"("primaryProviderId");

-- CreateIndex
CREATE INDEX "Physician_status_idx" ON "Physician"("status");

-- CreateIndex
CREATE INDEX "Physician_nameZh_idx" ON "Physician"("nameZh");

-- CreateIndex
CREATE INDEX "PracticeSite_providerId_idx" ON "PracticeSite"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeSite_physicianId_providerId_key" ON "PracticeSite"("physicianId", "providerId");

-- CreateIndex
CREATE INDEX "PracticeSignIn_physicianId_signedInAt_idx" ON "PracticeSignIn"("physicianId", "signedInAt");

-- CreateIndex
CREATE INDEX "PracticeSignIn_providerId_idx" ON "PracticeSignIn"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_code_key" ON "Partner"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_unifiedSocialCreditCode_key" ON "Partner"("unifiedSocialCreditCode");

-- CreateIndex
CREATE INDEX "Partner_nameZh_idx" ON "Partner"("nameZh");

-- CreateIndex
CREATE UNIQUE INDEX "InsuredPerson_insurerId_idNumber_key" ON "InsuredPerson"("insurerId", "idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_number_key" ON "Agreement"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_renewedFromId_key" ON "Agreement"("renewedFromId");

-- CreateIndex
CREATE INDEX "Agreement_insurerId_status_idx" ON "Agreement"("insurerId", "status");

-- CreateIndex
CREATE INDEX "Agreement_providerId_status_idx" ON "Agreement"("providerId", "status");

-- CreateIndex
CREATE INDEX "Agreement_partnerId_status_idx" ON "Agreement"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Agreement_status_endsOn_idx" ON "Agreement"("status", "endsOn");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_versionNo_key" ON "AgreementVersion"("agreementId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementClause_versionId_clauseNo_key" ON "AgreementClause"("versionId", "clauseNo");

-- CreateIndex
CREATE UNIQUE INDEX "ControlIndicator_versionId_metric_key" ON "ControlIndicator"("versionId", "metric");

-- CreateIndex
CREATE INDEX "AgreementTransition_agreementId_occurredAt_idx" ON "AgreementTransition"("agreementId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ViolationType_code_key" ON "ViolationType"("code");

-- CreateIndex
CREATE INDEX "ViolationType_category_idx" ON "ViolationType"("category");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_number_key" ON "Finding"("number");

-- CreateIndex
CREATE INDEX "Finding_agreementId_idx" ON "Finding"("agreementId");

-- CreateIndex
CREATE INDEX "Finding_providerId_foundOn_idx" ON "Finding"("providerId", "foundOn");

-- CreateIndex
CREATE INDEX "Finding_violationTypeId_idx" ON "Finding"("violationTypeId");

-- CreateIndex
CREATE INDEX "Finding_source_idx" ON "Finding"("source");

-- CreateIndex
CREATE INDEX "Finding_status_idx" ON "Finding"("status");

-- CreateIndex
CREATE INDEX "Finding_foundOn_idx" ON "Finding"("foundOn");

-- CreateIndex
CREATE INDEX "Finding_partnerId_idx" ON "Finding"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Penalty_number_key" ON "Penalty"("number");

-- CreateIndex
CREATE INDEX "Penalty_findingId_idx" ON "Penalty"("findingId");

-- CreateIndex
CREATE INDEX "Penalty_agreementId_idx" ON "Penalty"("agreementId");

-- CreateIndex
CREATE INDEX "Penalty_providerId_status_idx" ON "Penalty"("providerId", "status");

-- CreateIndex
CREATE INDEX "Penalty_status_proposedAt_idx" ON "Penalty"("status", "proposedAt");

-- CreateIndex
CREATE INDEX "Penalty_measure_idx" ON "Penalty"("measure");

-- CreateIndex
CREATE INDEX "Penalty_proposedAt_idx" ON "Penalty"("proposedAt");

-- CreateIndex
CREATE INDEX "Appeal_penaltyId_idx" ON "Appeal"("penaltyId");

-- CreateIndex
CREATE INDEX "Assessment_year_idx" ON "Assessment"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_agreementId_year_key" ON "Assessment"("agreementId", "year");

-- CreateIndex
CREATE INDEX "CreditEvaluation_providerId_year_idx" ON "CreditEvaluation"("providerId", "year");

-- CreateIndex
CREATE INDEX "CreditEvaluation_physicianId_year_idx" ON "CreditEvaluation"("physicianId", "year");

-- CreateIndex
CREATE INDEX "CreditEvaluation_partnerId_year_idx" ON "CreditEvaluation"("partnerId", "year");

-- CreateIndex
CREATE INDEX "CreditEvaluation_insurerId_year_idx" ON "CreditEvaluation"("insurerId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AuditRule_code_key" ON "AuditRule"("code");

-- CreateIndex
CREATE INDEX "AuditRule_insurerId_idx" ON "AuditRule"("insurerId");

-- CreateIndex
CREATE INDEX "RuleHit_ruleId_idx" ON "RuleHit"("ruleId");

-- CreateIndex
CREATE INDEX "RuleHit_providerId_occurredAt_idx" ON "RuleHit"("providerId", "occurredAt");

-- CreateIndex
CREATE INDEX "RuleHit_agreementId_idx" ON "RuleHit"("agreementId");

-- CreateIndex
CREATE INDEX "RuleHit_status_idx" ON "RuleHit"("status");

-- CreateIndex
CREATE INDEX "RuleHit_findingId_idx" ON "RuleHit"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "TipOff_number_key" ON "TipOff"("number");

-- CreateIndex
CREATE INDEX "TipOff_insurerId_status_idx" ON "TipOff"("insurerId", "status");

-- CreateIndex
CREATE INDEX "TipOff_providerId_idx" ON "TipOff"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_id_key" ON "AuditEvent"("id");

-- CreateIndex
CREATE INDEX "AuditEvent_type_seq_idx" ON "AuditEvent"("type", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_seq_idx" ON "AuditEvent"("subject", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_seq_idx" ON "AuditEvent"("entityType", "entityId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_seq_idx" ON "AuditEvent"("actorId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_insurerId_seq_idx" ON "AuditEvent"("insurerId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_providerId_seq_idx" ON "AuditEvent"("providerId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_partnerId_seq_idx" ON "AuditEvent"("partnerId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_time_idx" ON "AuditEvent"("time");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_apiClientId_idx" ON "WebhookEndpoint"("apiClientId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventSeq_key" ON "WebhookDelivery"("endpointId", "eventSeq");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "ApiClient_partnerId_idx" ON "ApiClient"("partnerId");

-- CreateIndex
CREATE INDEX "ApiClient_insurerId_idx" ON "ApiClient"("insurerId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_apiClientId_idx" ON "ApiKey"("apiClientId");

-- CreateIndex
CREATE INDEX "AccessLogEntry_entityType_entityId_at_idx" ON "AccessLogEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_actorId_at_idx" ON "AccessLogEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_at_idx" ON "AccessLogEntry"("at");

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Physician" ADD CONSTRAINT "Physician_primaryProviderId_fkey" FOREIGN KEY ("primaryProviderId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSite" ADD CONSTRAINT "PracticeSite_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSite" ADD CONSTRAINT "PracticeSite_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSignIn" ADD CONSTRAINT "PracticeSignIn_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSignIn" ADD CONSTRAINT "PracticeSignIn_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsuredPerson" ADD CONSTRAINT "InsuredPerson_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementClause" ADD CONSTRAINT "AgreementClause_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlIndicator" ADD CONSTRAINT "ControlIndicator_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTransition" ADD CONSTRAINT "AgreementTransition_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_insuredPersonId_fkey" FOREIGN KEY ("insuredPersonId") REFERENCES "InsuredPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_violationTypeId_fkey" FOREIGN KEY ("violationTypeId") REFERENCES "ViolationType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_tipOffId_fkey" FOREIGN KEY ("tipOffId") REFERENCES "TipOff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_insuredPersonId_fkey" FOREIGN KEY ("insuredPersonId") REFERENCES "InsuredPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_penaltyId_fkey" FOREIGN KEY ("penaltyId") REFERENCES "Penalty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEvaluation" ADD CONSTRAINT "CreditEvaluation_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEvaluation" ADD CONSTRAINT "CreditEvaluation_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEvaluation" ADD CONSTRAINT "CreditEvaluation_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEvaluation" ADD CONSTRAINT "CreditEvaluation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRule" ADD CONSTRAINT "AuditRule_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRule" ADD CONSTRAINT "AuditRule_violationTypeId_fkey" FOREIGN KEY ("violationTypeId") REFERENCES "ViolationType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AuditRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_physicianId_fkey" FOREIGN KEY ("physicianId") REFERENCES "Physician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_insuredPersonId_fkey" FOREIGN KEY ("insuredPersonId") REFERENCES "InsuredPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipOff" ADD CONSTRAINT "TipOff_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipOff" ADD CONSTRAINT "TipOff_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written: rules the database itself must hold ───

-- A service agreement binds a provider, a partner agreement a partner; never both, never neither.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_party_matches_family" CHECK (
  ("family" = 'SERVICE' AND "providerId" IS NOT NULL AND "partnerId" IS NULL) OR
  ("family" = 'PARTNER' AND "partnerId" IS NOT NULL AND "providerId" IS NULL)
);
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_term_ordered" CHECK ("endsOn" >= "startsOn");

-- Money is never negative.
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_amount_non_negative" CHECK ("violatingAmountFen" >= 0);
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_amounts_non_negative" CHECK (
  ("baseAmountFen" IS NULL OR "baseAmountFen" >= 0) AND ("amountFen" IS NULL OR "amountFen" >= 0) AND "recoveredAmountFen" >= 0
);

-- The audit log is append-only for every role: rows are never updated or deleted, and the
-- table cannot be truncated. (A superuser can still bypass triggers; the hash chain is what
-- exposes that.)
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
