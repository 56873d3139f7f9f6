-- AlterTable
ALTER TABLE "RuleHit" ADD COLUMN     "indicatorMetric" "IndicatorMetric",
ADD COLUMN     "indicatorMonth" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "RuleHit_agreementId_indicatorMetric_indicatorMonth_key" ON "RuleHit"("agreementId", "indicatorMetric", "indicatorMonth");
