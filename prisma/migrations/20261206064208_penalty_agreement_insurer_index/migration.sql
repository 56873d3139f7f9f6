-- The agreement+insurer composite serves every lookup by agreement, so it replaces agreementId's own
-- index (bench/PERFORMANCE.md, "Row-level security": q2's penalties were a bitmap AND of
-- agreementId's few rows with the insurer's thousands, per agreement).
-- DropIndex
DROP INDEX "Penalty_agreementId_idx";

-- CreateIndex
CREATE INDEX "Agreement_providerId_insurerId_idx" ON "Agreement"("providerId", "insurerId");

-- CreateIndex
CREATE INDEX "Penalty_agreementId_insurerId_idx" ON "Penalty"("agreementId", "insurerId");
