-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('RUNNING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CampaignItemStatus" AS ENUM ('PENDING', 'RESIGNED', 'EXCEPTED', 'REFUSED');

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "code" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "effectiveFrom" DATE NOT NULL,
    "changeNote" TEXT,
    "clauses" JSONB NOT NULL,
    "indicators" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResigningCampaign" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'RUNNING',
    "exceptProviderIds" UUID[],
    "total" INTEGER NOT NULL,
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResigningCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResigningCampaignItem" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID,
    "agreementId" UUID NOT NULL,
    "status" "CampaignItemStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "versionNo" INTEGER,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResigningCampaignItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementTemplate_insurerId_kind_status_idx" ON "AgreementTemplate"("insurerId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_insurerId_code_versionNo_key" ON "AgreementTemplate"("insurerId", "code", "versionNo");

-- CreateIndex
CREATE INDEX "ResigningCampaign_insurerId_startedAt_idx" ON "ResigningCampaign"("insurerId", "startedAt");

-- CreateIndex
CREATE INDEX "ResigningCampaignItem_campaignId_status_idx" ON "ResigningCampaignItem"("campaignId", "status");

-- CreateIndex
CREATE INDEX "ResigningCampaignItem_providerId_idx" ON "ResigningCampaignItem"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "ResigningCampaignItem_campaignId_agreementId_key" ON "ResigningCampaignItem"("campaignId", "agreementId");

-- AddForeignKey
ALTER TABLE "AgreementTemplate" ADD CONSTRAINT "AgreementTemplate_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResigningCampaign" ADD CONSTRAINT "ResigningCampaign_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResigningCampaign" ADD CONSTRAINT "ResigningCampaign_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgreementTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResigningCampaignItem" ADD CONSTRAINT "ResigningCampaignItem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ResigningCampaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResigningCampaignItem" ADD CONSTRAINT "ResigningCampaignItem_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
