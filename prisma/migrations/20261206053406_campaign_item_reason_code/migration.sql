-- AlterTable
ALTER TABLE "ResigningCampaignItem" ADD COLUMN     "reasonCode" TEXT;

-- Existing items: the English texts the hub wrote become codes (the agreement status stays as detail).
UPDATE "ResigningCampaignItem" SET "reasonCode" = 'PROVIDER_EXCEPTED', "reason" = NULL WHERE "status" = 'EXCEPTED';
UPDATE "ResigningCampaignItem" SET "reasonCode" = 'AGREEMENT_NOT_AMENDABLE', "reason" = substring("reason" from 'agreement is (.*)')
  WHERE "status" = 'REFUSED' AND "reason" LIKE 'agreement is %';
UPDATE "ResigningCampaignItem" SET "reasonCode" = 'DECLINED' WHERE "status" = 'REFUSED' AND "reasonCode" IS NULL;
