-- CreateTable
CREATE TABLE "PenaltyRefund" (
    "id" UUID NOT NULL,
    "penaltyId" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "appealId" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "decision" "AppealDecision" NOT NULL,
    "reason" TEXT NOT NULL,
    "refundedByType" "ActorType" NOT NULL,
    "refundedById" TEXT NOT NULL,
    "refundedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PenaltyRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PenaltyRefund_penaltyId_idx" ON "PenaltyRefund"("penaltyId");

-- CreateIndex
CREATE INDEX "PenaltyRefund_findingId_idx" ON "PenaltyRefund"("findingId");

-- AddForeignKey
ALTER TABLE "PenaltyRefund" ADD CONSTRAINT "PenaltyRefund_penaltyId_fkey" FOREIGN KEY ("penaltyId") REFERENCES "Penalty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- hub-policy:begin PenaltyRefund
GRANT SELECT, INSERT, UPDATE, DELETE ON "PenaltyRefund" TO hub_viewer;
ALTER TABLE "PenaltyRefund" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "PenaltyRefund";
DROP POLICY IF EXISTS hub_read_all ON "PenaltyRefund";
CREATE POLICY hub_read_all ON "PenaltyRefund" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "PenaltyRefund"."penaltyId")));
DROP POLICY IF EXISTS hub_read_insurer ON "PenaltyRefund";
CREATE POLICY hub_read_insurer ON "PenaltyRefund" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "PenaltyRefund"."penaltyId")));
DROP POLICY IF EXISTS hub_read_partner ON "PenaltyRefund";
CREATE POLICY hub_read_partner ON "PenaltyRefund" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "PenaltyRefund"."penaltyId")));
DROP POLICY IF EXISTS hub_read_provider ON "PenaltyRefund";
CREATE POLICY hub_read_provider ON "PenaltyRefund" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "PenaltyRefund"."penaltyId")));
DROP POLICY IF EXISTS hub_read_none ON "PenaltyRefund";
CREATE POLICY hub_read_none ON "PenaltyRefund" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "PenaltyRefund"."penaltyId")));
DROP POLICY IF EXISTS hub_insert ON "PenaltyRefund";
CREATE POLICY hub_insert ON "PenaltyRefund" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "PenaltyRefund";
CREATE POLICY hub_update ON "PenaltyRefund" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "PenaltyRefund";
CREATE POLICY hub_delete ON "PenaltyRefund" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end PenaltyRefund

