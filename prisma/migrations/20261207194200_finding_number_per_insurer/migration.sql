-- DropIndex
DROP INDEX "Finding_insurerId_idx";

-- DropIndex
DROP INDEX "Finding_number_key";

-- CreateIndex
CREATE UNIQUE INDEX "Finding_insurerId_number_key" ON "Finding"("insurerId", "number");
