-- CreateEnum
CREATE TYPE "ReplayStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "WhatIfReplay" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "templateId" UUID,
    "ruleParameters" JSONB NOT NULL DEFAULT '{}',
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" "ReplayStatus" NOT NULL DEFAULT 'QUEUED',
    "result" JSONB,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WhatIfReplay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WhatIfReplay_insurerId_createdAt_idx" ON "WhatIfReplay"("insurerId", "createdAt");

-- CreateIndex
CREATE INDEX "WhatIfReplay_templateId_finishedAt_idx" ON "WhatIfReplay"("templateId", "finishedAt");

-- AddForeignKey
ALTER TABLE "WhatIfReplay" ADD CONSTRAINT "WhatIfReplay_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhatIfReplay" ADD CONSTRAINT "WhatIfReplay_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgreementTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
