-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "cursorSeq" BIGINT NOT NULL DEFAULT 0;
