-- DropIndex
DROP INDEX "Agreement_number_key";

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_insurerId_number_key" ON "Agreement"("insurerId", "number");
