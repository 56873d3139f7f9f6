-- CreateTable
CREATE TABLE "IndicatorMeasurement" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "metric" "IndicatorMetric" NOT NULL,
    "value" DECIMAL(18,4),
    "numerator" TEXT NOT NULL,
    "denominator" TEXT NOT NULL,
    "comparator" "Comparator",
    "threshold" DECIMAL(18,4),
    "breached" BOOLEAN NOT NULL DEFAULT false,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "measuredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorMeasurement_insurerId_month_idx" ON "IndicatorMeasurement"("insurerId", "month");

-- CreateIndex
CREATE INDEX "IndicatorMeasurement_providerId_month_idx" ON "IndicatorMeasurement"("providerId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorMeasurement_agreementId_month_metric_key" ON "IndicatorMeasurement"("agreementId", "month", "metric");

-- AddForeignKey
ALTER TABLE "IndicatorMeasurement" ADD CONSTRAINT "IndicatorMeasurement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
