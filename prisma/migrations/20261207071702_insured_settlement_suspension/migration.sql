-- CreateTable
CREATE TABLE "InsuredSettlementSuspension" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "insuredPersonId" UUID NOT NULL,
    "penaltyId" UUID,
    "suspendedFrom" DATE,
    "suspendedUntil" DATE,
    "restoredOn" DATE,
    "reversedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsuredSettlementSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InsuredSettlementSuspension_insuredPersonId_suspendedFrom_idx" ON "InsuredSettlementSuspension"("insuredPersonId", "suspendedFrom");

-- AddForeignKey
ALTER TABLE "InsuredSettlementSuspension" ADD CONSTRAINT "InsuredSettlementSuspension_insuredPersonId_fkey" FOREIGN KEY ("insuredPersonId") REFERENCES "InsuredPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill. The person's suspension as recorded now (running, or restored): kept exactly, so
-- claims are judged as before.
INSERT INTO "InsuredSettlementSuspension" ("id", "insurerId", "insuredPersonId", "penaltyId", "suspendedFrom", "suspendedUntil", "restoredOn")
SELECT gen_random_uuid(), p."insurerId", p.id,
  (SELECT pe.id FROM "Penalty" pe WHERE pe."insuredPersonId" = p.id AND pe.measure = 'INSURED_SETTLEMENT_SUSPENSION'
     AND pe.status IN ('EXECUTED', 'CLOSED') AND pe."effectiveFrom" IS NOT DISTINCT FROM p."settlementSuspendedFrom"
   ORDER BY pe."effectiveFrom" DESC LIMIT 1),
  p."settlementSuspendedFrom", p."settlementSuspendedUntil", p."settlementRestoredOn"
FROM "InsuredPerson" p
WHERE p."settlementSuspendedUntil" IS NOT NULL
   OR (p."settlementSuspendedFrom" IS NOT NULL AND p."settlementRestoredOn" IS NOT NULL);

-- Earlier executed suspensions the person's columns no longer show: each ended on the first
-- restoration recorded (SanctionEnd) on or after its start and before the next one began. One
-- without such a restoration (reversed on appeal, which records none) is left out.
INSERT INTO "InsuredSettlementSuspension" ("id", "insurerId", "insuredPersonId", "penaltyId", "suspendedFrom", "suspendedUntil", "restoredOn")
SELECT gen_random_uuid(), pe."insurerId", pe."insuredPersonId", pe.id, pe."effectiveFrom", pe."effectiveUntil", e."endedOn"
FROM "Penalty" pe
JOIN "InsuredPerson" p ON p.id = pe."insuredPersonId"
JOIN LATERAL (
  SELECT min(se."endedOn") AS "endedOn" FROM "SanctionEnd" se
  WHERE se.kind = 'INSURED_SETTLEMENT_SUSPENSION' AND se."insuredPersonId" = pe."insuredPersonId"
    AND se."endedOn" >= pe."effectiveFrom"
) e ON e."endedOn" IS NOT NULL
WHERE pe.measure = 'INSURED_SETTLEMENT_SUSPENSION' AND pe.status IN ('EXECUTED', 'CLOSED')
  AND pe."effectiveFrom" IS NOT NULL AND p."settlementSuspendedFrom" IS NOT NULL
  AND pe."effectiveFrom" < p."settlementSuspendedFrom" AND e."endedOn" <= p."settlementSuspendedFrom";

-- hub-policy:begin InsuredSettlementSuspension
GRANT SELECT, INSERT, UPDATE, DELETE ON "InsuredSettlementSuspension" TO hub_viewer;
ALTER TABLE "InsuredSettlementSuspension" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "InsuredSettlementSuspension";
DROP POLICY IF EXISTS hub_read_all ON "InsuredSettlementSuspension";
CREATE POLICY hub_read_all ON "InsuredSettlementSuspension" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "InsuredPerson" p WHERE p."id" = "InsuredSettlementSuspension"."insuredPersonId")));
DROP POLICY IF EXISTS hub_read_insurer ON "InsuredSettlementSuspension";
CREATE POLICY hub_read_insurer ON "InsuredSettlementSuspension" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "InsuredPerson" p WHERE p."id" = "InsuredSettlementSuspension"."insuredPersonId")));
DROP POLICY IF EXISTS hub_read_partner ON "InsuredSettlementSuspension";
CREATE POLICY hub_read_partner ON "InsuredSettlementSuspension" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "InsuredPerson" p WHERE p."id" = "InsuredSettlementSuspension"."insuredPersonId")));
DROP POLICY IF EXISTS hub_read_provider ON "InsuredSettlementSuspension";
CREATE POLICY hub_read_provider ON "InsuredSettlementSuspension" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "InsuredPerson" p WHERE p."id" = "InsuredSettlementSuspension"."insuredPersonId")));
DROP POLICY IF EXISTS hub_read_none ON "InsuredSettlementSuspension";
CREATE POLICY hub_read_none ON "InsuredSettlementSuspension" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "InsuredPerson" p WHERE p."id" = "InsuredSettlementSuspension"."insuredPersonId")));
DROP POLICY IF EXISTS hub_insert ON "InsuredSettlementSuspension";
CREATE POLICY hub_insert ON "InsuredSettlementSuspension" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "InsuredSettlementSuspension";
CREATE POLICY hub_update ON "InsuredSettlementSuspension" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "InsuredSettlementSuspension";
CREATE POLICY hub_delete ON "InsuredSettlementSuspension" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end InsuredSettlementSuspension

