-- The read access log becomes one row per operation and entity type with the ids in an array
-- (bench/PERFORMANCE.md). Rows written before keep their meaning: each becomes a row of one id.

-- AlterTable
ALTER TABLE "AccessLogEntry" ADD COLUMN "entityIds" UUID[];
UPDATE "AccessLogEntry" SET "entityIds" = ARRAY["entityId"];

-- DropIndex
DROP INDEX "AccessLogEntry_entityType_entityId_at_idx";

-- AlterTable
ALTER TABLE "AccessLogEntry" DROP COLUMN "entityId";

-- CreateIndex
CREATE INDEX "AccessLogEntry_entityIds_idx" ON "AccessLogEntry" USING GIN ("entityIds");
