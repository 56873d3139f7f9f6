-- CreateEnum
CREATE TYPE "CreditBasis" AS ENUM ('MANUAL', 'COMPUTED', 'ADJUSTED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'EVALUATED', 'DESIGNATED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DrugCategory" AS ENUM ('WESTERN', 'PATENT_CHINESE', 'HERBAL', 'OTHER');

-- CreateEnum
CREATE TYPE "SanctionKind" AS ENUM ('INSURED_SETTLEMENT_SUSPENSION', 'PHYSICIAN_BILLING_SUSPENSION');

-- CreateEnum
CREATE TYPE "SanctionEndReason" AS ENUM ('EARLY_ON_REQUEST', 'TERM_ENDED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('HEALTH_AUTHORITY_NOTICE');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('DISPATCHED', 'DELIVERED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ReferralKind" AS ENUM ('JUDICIAL', 'JOINT_PUNISHMENT', 'ADMINISTRATIVE');

-- CreateEnum
CREATE TYPE "ReferralOutcome" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "DisclosureKind" AS ENUM ('BLACKLISTED_PROVIDER', 'TYPICAL_CASE');

-- AlterEnum
ALTER TYPE "TipOffStatus" ADD VALUE 'REWARD_APPROVED';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "serviceFeeBands" JSONB,
ADD COLUMN     "serviceFeeBaseFen" BIGINT;

-- AlterTable
ALTER TABLE "CreditEvaluation" ADD COLUMN     "adjustedAt" TIMESTAMPTZ(3),
ADD COLUMN     "adjustmentReason" TEXT,
ADD COLUMN     "basis" "CreditBasis" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "computedScore" DECIMAL(5,2),
ADD COLUMN     "deductions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Insurer" ADD COLUMN     "monthlyReportDueDay" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "TipOff" ADD COLUMN     "assigneePartnerId" UUID,
ADD COLUMN     "assigneeUserId" UUID,
ADD COLUMN     "investigationDueOn" DATE,
ADD COLUMN     "rewardApprovedAt" TIMESTAMPTZ(3),
ADD COLUMN     "rewardPaidAt" TIMESTAMPTZ(3),
ADD COLUMN     "rewardPaymentRef" TEXT;

-- CreateTable
CREATE TABLE "DesignationApplication" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID,
    "applicantNameZh" TEXT NOT NULL,
    "applicantNameEn" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "hospitalGrade" "HospitalGrade",
    "pharmacyClass" "PharmacyClass",
    "ownership" "Ownership" NOT NULL,
    "licenceScope" TEXT[],
    "regionCode" TEXT NOT NULL,
    "address" TEXT,
    "materials" JSONB NOT NULL DEFAULT '[]',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "evaluationDueOn" DATE NOT NULL,
    "decisionDueOn" DATE NOT NULL,
    "scoreItems" JSONB NOT NULL DEFAULT '[]',
    "totalScore" DECIMAL(5,2),
    "evaluatedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "refusalReason" TEXT,
    "refusalCode" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "agreementId" UUID,
    "submittedByType" "ActorType" NOT NULL,
    "submittedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DesignationApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormularyDrug" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "drugCode" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "DrugCategory" NOT NULL,

    CONSTRAINT "FormularyDrug_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "late" BOOLEAN NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "totalFen" BIGINT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReportLine" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "drugCode" TEXT NOT NULL,
    "drugName" TEXT NOT NULL,
    "maker" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "category" "DrugCategory" NOT NULL,
    "unitPriceFen" BIGINT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "amountFen" BIGINT NOT NULL,

    CONSTRAINT "MonthlyReportLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionEnd" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID,
    "kind" "SanctionKind" NOT NULL,
    "reason" "SanctionEndReason" NOT NULL,
    "insuredPersonId" UUID,
    "physicianId" UUID,
    "suspendedUntil" DATE,
    "endedOn" DATE NOT NULL,
    "requestDocumentRef" TEXT,
    "pledgeDocumentRef" TEXT,
    "note" TEXT,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SanctionEnd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DispatchedDocument" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "penaltyId" UUID NOT NULL,
    "physicianId" UUID,
    "kind" "DocumentKind" NOT NULL,
    "recipient" TEXT NOT NULL,
    "documentRef" TEXT NOT NULL,
    "dispatchedAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveryStatus" "DeliveryStatus" NOT NULL DEFAULT 'DISPATCHED',
    "deliveredAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DispatchedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "penaltyId" UUID NOT NULL,
    "kind" "ReferralKind" NOT NULL,
    "receivingAuthority" TEXT NOT NULL,
    "documentRef" TEXT NOT NULL,
    "referredAt" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "ReferralOutcome" NOT NULL DEFAULT 'PENDING',
    "outcomeNote" TEXT,
    "outcomeAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipOffReporter" (
    "id" UUID NOT NULL,
    "tipOffId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "contact" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TipOffReporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicDisclosure" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "kind" "DisclosureKind" NOT NULL,
    "insurerNameZh" TEXT NOT NULL,
    "insurerNameEn" TEXT NOT NULL,
    "providerNameZh" TEXT NOT NULL,
    "providerNameEn" TEXT NOT NULL,
    "providerKind" "ProviderKind" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "violationsZh" TEXT[],
    "violationsEn" TEXT[],
    "measures" "PenaltyMeasure"[],
    "amountFen" BIGINT,
    "creditGrade" "CreditGrade",
    "year" INTEGER,
    "decidedOn" DATE NOT NULL,
    "sourcePenaltyId" UUID,
    "sourceCreditEvaluationId" UUID,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "PublicDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DesignationApplication_number_key" ON "DesignationApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "DesignationApplication_agreementId_key" ON "DesignationApplication"("agreementId");

-- CreateIndex
CREATE INDEX "DesignationApplication_insurerId_status_idx" ON "DesignationApplication"("insurerId", "status");

-- CreateIndex
CREATE INDEX "DesignationApplication_providerId_idx" ON "DesignationApplication"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "FormularyDrug_insurerId_drugCode_key" ON "FormularyDrug"("insurerId", "drugCode");

-- CreateIndex
CREATE INDEX "MonthlyReport_insurerId_period_idx" ON "MonthlyReport"("insurerId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_providerId_period_key" ON "MonthlyReport"("providerId", "period");

-- CreateIndex
CREATE INDEX "MonthlyReportLine_providerId_idx" ON "MonthlyReportLine"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReportLine_reportId_lineNo_key" ON "MonthlyReportLine"("reportId", "lineNo");

-- CreateIndex
CREATE INDEX "SanctionEnd_insurerId_kind_idx" ON "SanctionEnd"("insurerId", "kind");

-- CreateIndex
CREATE INDEX "SanctionEnd_insuredPersonId_idx" ON "SanctionEnd"("insuredPersonId");

-- CreateIndex
CREATE INDEX "SanctionEnd_physicianId_idx" ON "SanctionEnd"("physicianId");

-- CreateIndex
CREATE INDEX "DispatchedDocument_insurerId_idx" ON "DispatchedDocument"("insurerId");

-- CreateIndex
CREATE INDEX "DispatchedDocument_penaltyId_idx" ON "DispatchedDocument"("penaltyId");

-- CreateIndex
CREATE INDEX "Referral_insurerId_idx" ON "Referral"("insurerId");

-- CreateIndex
CREATE INDEX "Referral_penaltyId_idx" ON "Referral"("penaltyId");

-- CreateIndex
CREATE UNIQUE INDEX "TipOffReporter_tipOffId_key" ON "TipOffReporter"("tipOffId");

-- CreateIndex
CREATE INDEX "TipOffReporter_insurerId_idx" ON "TipOffReporter"("insurerId");

-- CreateIndex
CREATE INDEX "PublicDisclosure_insurerId_withdrawnAt_idx" ON "PublicDisclosure"("insurerId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "PublicDisclosure_withdrawnAt_publishedAt_idx" ON "PublicDisclosure"("withdrawnAt", "publishedAt");

-- CreateIndex
CREATE INDEX "TipOff_assigneePartnerId_idx" ON "TipOff"("assigneePartnerId");

-- AddForeignKey
ALTER TABLE "TipOff" ADD CONSTRAINT "TipOff_assigneePartnerId_fkey" FOREIGN KEY ("assigneePartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationApplication" ADD CONSTRAINT "DesignationApplication_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationApplication" ADD CONSTRAINT "DesignationApplication_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignationApplication" ADD CONSTRAINT "DesignationApplication_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormularyDrug" ADD CONSTRAINT "FormularyDrug_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReportLine" ADD CONSTRAINT "MonthlyReportLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonthlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionEnd" ADD CONSTRAINT "SanctionEnd_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispatchedDocument" ADD CONSTRAINT "DispatchedDocument_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipOffReporter" ADD CONSTRAINT "TipOffReporter_tipOffId_fkey" FOREIGN KEY ("tipOffId") REFERENCES "TipOff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipOffReporter" ADD CONSTRAINT "TipOffReporter_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicDisclosure" ADD CONSTRAINT "PublicDisclosure_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicDisclosure" ADD CONSTRAINT "PublicDisclosure_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Whistle-blower identity moves out of "TipOff" into its own table (read by the insurer's
-- admins and auditors only), then the old column goes.
INSERT INTO "TipOffReporter" ("id", "tipOffId", "insurerId", "contact")
SELECT gen_random_uuid(), "id", "insurerId", "reporterContact" FROM "TipOff" WHERE "reporterContact" IS NOT NULL;
ALTER TABLE "TipOff" DROP COLUMN "reporterContact";

-- A public disclosure is published from a penalty (typical case) or a credit evaluation (blacklist).
ALTER TABLE "PublicDisclosure" ADD CONSTRAINT "PublicDisclosure_source_check"
  CHECK (("sourcePenaltyId" IS NOT NULL) OR ("sourceCreditEvaluationId" IS NOT NULL));
