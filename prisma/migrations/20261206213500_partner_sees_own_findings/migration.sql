-- A partner entrusted by an insurer no longer sees the findings another partner recorded for
-- that insurer, nor the penalties taken on them: they are that partner's records, and the audit
-- stream already hid their events (server/policy/audience.ts). The rules are in
-- server/policy/rows-supervision.ts.
-- hub-policy:begin Finding
GRANT SELECT, INSERT, UPDATE, DELETE ON "Finding" TO hub_viewer;
ALTER TABLE "Finding" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Finding";
CREATE POLICY hub_read ON "Finding" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ((SELECT hub_scope()) = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ((SELECT hub_scope()) = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId"))));
DROP POLICY IF EXISTS hub_insert ON "Finding";
CREATE POLICY hub_insert ON "Finding" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Finding";
CREATE POLICY hub_update ON "Finding" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Finding";
CREATE POLICY hub_delete ON "Finding" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Finding

-- hub-policy:begin Penalty
GRANT SELECT, INSERT, UPDATE, DELETE ON "Penalty" TO hub_viewer;
ALTER TABLE "Penalty" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Penalty";
CREATE POLICY hub_read ON "Penalty" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ((SELECT hub_scope()) = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ((SELECT hub_scope()) = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId"))));
DROP POLICY IF EXISTS hub_insert ON "Penalty";
CREATE POLICY hub_insert ON "Penalty" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Penalty";
CREATE POLICY hub_update ON "Penalty" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Penalty";
CREATE POLICY hub_delete ON "Penalty" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Penalty

