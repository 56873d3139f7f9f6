-- Found by the schema walk over a world with a cross-region contract (test/integration/tenant-schema-walk.test.ts);
-- the rules are in server/policy/rows-parties.ts.
-- Provider: a partner acts for the insurers entrusting it, so it sees the providers they contract, not
-- only those registered with them (it already read those agreements, their findings and rule hits).
-- Insurer: whoever sees a provider sees the insurer it is registered with (Provider.insurer is never null).
-- hub-policy:begin Insurer
GRANT SELECT, INSERT, UPDATE, DELETE ON "Insurer" TO hub_viewer;
ALTER TABLE "Insurer" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Insurer";
CREATE POLICY hub_read ON "Insurer" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ((SELECT hub_scope()) = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ((SELECT hub_scope()) = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))));
DROP POLICY IF EXISTS hub_insert ON "Insurer";
CREATE POLICY hub_insert ON "Insurer" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Insurer";
CREATE POLICY hub_update ON "Insurer" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Insurer";
CREATE POLICY hub_delete ON "Insurer" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Insurer

-- hub-policy:begin Provider
GRANT SELECT, INSERT, UPDATE, DELETE ON "Provider" TO hub_viewer;
ALTER TABLE "Provider" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Provider";
CREATE POLICY hub_read ON "Provider" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ((SELECT hub_scope()) = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ((SELECT hub_scope()) = 'provider' AND ("id" = (SELECT hub_provider()))));
DROP POLICY IF EXISTS hub_insert ON "Provider";
CREATE POLICY hub_insert ON "Provider" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Provider";
CREATE POLICY hub_update ON "Provider" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Provider";
CREATE POLICY hub_delete ON "Provider" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Provider

