-- Findings and penalties carry their agreement's insurer, so their row-level-security policy
-- (server/policy/rows-supervision.ts) is a column check instead of an EXISTS on Agreement.
-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "insurerId" UUID;
UPDATE "Finding" f SET "insurerId" = a."insurerId" FROM "Agreement" a WHERE a."id" = f."agreementId";
ALTER TABLE "Finding" ALTER COLUMN "insurerId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Penalty" ADD COLUMN     "insurerId" UUID;
UPDATE "Penalty" p SET "insurerId" = a."insurerId" FROM "Agreement" a WHERE a."id" = p."agreementId";
ALTER TABLE "Penalty" ALTER COLUMN "insurerId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Finding_insurerId_idx" ON "Finding"("insurerId");

-- CreateIndex
CREATE INDEX "Penalty_insurerId_idx" ON "Penalty"("insurerId");
