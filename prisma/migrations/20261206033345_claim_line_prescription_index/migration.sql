-- CreateIndex
CREATE INDEX "ClaimLine_insurerId_prescriptionNo_idx" ON "ClaimLine"("insurerId", "prescriptionNo");
