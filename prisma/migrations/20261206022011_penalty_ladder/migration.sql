-- AlterTable
ALTER TABLE "Penalty" ADD COLUMN     "ladderKey" TEXT,
ADD COLUMN     "ladderStep" INTEGER;

-- CreateIndex
CREATE INDEX "Penalty_providerId_ladderKey_idx" ON "Penalty"("providerId", "ladderKey");
