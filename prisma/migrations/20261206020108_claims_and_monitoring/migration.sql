-- CreateEnum
CREATE TYPE "JudgementLevel" AS ENUM ('CERTAIN', 'HIGHLY_SUSPECTED', 'SUSPECTED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "InsuranceType" AS ENUM ('EMPLOYEE', 'RESIDENT', 'MATERNITY', 'WORK_INJURY');

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('OUTPATIENT', 'INPATIENT', 'PHARMACY', 'CHRONIC_OUTPATIENT');

-- CreateEnum
CREATE TYPE "SettlementCategory" AS ENUM ('GENERAL_OUTPATIENT', 'INPATIENT', 'CHRONIC_DISEASE', 'MATERNITY', 'WORK_INJURY', 'PHARMACY_PURCHASE');

-- CreateEnum
CREATE TYPE "ClaimLineCategory" AS ENUM ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL', 'SERVICE_ITEM', 'MATERIAL', 'NON_MEDICAL');

-- CreateEnum
CREATE TYPE "KnowledgeKind" AS ENUM ('SEX_RESTRICTION', 'CHILD_ONLY', 'SURGERY_DISCOUNT', 'INSURANCE_TYPE_RESTRICTION', 'INDICATION', 'PAYMENT_STANDARD', 'QUANTITY_LIMIT', 'NOT_COVERED', 'CHRONIC_VALIDITY', 'CATEGORY_DIAGNOSIS');

-- CreateEnum
CREATE TYPE "MonitoringOutcomeKind" AS ENUM ('REMINDED', 'INTERCEPTED', 'SETTLED_WITH_WARNINGS');

-- CreateEnum
CREATE TYPE "ScreeningRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED');

-- AlterTable
ALTER TABLE "AuditRule" ADD COLUMN     "blocking" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "judgementLevel" "JudgementLevel" NOT NULL DEFAULT 'SUSPECTED',
ADD COLUMN     "ruleKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "InsuredPerson" ADD COLUMN     "birthDate" DATE,
ADD COLUMN     "sex" "Sex";

-- AlterTable
ALTER TABLE "RuleHit" ADD COLUMN     "claimId" UUID,
ADD COLUMN     "detailJson" JSONB,
ADD COLUMN     "ruleVersion" INTEGER,
ADD COLUMN     "screeningRunId" UUID,
ADD COLUMN     "settlementMonth" DATE;

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "settlementMonth" DATE NOT NULL,
    "settlementId" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "agreementId" UUID,
    "physicianId" UUID,
    "insuredPersonId" UUID NOT NULL,
    "insuranceType" "InsuranceType" NOT NULL,
    "visitType" "VisitType" NOT NULL,
    "admittedOn" DATE,
    "dischargedOn" DATE,
    "settledAt" TIMESTAMPTZ(3) NOT NULL,
    "diagnoses" TEXT[],
    "settlementCategory" "SettlementCategory" NOT NULL,
    "totalFen" BIGINT NOT NULL,
    "fundFen" BIGINT NOT NULL,
    "accountFen" BIGINT NOT NULL,
    "selfFen" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id","settlementMonth")
) PARTITION BY RANGE ("settlementMonth");

-- CreateTable
CREATE TABLE "ClaimLine" (
    "id" UUID NOT NULL,
    "settlementMonth" DATE NOT NULL,
    "claimId" UUID NOT NULL,
    "settlementId" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "catalogueCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "ClaimLineCategory" NOT NULL,
    "quantity" DECIMAL(12,3) NOT NULL,
    "unitPriceFen" BIGINT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "daysSupply" INTEGER,
    "prescriptionNo" TEXT,
    "prescribedOn" DATE,
    "servedOn" DATE NOT NULL,

    CONSTRAINT "ClaimLine_pkey" PRIMARY KEY ("id","settlementMonth")
) PARTITION BY RANGE ("settlementMonth");

-- CreateTable
CREATE TABLE "ClaimKey" (
    "insurerId" UUID NOT NULL,
    "settlementId" TEXT NOT NULL,
    "claimId" UUID NOT NULL,
    "settlementMonth" DATE NOT NULL,

    CONSTRAINT "ClaimKey_pkey" PRIMARY KEY ("insurerId","settlementId")
);

-- CreateTable
CREATE TABLE "KnowledgeEntry" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "kind" "KnowledgeKind" NOT NULL,
    "catalogueCode" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "batch" TEXT,
    "sex" "Sex",
    "maxAgeYears" INTEGER,
    "insuranceTypes" "InsuranceType"[],
    "icd10Prefixes" TEXT[],
    "priceFen" BIGINT,
    "discountPercent" INTEGER,
    "maxQuantity" DECIMAL(12,3),
    "maxDaysSupply" INTEGER,
    "validityDays" INTEGER,
    "maxUses" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KnowledgeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringOutcome" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "moment" "RuleStage" NOT NULL,
    "outcome" "MonitoringOutcomeKind" NOT NULL,
    "settlementId" TEXT,
    "settlementMonth" DATE NOT NULL,
    "fundFen" BIGINT NOT NULL,
    "hitAmountFen" BIGINT NOT NULL,
    "ruleKeys" TEXT[],
    "hits" JSONB NOT NULL DEFAULT '[]',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreeningRun" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "ruleIds" UUID[],
    "status" "ScreeningRunStatus" NOT NULL DEFAULT 'QUEUED',
    "chunksTotal" INTEGER NOT NULL DEFAULT 0,
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "claimsScreened" INTEGER NOT NULL DEFAULT 0,
    "hitsFound" INTEGER NOT NULL DEFAULT 0,
    "createdBy" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScreeningRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreeningChunk" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "doneAt" TIMESTAMPTZ(3),

    CONSTRAINT "ScreeningChunk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_insurerId_settlementMonth_providerId_idx" ON "Claim"("insurerId", "settlementMonth", "providerId");

-- CreateIndex
CREATE INDEX "Claim_insuredPersonId_settledAt_idx" ON "Claim"("insuredPersonId", "settledAt");

-- CreateIndex
CREATE INDEX "Claim_providerId_settlementMonth_idx" ON "Claim"("providerId", "settlementMonth");

-- CreateIndex
CREATE INDEX "ClaimLine_claimId_idx" ON "ClaimLine"("claimId");

-- CreateIndex
CREATE INDEX "ClaimLine_insurerId_settlementMonth_providerId_idx" ON "ClaimLine"("insurerId", "settlementMonth", "providerId");

-- CreateIndex
CREATE INDEX "KnowledgeEntry_insurerId_catalogueCode_idx" ON "KnowledgeEntry"("insurerId", "catalogueCode");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeEntry_insurerId_kind_catalogueCode_key" ON "KnowledgeEntry"("insurerId", "kind", "catalogueCode");

-- CreateIndex
CREATE INDEX "MonitoringOutcome_insurerId_settlementMonth_idx" ON "MonitoringOutcome"("insurerId", "settlementMonth");

-- CreateIndex
CREATE INDEX "MonitoringOutcome_providerId_settlementMonth_idx" ON "MonitoringOutcome"("providerId", "settlementMonth");

-- CreateIndex
CREATE INDEX "ScreeningRun_insurerId_createdAt_idx" ON "ScreeningRun"("insurerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningChunk_runId_providerId_key" ON "ScreeningChunk"("runId", "providerId");

-- CreateIndex
CREATE INDEX "AuditRule_insurerId_ruleKey_idx" ON "AuditRule"("insurerId", "ruleKey");

-- CreateIndex
CREATE INDEX "RuleHit_screeningRunId_idx" ON "RuleHit"("screeningRunId");

-- CreateIndex
CREATE UNIQUE INDEX "RuleHit_ruleId_claimId_stage_key" ON "RuleHit"("ruleId", "claimId", "stage");

-- AddForeignKey
ALTER TABLE "KnowledgeEntry" ADD CONSTRAINT "KnowledgeEntry_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningRun" ADD CONSTRAINT "ScreeningRun_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningChunk" ADD CONSTRAINT "ScreeningChunk_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScreeningRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: claims and their lines are range-partitioned by settlement month (one
-- partition per month, plus a default for months outside the prepared range). Screening a
-- month reads only its partitions; old months can be detached and archived whole.
CREATE FUNCTION hub_ensure_claim_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  first_day date := date_trunc('month', month)::date;
  suffix text := to_char(first_day, 'YYYYMM');
BEGIN
  IF to_regclass(format('%I', 'Claim_' || suffix)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF "Claim" FOR VALUES FROM (%L) TO (%L)',
      'Claim_' || suffix, first_day, (first_day + interval '1 month')::date);
  END IF;
  IF to_regclass(format('%I', 'ClaimLine_' || suffix)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF "ClaimLine" FOR VALUES FROM (%L) TO (%L)',
      'ClaimLine_' || suffix, first_day, (first_day + interval '1 month')::date);
  END IF;
END $$;

SELECT hub_ensure_claim_partition(d::date)
  FROM generate_series('2025-01-01'::date, '2027-12-01'::date, interval '1 month') AS d;
CREATE TABLE "Claim_default" PARTITION OF "Claim" DEFAULT;
CREATE TABLE "ClaimLine_default" PARTITION OF "ClaimLine" DEFAULT;
