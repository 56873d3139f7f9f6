-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "serviceFeeBaseFen" BIGINT,
ADD COLUMN     "serviceFeeFactorBasisPoints" INTEGER,
ADD COLUMN     "serviceFeeFen" BIGINT;

-- The three fee columns are set together, or not at all (a NULL comparison would pass a CHECK).
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_service_fee_whole" CHECK (
  ("serviceFeeBaseFen" IS NULL AND "serviceFeeFactorBasisPoints" IS NULL AND "serviceFeeFen" IS NULL)
  OR ("serviceFeeBaseFen" IS NOT NULL AND "serviceFeeFactorBasisPoints" IS NOT NULL AND "serviceFeeFen" IS NOT NULL
      AND "serviceFeeBaseFen" >= 0 AND "serviceFeeFactorBasisPoints" >= 0 AND "serviceFeeFen" >= 0)
);

-- Published partner assessments keep the fee they showed until now: the one their agreement's
-- current formula gives (base × the factor of the highest band the score reaches, rounded down
-- to the fen; no band reached, factor 0). From here on a fee is fixed when a result is published.
WITH fee AS (
  SELECT a."id",
    ag."serviceFeeBaseFen" AS base,
    COALESCE((
      SELECT (band->>'factorBasisPoints')::int
      FROM jsonb_array_elements(ag."serviceFeeBands"::jsonb) band
      WHERE (band->>'minScore')::numeric <= a."score"
      ORDER BY (band->>'minScore')::numeric DESC
      LIMIT 1
    ), 0) AS bp
  FROM "Assessment" a
  JOIN "Agreement" ag ON ag."id" = a."agreementId"
  WHERE a."status" = 'PUBLISHED'
    AND ag."serviceFeeBaseFen" IS NOT NULL
    AND ag."serviceFeeBands" IS NOT NULL
)
UPDATE "Assessment" t
SET "serviceFeeBaseFen" = fee.base,
    "serviceFeeFactorBasisPoints" = fee.bp,
    "serviceFeeFen" = (fee.base * fee.bp) / 10000
FROM fee
WHERE t."id" = fee."id";
