-- CreateEnum
CREATE TYPE "RuleHitStep" AS ENUM ('INITIAL_REVIEW', 'REEXAMINATION', 'STATEMENT', 'INVESTIGATION', 'HANDLING', 'CLOSED');

-- CreateEnum
CREATE TYPE "RuleHitAction" AS ENUM ('REVIEW', 'REEXAMINE', 'ANSWER', 'INVESTIGATE', 'DISMISS', 'CONFIRM');

-- AlterTable
ALTER TABLE "RuleHit" ADD COLUMN     "step" "RuleHitStep" NOT NULL DEFAULT 'INITIAL_REVIEW',
ADD COLUMN     "stepDueAt" TIMESTAMPTZ(3),
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
CREATE INDEX "RuleHit_stepDueAt_idx" ON "RuleHit"("stepDueAt");

-- AddForeignKey
ALTER TABLE "RuleHitTransition" ADD CONSTRAINT "RuleHitTransition_ruleHitId_fkey" FOREIGN KEY ("ruleHitId") REFERENCES "RuleHit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDeadlineSetting" ADD CONSTRAINT "ReviewDeadlineSetting_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each step takes between one day and a year.
ALTER TABLE "ReviewDeadlineSetting" ADD CONSTRAINT "ReviewDeadlineSetting_days_check" CHECK (
  "initialReviewDays" BETWEEN 1 AND 365 AND "reexaminationDays" BETWEEN 1 AND 365
  AND "statementDays" BETWEEN 1 AND 365 AND "investigationDays" BETWEEN 1 AND 365
  AND "handlingDays" BETWEEN 1 AND 365
);

-- A hit inserted without a due date (bulk screening inserts) gets its step's due date from its
-- insurer's setting, or the hub's defaults (DEFAULT_REVIEW_DEADLINES in
-- server/domain/monitoring/review-rules.ts; a test checks the two agree).
CREATE FUNCTION rule_hit_step_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  own integer;
BEGIN
  IF NEW."stepDueAt" IS NULL AND NEW."step" <> 'CLOSED' THEN
    SELECT CASE NEW."step"
             WHEN 'INITIAL_REVIEW' THEN s."initialReviewDays"
             WHEN 'REEXAMINATION' THEN s."reexaminationDays"
             WHEN 'STATEMENT' THEN s."statementDays"
             WHEN 'INVESTIGATION' THEN s."investigationDays"
             WHEN 'HANDLING' THEN s."handlingDays"
           END
      INTO own
      FROM "AuditRule" r JOIN "ReviewDeadlineSetting" s ON s."insurerId" = r."insurerId"
     WHERE r."id" = NEW."ruleId";
    NEW."stepDueAt" := NEW."stepEnteredAt" + make_interval(days => COALESCE(own,
      CASE NEW."step"
        WHEN 'INITIAL_REVIEW' THEN 10
        WHEN 'REEXAMINATION' THEN 10
        WHEN 'STATEMENT' THEN 10
        WHEN 'INVESTIGATION' THEN 30
        ELSE 15
      END));
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "RuleHit_step_due" BEFORE INSERT ON "RuleHit"
  FOR EACH ROW EXECUTE FUNCTION rule_hit_step_due();

-- Hits decided before the procedure existed are closed; open ones start initial review now.
UPDATE "RuleHit" SET "step" = 'CLOSED' WHERE "status" <> 'OPEN';
UPDATE "RuleHit" SET "stepDueAt" = "stepEnteredAt" + make_interval(days => 10) WHERE "step" = 'INITIAL_REVIEW';
