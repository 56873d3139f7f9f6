-- Settlement ids become unique per insurer AND provider: a provider settling an id another
-- provider of the insurer used must get the answer a fresh id gets, not "already settled".
-- Existing keys take their claim's provider (Claim is partitioned by month: join on both keys).
ALTER TABLE "ClaimKey" ADD COLUMN "providerId" UUID;

UPDATE "ClaimKey" k SET "providerId" = c."providerId"
FROM "Claim" c
WHERE c."id" = k."claimId" AND c."settlementMonth" = k."settlementMonth";

-- A key whose claim is gone never served anything: drop it rather than invent a provider.
DELETE FROM "ClaimKey" WHERE "providerId" IS NULL;

ALTER TABLE "ClaimKey" ALTER COLUMN "providerId" SET NOT NULL,
DROP CONSTRAINT "ClaimKey_pkey",
ADD CONSTRAINT "ClaimKey_pkey" PRIMARY KEY ("insurerId", "providerId", "settlementId");
