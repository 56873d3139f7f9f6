-- AlterTable
ALTER TABLE "KnowledgeEntry" ALTER COLUMN "insurerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "AuditRuleVersion" (
    "id" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "parameters" JSONB NOT NULL,
    "judgementLevel" "JudgementLevel" NOT NULL,
    "blocking" BOOLEAN NOT NULL,
    "active" BOOLEAN NOT NULL,
    "note" TEXT,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeEntryVersion" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "insurerId" UUID,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "importId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeEntryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditRuleVersion_insurerId_idx" ON "AuditRuleVersion"("insurerId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditRuleVersion_ruleId_version_key" ON "AuditRuleVersion"("ruleId", "version");

-- CreateIndex
CREATE INDEX "KnowledgeEntryVersion_insurerId_idx" ON "KnowledgeEntryVersion"("insurerId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeEntryVersion_entryId_version_key" ON "KnowledgeEntryVersion"("entryId", "version");

-- AddForeignKey
ALTER TABLE "AuditRuleVersion" ADD CONSTRAINT "AuditRuleVersion_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AuditRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeEntryVersion" ADD CONSTRAINT "KnowledgeEntryVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "KnowledgeEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- National entries (insurerId null) are one per kind and catalogue code; the unique index
-- above treats nulls as distinct, so it only covers insurers' own entries.
CREATE UNIQUE INDEX "KnowledgeEntry_national_kind_catalogueCode_key" ON "KnowledgeEntry"("kind", "catalogueCode") WHERE "insurerId" IS NULL;

-- The versions that existed before versions were recorded: the current state of each row.
INSERT INTO "KnowledgeEntryVersion" ("id", "entryId", "insurerId", "version", "data", "createdAt")
SELECT gen_random_uuid(), k."id", k."insurerId", k."version",
  jsonb_build_object('kind', k."kind", 'catalogueCode', k."catalogueCode", 'nameZh', k."nameZh", 'batch', k."batch",
    'sex', k."sex", 'maxAgeYears', k."maxAgeYears", 'insuranceTypes', to_jsonb(k."insuranceTypes"),
    'icd10Prefixes', to_jsonb(k."icd10Prefixes"), 'priceFen', k."priceFen"::text, 'discountPercent', k."discountPercent",
    'maxQuantity', k."maxQuantity"::text, 'maxDaysSupply', k."maxDaysSupply", 'validityDays', k."validityDays",
    'maxUses', k."maxUses", 'active', k."active"),
  k."updatedAt"
FROM "KnowledgeEntry" k;

INSERT INTO "AuditRuleVersion" ("id", "ruleId", "insurerId", "version", "parameters", "judgementLevel", "blocking", "active", "actorType", "actorId", "createdAt")
SELECT gen_random_uuid(), r."id", r."insurerId", r."version", r."parameters", r."judgementLevel", r."blocking", r."active", 'SYSTEM', 'system', r."createdAt"
FROM "AuditRule" r;
