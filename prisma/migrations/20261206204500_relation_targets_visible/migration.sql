-- Found by probing non-null relations from a row a viewer sees to a row its policy hid
-- (test/integration/non-null-relations.test.ts): the answer was INTERNAL_SERVER_ERROR and the
-- whole list null. The rules are in server/policy/rows-parties.ts.
-- Insurer: a provider also sees the insurers it applied to for designation and those insuring
-- the persons named in its findings.
-- AgreementTemplate: a provider keeps seeing the version a campaign asked it to sign after it retires.
-- AuditRule: a provider reads the rules of the insurer it is registered with too (RuleHit.rule), not
-- only of those it holds an agreement with.
-- hub-policy:begin Insurer
GRANT SELECT, INSERT, UPDATE, DELETE ON "Insurer" TO hub_viewer;
ALTER TABLE "Insurer" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Insurer";
CREATE POLICY hub_read ON "Insurer" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ((SELECT hub_scope()) = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ((SELECT hub_scope()) = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))));
DROP POLICY IF EXISTS hub_insert ON "Insurer";
CREATE POLICY hub_insert ON "Insurer" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Insurer";
CREATE POLICY hub_update ON "Insurer" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Insurer";
CREATE POLICY hub_delete ON "Insurer" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Insurer

-- hub-policy:begin AgreementTemplate
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgreementTemplate" TO hub_viewer;
ALTER TABLE "AgreementTemplate" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgreementTemplate";
CREATE POLICY hub_read ON "AgreementTemplate" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ((SELECT hub_scope()) = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "AgreementTemplate";
CREATE POLICY hub_insert ON "AgreementTemplate" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgreementTemplate";
CREATE POLICY hub_update ON "AgreementTemplate" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgreementTemplate";
CREATE POLICY hub_delete ON "AgreementTemplate" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgreementTemplate

-- hub-policy:begin AuditRule
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditRule" TO hub_viewer;
ALTER TABLE "AuditRule" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditRule";
CREATE POLICY hub_read ON "AuditRule" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ((SELECT hub_scope()) = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ((SELECT hub_scope()) = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"])))));
DROP POLICY IF EXISTS hub_insert ON "AuditRule";
CREATE POLICY hub_insert ON "AuditRule" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditRule";
CREATE POLICY hub_update ON "AuditRule" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditRule";
CREATE POLICY hub_delete ON "AuditRule" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditRule

