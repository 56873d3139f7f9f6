-- CreateEnum
CREATE TYPE "RuleHitStep" AS ENUM ('INITIAL_REVIEW', 'REEXAMINATION', 'STATEMENT', 'INVESTIGATION', 'HANDLING', 'CLOSED');

-- CreateEnum
CREATE TYPE "RuleHitAction" AS ENUM ('REVIEW', 'REEXAMINE', 'ANSWER', 'INVESTIGATE', 'DISMISS', 'CONFIRM');

-- AlterTable
ALTER TABLE "RuleHit" ADD COLUMN     "step" "RuleHitStep" NOT NULL DEFAULT 'INITIAL_REVIEW',
ADD COLUMN     "stepEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "RuleHitTransition" (
    "id" UUID NOT NULL,
    "ruleHitId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "action" "RuleHitAction" NOT NULL,
    "fromStep" "RuleHitStep" NOT NULL,
    "toStep" "RuleHitStep" NOT NULL,
    "note" TEXT NOT NULL,
    "amountFen" BIGINT,
    "findingId" UUID,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "late" BOOLEAN NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleHitTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDeadlineSetting" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "initialReviewDays" INTEGER NOT NULL,
    "reexaminationDays" INTEGER NOT NULL,
    "statementDays" INTEGER NOT NULL,
    "investigationDays" INTEGER NOT NULL,
    "handlingDays" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewDeadlineSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RuleHitTransition_ruleHitId_occurredAt_idx" ON "RuleHitTransition"("ruleHitId", "occurredAt");

-- CreateIndex
CREATE INDEX "RuleHitTransition_insurerId_idx" ON "RuleHitTransition"("insurerId");

-- CreateIndex
CREATE INDEX "RuleHitTransition_providerId_idx" ON "RuleHitTransition"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewDeadlineSetting_insurerId_key" ON "ReviewDeadlineSetting"("insurerId");

-- CreateIndex
CREATE INDEX "RuleHit_step_stepEnteredAt_idx" ON "RuleHit"("step", "stepEnteredAt");

-- AddForeignKey
ALTER TABLE "RuleHitTransition" ADD CONSTRAINT "RuleHitTransition_ruleHitId_fkey" FOREIGN KEY ("ruleHitId") REFERENCES "RuleHit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDeadlineSetting" ADD CONSTRAINT "ReviewDeadlineSetting_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hits already decided before the procedure existed are closed, not waiting for initial review.
UPDATE "RuleHit" SET "step" = 'CLOSED' WHERE "status" <> 'OPEN';

-- Each step takes between one day and a year.
ALTER TABLE "ReviewDeadlineSetting" ADD CONSTRAINT "ReviewDeadlineSetting_days_check" CHECK (
  "initialReviewDays" BETWEEN 1 AND 365 AND "reexaminationDays" BETWEEN 1 AND 365
  AND "statementDays" BETWEEN 1 AND 365 AND "investigationDays" BETWEEN 1 AND 365
  AND "handlingDays" BETWEEN 1 AND 365
);
