-- One read policy per scope role (server/policy/rls-sql.ts). A request now switches to
-- hub_viewer_<scope> (members of hub_viewer, which keeps the grants and the write policies);
-- each table's read rule is emitted per role with the scope a constant, so the planner drops the
-- other scopes' branches and their sub-plans (bench/PERFORMANCE.md, "q1's fixed cost").
-- Without CREATEROLE, a DBA creates the roles first (README, "One tenant policy").

DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['hub_viewer_all', 'hub_viewer_insurer', 'hub_viewer_partner', 'hub_viewer_provider', 'hub_viewer_none'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS IN ROLE hub_viewer', r);
    ELSIF NOT pg_has_role(r, 'hub_viewer', 'MEMBER') THEN
      EXECUTE format('GRANT hub_viewer TO %I', r);
    END IF;
    IF NOT pg_has_role(current_user, r, 'MEMBER') THEN
      EXECUTE format('GRANT %I TO %I', r, current_user);
    END IF;
  END LOOP;
END $$;

-- hub-policy:begin AccessLogEntry
GRANT SELECT, INSERT, UPDATE, DELETE ON "AccessLogEntry" TO hub_viewer;
ALTER TABLE "AccessLogEntry" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AccessLogEntry";
DROP POLICY IF EXISTS hub_read_all ON "AccessLogEntry";
CREATE POLICY hub_read_all ON "AccessLogEntry" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN'));
DROP POLICY IF EXISTS hub_read_insurer ON "AccessLogEntry";
CREATE POLICY hub_read_insurer ON "AccessLogEntry" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN'));
DROP POLICY IF EXISTS hub_read_partner ON "AccessLogEntry";
CREATE POLICY hub_read_partner ON "AccessLogEntry" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN'));
DROP POLICY IF EXISTS hub_read_provider ON "AccessLogEntry";
CREATE POLICY hub_read_provider ON "AccessLogEntry" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN'));
DROP POLICY IF EXISTS hub_read_none ON "AccessLogEntry";
CREATE POLICY hub_read_none ON "AccessLogEntry" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN'));
DROP POLICY IF EXISTS hub_insert ON "AccessLogEntry";
CREATE POLICY hub_insert ON "AccessLogEntry" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AccessLogEntry";
CREATE POLICY hub_update ON "AccessLogEntry" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AccessLogEntry";
CREATE POLICY hub_delete ON "AccessLogEntry" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AccessLogEntry

-- hub-policy:begin Agreement
GRANT SELECT, INSERT, UPDATE, DELETE ON "Agreement" TO hub_viewer;
ALTER TABLE "Agreement" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Agreement";
DROP POLICY IF EXISTS hub_read_all ON "Agreement";
CREATE POLICY hub_read_all ON "Agreement" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("family" = 'SERVICE' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "Agreement";
CREATE POLICY hub_read_insurer ON "Agreement" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("family" = 'SERVICE' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "Agreement";
CREATE POLICY hub_read_partner ON "Agreement" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("family" = 'SERVICE' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "Agreement";
CREATE POLICY hub_read_provider ON "Agreement" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("family" = 'SERVICE' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "Agreement";
CREATE POLICY hub_read_none ON "Agreement" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("family" = 'SERVICE' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "Agreement";
CREATE POLICY hub_insert ON "Agreement" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Agreement";
CREATE POLICY hub_update ON "Agreement" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Agreement";
CREATE POLICY hub_delete ON "Agreement" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Agreement

-- hub-policy:begin AgreementClause
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgreementClause" TO hub_viewer;
ALTER TABLE "AgreementClause" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgreementClause";
DROP POLICY IF EXISTS hub_read_all ON "AgreementClause";
CREATE POLICY hub_read_all ON "AgreementClause" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "AgreementClause"."versionId")));
DROP POLICY IF EXISTS hub_read_insurer ON "AgreementClause";
CREATE POLICY hub_read_insurer ON "AgreementClause" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "AgreementClause"."versionId")));
DROP POLICY IF EXISTS hub_read_partner ON "AgreementClause";
CREATE POLICY hub_read_partner ON "AgreementClause" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "AgreementClause"."versionId")));
DROP POLICY IF EXISTS hub_read_provider ON "AgreementClause";
CREATE POLICY hub_read_provider ON "AgreementClause" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "AgreementClause"."versionId")));
DROP POLICY IF EXISTS hub_read_none ON "AgreementClause";
CREATE POLICY hub_read_none ON "AgreementClause" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "AgreementClause"."versionId")));
DROP POLICY IF EXISTS hub_insert ON "AgreementClause";
CREATE POLICY hub_insert ON "AgreementClause" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgreementClause";
CREATE POLICY hub_update ON "AgreementClause" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgreementClause";
CREATE POLICY hub_delete ON "AgreementClause" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgreementClause

-- hub-policy:begin AgreementTemplate
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgreementTemplate" TO hub_viewer;
ALTER TABLE "AgreementTemplate" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgreementTemplate";
DROP POLICY IF EXISTS hub_read_all ON "AgreementTemplate";
CREATE POLICY hub_read_all ON "AgreementTemplate" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_insurer ON "AgreementTemplate";
CREATE POLICY hub_read_insurer ON "AgreementTemplate" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_partner ON "AgreementTemplate";
CREATE POLICY hub_read_partner ON "AgreementTemplate" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_provider ON "AgreementTemplate";
CREATE POLICY hub_read_provider ON "AgreementTemplate" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_none ON "AgreementTemplate";
CREATE POLICY hub_read_none ON "AgreementTemplate" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "ResigningCampaign" c JOIN "ResigningCampaignItem" i ON i."campaignId" = c."id" WHERE c."templateId" = "AgreementTemplate"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_insert ON "AgreementTemplate";
CREATE POLICY hub_insert ON "AgreementTemplate" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgreementTemplate";
CREATE POLICY hub_update ON "AgreementTemplate" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgreementTemplate";
CREATE POLICY hub_delete ON "AgreementTemplate" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgreementTemplate

-- hub-policy:begin AgreementTransition
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgreementTransition" TO hub_viewer;
ALTER TABLE "AgreementTransition" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgreementTransition";
DROP POLICY IF EXISTS hub_read_all ON "AgreementTransition";
CREATE POLICY hub_read_all ON "AgreementTransition" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementTransition"."agreementId")));
DROP POLICY IF EXISTS hub_read_insurer ON "AgreementTransition";
CREATE POLICY hub_read_insurer ON "AgreementTransition" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementTransition"."agreementId")));
DROP POLICY IF EXISTS hub_read_partner ON "AgreementTransition";
CREATE POLICY hub_read_partner ON "AgreementTransition" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementTransition"."agreementId")));
DROP POLICY IF EXISTS hub_read_provider ON "AgreementTransition";
CREATE POLICY hub_read_provider ON "AgreementTransition" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementTransition"."agreementId")));
DROP POLICY IF EXISTS hub_read_none ON "AgreementTransition";
CREATE POLICY hub_read_none ON "AgreementTransition" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementTransition"."agreementId")));
DROP POLICY IF EXISTS hub_insert ON "AgreementTransition";
CREATE POLICY hub_insert ON "AgreementTransition" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgreementTransition";
CREATE POLICY hub_update ON "AgreementTransition" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgreementTransition";
CREATE POLICY hub_delete ON "AgreementTransition" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgreementTransition

-- hub-policy:begin AgreementVersion
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgreementVersion" TO hub_viewer;
ALTER TABLE "AgreementVersion" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgreementVersion";
DROP POLICY IF EXISTS hub_read_all ON "AgreementVersion";
CREATE POLICY hub_read_all ON "AgreementVersion" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementVersion"."agreementId")));
DROP POLICY IF EXISTS hub_read_insurer ON "AgreementVersion";
CREATE POLICY hub_read_insurer ON "AgreementVersion" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementVersion"."agreementId")));
DROP POLICY IF EXISTS hub_read_partner ON "AgreementVersion";
CREATE POLICY hub_read_partner ON "AgreementVersion" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementVersion"."agreementId")));
DROP POLICY IF EXISTS hub_read_provider ON "AgreementVersion";
CREATE POLICY hub_read_provider ON "AgreementVersion" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementVersion"."agreementId")));
DROP POLICY IF EXISTS hub_read_none ON "AgreementVersion";
CREATE POLICY hub_read_none ON "AgreementVersion" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "AgreementVersion"."agreementId")));
DROP POLICY IF EXISTS hub_insert ON "AgreementVersion";
CREATE POLICY hub_insert ON "AgreementVersion" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgreementVersion";
CREATE POLICY hub_update ON "AgreementVersion" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgreementVersion";
CREATE POLICY hub_delete ON "AgreementVersion" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgreementVersion

-- hub-policy:begin ApiClient
GRANT SELECT, INSERT, UPDATE, DELETE ON "ApiClient" TO hub_viewer;
ALTER TABLE "ApiClient" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ApiClient";
DROP POLICY IF EXISTS hub_read_all ON "ApiClient";
CREATE POLICY hub_read_all ON "ApiClient" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND "insurerId" = (SELECT hub_insurer())) OR ((SELECT hub_role()) <> 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'API_CLIENT' AND "id"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_insurer ON "ApiClient";
CREATE POLICY hub_read_insurer ON "ApiClient" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND "insurerId" = (SELECT hub_insurer())) OR ((SELECT hub_role()) <> 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'API_CLIENT' AND "id"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_partner ON "ApiClient";
CREATE POLICY hub_read_partner ON "ApiClient" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND "insurerId" = (SELECT hub_insurer())) OR ((SELECT hub_role()) <> 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'API_CLIENT' AND "id"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_provider ON "ApiClient";
CREATE POLICY hub_read_provider ON "ApiClient" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND "insurerId" = (SELECT hub_insurer())) OR ((SELECT hub_role()) <> 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'API_CLIENT' AND "id"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_none ON "ApiClient";
CREATE POLICY hub_read_none ON "ApiClient" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND "insurerId" = (SELECT hub_insurer())) OR ((SELECT hub_role()) <> 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'API_CLIENT' AND "id"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_insert ON "ApiClient";
CREATE POLICY hub_insert ON "ApiClient" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ApiClient";
CREATE POLICY hub_update ON "ApiClient" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ApiClient";
CREATE POLICY hub_delete ON "ApiClient" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ApiClient

-- hub-policy:begin ApiKey
GRANT SELECT, INSERT, UPDATE, DELETE ON "ApiKey" TO hub_viewer;
ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ApiKey";
DROP POLICY IF EXISTS hub_read_all ON "ApiKey";
CREATE POLICY hub_read_all ON "ApiKey" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "ApiKey"."apiClientId" AND p."insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ApiKey";
CREATE POLICY hub_read_insurer ON "ApiKey" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "ApiKey"."apiClientId" AND p."insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "ApiKey";
CREATE POLICY hub_read_partner ON "ApiKey" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "ApiKey"."apiClientId" AND p."insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "ApiKey";
CREATE POLICY hub_read_provider ON "ApiKey" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "ApiKey"."apiClientId" AND p."insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "ApiKey";
CREATE POLICY hub_read_none ON "ApiKey" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "ApiKey"."apiClientId" AND p."insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "ApiKey";
CREATE POLICY hub_insert ON "ApiKey" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ApiKey";
CREATE POLICY hub_update ON "ApiKey" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ApiKey";
CREATE POLICY hub_delete ON "ApiKey" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ApiKey

-- hub-policy:begin Appeal
GRANT SELECT, INSERT, UPDATE, DELETE ON "Appeal" TO hub_viewer;
ALTER TABLE "Appeal" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Appeal";
DROP POLICY IF EXISTS hub_read_all ON "Appeal";
CREATE POLICY hub_read_all ON "Appeal" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "Appeal"."penaltyId")));
DROP POLICY IF EXISTS hub_read_insurer ON "Appeal";
CREATE POLICY hub_read_insurer ON "Appeal" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "Appeal"."penaltyId")));
DROP POLICY IF EXISTS hub_read_partner ON "Appeal";
CREATE POLICY hub_read_partner ON "Appeal" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "Appeal"."penaltyId")));
DROP POLICY IF EXISTS hub_read_provider ON "Appeal";
CREATE POLICY hub_read_provider ON "Appeal" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "Appeal"."penaltyId")));
DROP POLICY IF EXISTS hub_read_none ON "Appeal";
CREATE POLICY hub_read_none ON "Appeal" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Penalty" p WHERE p."id" = "Appeal"."penaltyId")));
DROP POLICY IF EXISTS hub_insert ON "Appeal";
CREATE POLICY hub_insert ON "Appeal" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Appeal";
CREATE POLICY hub_update ON "Appeal" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Appeal";
CREATE POLICY hub_delete ON "Appeal" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Appeal

-- hub-policy:begin Assessment
GRANT SELECT, INSERT, UPDATE, DELETE ON "Assessment" TO hub_viewer;
ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Assessment";
DROP POLICY IF EXISTS hub_read_all ON "Assessment";
CREATE POLICY hub_read_all ON "Assessment" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Assessment"."agreementId")));
DROP POLICY IF EXISTS hub_read_insurer ON "Assessment";
CREATE POLICY hub_read_insurer ON "Assessment" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Assessment"."agreementId")));
DROP POLICY IF EXISTS hub_read_partner ON "Assessment";
CREATE POLICY hub_read_partner ON "Assessment" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Assessment"."agreementId")));
DROP POLICY IF EXISTS hub_read_provider ON "Assessment";
CREATE POLICY hub_read_provider ON "Assessment" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Assessment"."agreementId")));
DROP POLICY IF EXISTS hub_read_none ON "Assessment";
CREATE POLICY hub_read_none ON "Assessment" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Assessment"."agreementId")));
DROP POLICY IF EXISTS hub_insert ON "Assessment";
CREATE POLICY hub_insert ON "Assessment" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Assessment";
CREATE POLICY hub_update ON "Assessment" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Assessment";
CREATE POLICY hub_delete ON "Assessment" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Assessment

-- hub-policy:begin AuditCheckpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditCheckpoint" TO hub_viewer;
ALTER TABLE "AuditCheckpoint" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditCheckpoint";
DROP POLICY IF EXISTS hub_read_all ON "AuditCheckpoint";
CREATE POLICY hub_read_all ON "AuditCheckpoint" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_insurer ON "AuditCheckpoint";
CREATE POLICY hub_read_insurer ON "AuditCheckpoint" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_partner ON "AuditCheckpoint";
CREATE POLICY hub_read_partner ON "AuditCheckpoint" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_provider ON "AuditCheckpoint";
CREATE POLICY hub_read_provider ON "AuditCheckpoint" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_none ON "AuditCheckpoint";
CREATE POLICY hub_read_none ON "AuditCheckpoint" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text <> 'none'));
DROP POLICY IF EXISTS hub_insert ON "AuditCheckpoint";
CREATE POLICY hub_insert ON "AuditCheckpoint" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditCheckpoint";
CREATE POLICY hub_update ON "AuditCheckpoint" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditCheckpoint";
CREATE POLICY hub_delete ON "AuditCheckpoint" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditCheckpoint

-- hub-policy:begin AuditEvent
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditEvent" TO hub_viewer;
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditEvent";
DROP POLICY IF EXISTS hub_read_all ON "AuditEvent";
CREATE POLICY hub_read_all ON "AuditEvent" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND "insurerId" = (SELECT hub_insurer()) AND ("entityType" NOT IN ('TipOff', 'TipOffReporter') OR (SELECT hub_role()) <> 'INTEGRATOR')) OR ('all'::text = 'provider' AND "providerId" = (SELECT hub_provider()) AND "entityType" NOT IN ('TipOff', 'TipOffReporter')) OR ('all'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("partnerId" IS NULL AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) AND "entityType" IN ('Agreement', 'Provider', 'Physician', 'InsuredPerson', 'Finding', 'Penalty', 'Appeal', 'Assessment', 'CreditEvaluation', 'RuleHit', 'AuditRule'))))));
DROP POLICY IF EXISTS hub_read_insurer ON "AuditEvent";
CREATE POLICY hub_read_insurer ON "AuditEvent" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND "insurerId" = (SELECT hub_insurer()) AND ("entityType" NOT IN ('TipOff', 'TipOffReporter') OR (SELECT hub_role()) <> 'INTEGRATOR')) OR ('insurer'::text = 'provider' AND "providerId" = (SELECT hub_provider()) AND "entityType" NOT IN ('TipOff', 'TipOffReporter')) OR ('insurer'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("partnerId" IS NULL AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) AND "entityType" IN ('Agreement', 'Provider', 'Physician', 'InsuredPerson', 'Finding', 'Penalty', 'Appeal', 'Assessment', 'CreditEvaluation', 'RuleHit', 'AuditRule'))))));
DROP POLICY IF EXISTS hub_read_partner ON "AuditEvent";
CREATE POLICY hub_read_partner ON "AuditEvent" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND "insurerId" = (SELECT hub_insurer()) AND ("entityType" NOT IN ('TipOff', 'TipOffReporter') OR (SELECT hub_role()) <> 'INTEGRATOR')) OR ('partner'::text = 'provider' AND "providerId" = (SELECT hub_provider()) AND "entityType" NOT IN ('TipOff', 'TipOffReporter')) OR ('partner'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("partnerId" IS NULL AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) AND "entityType" IN ('Agreement', 'Provider', 'Physician', 'InsuredPerson', 'Finding', 'Penalty', 'Appeal', 'Assessment', 'CreditEvaluation', 'RuleHit', 'AuditRule'))))));
DROP POLICY IF EXISTS hub_read_provider ON "AuditEvent";
CREATE POLICY hub_read_provider ON "AuditEvent" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND "insurerId" = (SELECT hub_insurer()) AND ("entityType" NOT IN ('TipOff', 'TipOffReporter') OR (SELECT hub_role()) <> 'INTEGRATOR')) OR ('provider'::text = 'provider' AND "providerId" = (SELECT hub_provider()) AND "entityType" NOT IN ('TipOff', 'TipOffReporter')) OR ('provider'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("partnerId" IS NULL AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) AND "entityType" IN ('Agreement', 'Provider', 'Physician', 'InsuredPerson', 'Finding', 'Penalty', 'Appeal', 'Assessment', 'CreditEvaluation', 'RuleHit', 'AuditRule'))))));
DROP POLICY IF EXISTS hub_read_none ON "AuditEvent";
CREATE POLICY hub_read_none ON "AuditEvent" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND "insurerId" = (SELECT hub_insurer()) AND ("entityType" NOT IN ('TipOff', 'TipOffReporter') OR (SELECT hub_role()) <> 'INTEGRATOR')) OR ('none'::text = 'provider' AND "providerId" = (SELECT hub_provider()) AND "entityType" NOT IN ('TipOff', 'TipOffReporter')) OR ('none'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("partnerId" IS NULL AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) AND "entityType" IN ('Agreement', 'Provider', 'Physician', 'InsuredPerson', 'Finding', 'Penalty', 'Appeal', 'Assessment', 'CreditEvaluation', 'RuleHit', 'AuditRule'))))));
DROP POLICY IF EXISTS hub_insert ON "AuditEvent";
CREATE POLICY hub_insert ON "AuditEvent" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditEvent";
CREATE POLICY hub_update ON "AuditEvent" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditEvent";
CREATE POLICY hub_delete ON "AuditEvent" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditEvent

-- hub-policy:begin AuditRule
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditRule" TO hub_viewer;
ALTER TABLE "AuditRule" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditRule";
DROP POLICY IF EXISTS hub_read_all ON "AuditRule";
CREATE POLICY hub_read_all ON "AuditRule" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"]))))));
DROP POLICY IF EXISTS hub_read_insurer ON "AuditRule";
CREATE POLICY hub_read_insurer ON "AuditRule" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"]))))));
DROP POLICY IF EXISTS hub_read_partner ON "AuditRule";
CREATE POLICY hub_read_partner ON "AuditRule" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"]))))));
DROP POLICY IF EXISTS hub_read_provider ON "AuditRule";
CREATE POLICY hub_read_provider ON "AuditRule" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"]))))));
DROP POLICY IF EXISTS hub_read_none ON "AuditRule";
CREATE POLICY hub_read_none ON "AuditRule" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND (p."insurerId" = "AuditRule"."insurerId" OR p."contractingInsurerIds" @> ARRAY["AuditRule"."insurerId"]))))));
DROP POLICY IF EXISTS hub_insert ON "AuditRule";
CREATE POLICY hub_insert ON "AuditRule" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditRule";
CREATE POLICY hub_update ON "AuditRule" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditRule";
CREATE POLICY hub_delete ON "AuditRule" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditRule

-- hub-policy:begin AuditRuleVersion
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditRuleVersion" TO hub_viewer;
ALTER TABLE "AuditRuleVersion" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditRuleVersion";
DROP POLICY IF EXISTS hub_read_all ON "AuditRuleVersion";
CREATE POLICY hub_read_all ON "AuditRuleVersion" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "AuditRuleVersion";
CREATE POLICY hub_read_insurer ON "AuditRuleVersion" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "AuditRuleVersion";
CREATE POLICY hub_read_partner ON "AuditRuleVersion" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "AuditRuleVersion";
CREATE POLICY hub_read_provider ON "AuditRuleVersion" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "AuditRuleVersion";
CREATE POLICY hub_read_none ON "AuditRuleVersion" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "AuditRuleVersion";
CREATE POLICY hub_insert ON "AuditRuleVersion" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditRuleVersion";
CREATE POLICY hub_update ON "AuditRuleVersion" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditRuleVersion";
CREATE POLICY hub_delete ON "AuditRuleVersion" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditRuleVersion

-- hub-policy:begin Claim
GRANT SELECT, INSERT, UPDATE, DELETE ON "Claim" TO hub_viewer;
ALTER TABLE "Claim" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Claim";
DROP POLICY IF EXISTS hub_read_all ON "Claim";
CREATE POLICY hub_read_all ON "Claim" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "Claim";
CREATE POLICY hub_read_insurer ON "Claim" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "Claim";
CREATE POLICY hub_read_partner ON "Claim" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "Claim";
CREATE POLICY hub_read_provider ON "Claim" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "Claim";
CREATE POLICY hub_read_none ON "Claim" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "Claim";
CREATE POLICY hub_insert ON "Claim" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Claim";
CREATE POLICY hub_update ON "Claim" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Claim";
CREATE POLICY hub_delete ON "Claim" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Claim

-- hub-policy:begin ClaimKey
GRANT SELECT, INSERT, UPDATE, DELETE ON "ClaimKey" TO hub_viewer;
ALTER TABLE "ClaimKey" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ClaimKey";
DROP POLICY IF EXISTS hub_read_all ON "ClaimKey";
CREATE POLICY hub_read_all ON "ClaimKey" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ClaimKey";
CREATE POLICY hub_read_insurer ON "ClaimKey" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "ClaimKey";
CREATE POLICY hub_read_partner ON "ClaimKey" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "ClaimKey";
CREATE POLICY hub_read_provider ON "ClaimKey" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "ClaimKey";
CREATE POLICY hub_read_none ON "ClaimKey" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "ClaimKey";
CREATE POLICY hub_insert ON "ClaimKey" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ClaimKey";
CREATE POLICY hub_update ON "ClaimKey" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ClaimKey";
CREATE POLICY hub_delete ON "ClaimKey" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ClaimKey

-- hub-policy:begin ClaimLine
GRANT SELECT, INSERT, UPDATE, DELETE ON "ClaimLine" TO hub_viewer;
ALTER TABLE "ClaimLine" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ClaimLine";
DROP POLICY IF EXISTS hub_read_all ON "ClaimLine";
CREATE POLICY hub_read_all ON "ClaimLine" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ClaimLine";
CREATE POLICY hub_read_insurer ON "ClaimLine" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "ClaimLine";
CREATE POLICY hub_read_partner ON "ClaimLine" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "ClaimLine";
CREATE POLICY hub_read_provider ON "ClaimLine" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "ClaimLine";
CREATE POLICY hub_read_none ON "ClaimLine" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "ClaimLine";
CREATE POLICY hub_insert ON "ClaimLine" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ClaimLine";
CREATE POLICY hub_update ON "ClaimLine" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ClaimLine";
CREATE POLICY hub_delete ON "ClaimLine" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ClaimLine

-- hub-policy:begin ControlIndicator
GRANT SELECT, INSERT, UPDATE, DELETE ON "ControlIndicator" TO hub_viewer;
ALTER TABLE "ControlIndicator" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ControlIndicator";
DROP POLICY IF EXISTS hub_read_all ON "ControlIndicator";
CREATE POLICY hub_read_all ON "ControlIndicator" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "ControlIndicator"."versionId")));
DROP POLICY IF EXISTS hub_read_insurer ON "ControlIndicator";
CREATE POLICY hub_read_insurer ON "ControlIndicator" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "ControlIndicator"."versionId")));
DROP POLICY IF EXISTS hub_read_partner ON "ControlIndicator";
CREATE POLICY hub_read_partner ON "ControlIndicator" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "ControlIndicator"."versionId")));
DROP POLICY IF EXISTS hub_read_provider ON "ControlIndicator";
CREATE POLICY hub_read_provider ON "ControlIndicator" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "ControlIndicator"."versionId")));
DROP POLICY IF EXISTS hub_read_none ON "ControlIndicator";
CREATE POLICY hub_read_none ON "ControlIndicator" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "AgreementVersion" p WHERE p."id" = "ControlIndicator"."versionId")));
DROP POLICY IF EXISTS hub_insert ON "ControlIndicator";
CREATE POLICY hub_insert ON "ControlIndicator" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ControlIndicator";
CREATE POLICY hub_update ON "ControlIndicator" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ControlIndicator";
CREATE POLICY hub_delete ON "ControlIndicator" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ControlIndicator

-- hub-policy:begin CreditEvaluation
GRANT SELECT, INSERT, UPDATE, DELETE ON "CreditEvaluation" TO hub_viewer;
ALTER TABLE "CreditEvaluation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "CreditEvaluation";
DROP POLICY IF EXISTS hub_read_all ON "CreditEvaluation";
CREATE POLICY hub_read_all ON "CreditEvaluation" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "CreditEvaluation";
CREATE POLICY hub_read_insurer ON "CreditEvaluation" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "CreditEvaluation";
CREATE POLICY hub_read_partner ON "CreditEvaluation" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "CreditEvaluation";
CREATE POLICY hub_read_provider ON "CreditEvaluation" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "CreditEvaluation";
CREATE POLICY hub_read_none ON "CreditEvaluation" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ("partnerId" = (SELECT hub_partner()) OR ("subjectType" <> 'PARTNER' AND "insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "CreditEvaluation";
CREATE POLICY hub_insert ON "CreditEvaluation" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "CreditEvaluation";
CREATE POLICY hub_update ON "CreditEvaluation" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "CreditEvaluation";
CREATE POLICY hub_delete ON "CreditEvaluation" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end CreditEvaluation

-- hub-policy:begin DesignationApplication
GRANT SELECT, INSERT, UPDATE, DELETE ON "DesignationApplication" TO hub_viewer;
ALTER TABLE "DesignationApplication" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "DesignationApplication";
DROP POLICY IF EXISTS hub_read_all ON "DesignationApplication";
CREATE POLICY hub_read_all ON "DesignationApplication" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "DesignationApplication";
CREATE POLICY hub_read_insurer ON "DesignationApplication" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "DesignationApplication";
CREATE POLICY hub_read_partner ON "DesignationApplication" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "DesignationApplication";
CREATE POLICY hub_read_provider ON "DesignationApplication" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "DesignationApplication";
CREATE POLICY hub_read_none ON "DesignationApplication" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "DesignationApplication";
CREATE POLICY hub_insert ON "DesignationApplication" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "DesignationApplication";
CREATE POLICY hub_update ON "DesignationApplication" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "DesignationApplication";
CREATE POLICY hub_delete ON "DesignationApplication" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end DesignationApplication

-- hub-policy:begin DispatchedDocument
GRANT SELECT, INSERT, UPDATE, DELETE ON "DispatchedDocument" TO hub_viewer;
ALTER TABLE "DispatchedDocument" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "DispatchedDocument";
DROP POLICY IF EXISTS hub_read_all ON "DispatchedDocument";
CREATE POLICY hub_read_all ON "DispatchedDocument" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "DispatchedDocument";
CREATE POLICY hub_read_insurer ON "DispatchedDocument" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "DispatchedDocument";
CREATE POLICY hub_read_partner ON "DispatchedDocument" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "DispatchedDocument";
CREATE POLICY hub_read_provider ON "DispatchedDocument" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "DispatchedDocument";
CREATE POLICY hub_read_none ON "DispatchedDocument" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "DispatchedDocument";
CREATE POLICY hub_insert ON "DispatchedDocument" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "DispatchedDocument";
CREATE POLICY hub_update ON "DispatchedDocument" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "DispatchedDocument";
CREATE POLICY hub_delete ON "DispatchedDocument" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end DispatchedDocument

-- hub-policy:begin Finding
GRANT SELECT, INSERT, UPDATE, DELETE ON "Finding" TO hub_viewer;
ALTER TABLE "Finding" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Finding";
DROP POLICY IF EXISTS hub_read_all ON "Finding";
CREATE POLICY hub_read_all ON "Finding" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId")))));
DROP POLICY IF EXISTS hub_read_insurer ON "Finding";
CREATE POLICY hub_read_insurer ON "Finding" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId")))));
DROP POLICY IF EXISTS hub_read_partner ON "Finding";
CREATE POLICY hub_read_partner ON "Finding" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId")))));
DROP POLICY IF EXISTS hub_read_provider ON "Finding";
CREATE POLICY hub_read_provider ON "Finding" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId")))));
DROP POLICY IF EXISTS hub_read_none ON "Finding";
CREATE POLICY hub_read_none ON "Finding" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId") AND ("partnerId" IS NULL OR "partnerId" = (SELECT hub_partner())))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Finding"."agreementId")))));
DROP POLICY IF EXISTS hub_insert ON "Finding";
CREATE POLICY hub_insert ON "Finding" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Finding";
CREATE POLICY hub_update ON "Finding" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Finding";
CREATE POLICY hub_delete ON "Finding" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Finding

-- hub-policy:begin FormularyDrug
GRANT SELECT, INSERT, UPDATE, DELETE ON "FormularyDrug" TO hub_viewer;
ALTER TABLE "FormularyDrug" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "FormularyDrug";
DROP POLICY IF EXISTS hub_read_all ON "FormularyDrug";
CREATE POLICY hub_read_all ON "FormularyDrug" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND p."insurerId" = "FormularyDrug"."insurerId")))));
DROP POLICY IF EXISTS hub_read_insurer ON "FormularyDrug";
CREATE POLICY hub_read_insurer ON "FormularyDrug" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND p."insurerId" = "FormularyDrug"."insurerId")))));
DROP POLICY IF EXISTS hub_read_partner ON "FormularyDrug";
CREATE POLICY hub_read_partner ON "FormularyDrug" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND p."insurerId" = "FormularyDrug"."insurerId")))));
DROP POLICY IF EXISTS hub_read_provider ON "FormularyDrug";
CREATE POLICY hub_read_provider ON "FormularyDrug" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND p."insurerId" = "FormularyDrug"."insurerId")))));
DROP POLICY IF EXISTS hub_read_none ON "FormularyDrug";
CREATE POLICY hub_read_none ON "FormularyDrug" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = (SELECT hub_provider()) AND p."insurerId" = "FormularyDrug"."insurerId")))));
DROP POLICY IF EXISTS hub_insert ON "FormularyDrug";
CREATE POLICY hub_insert ON "FormularyDrug" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "FormularyDrug";
CREATE POLICY hub_update ON "FormularyDrug" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "FormularyDrug";
CREATE POLICY hub_delete ON "FormularyDrug" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end FormularyDrug

-- hub-policy:begin IndicatorMeasurement
GRANT SELECT, INSERT, UPDATE, DELETE ON "IndicatorMeasurement" TO hub_viewer;
ALTER TABLE "IndicatorMeasurement" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "IndicatorMeasurement";
DROP POLICY IF EXISTS hub_read_all ON "IndicatorMeasurement";
CREATE POLICY hub_read_all ON "IndicatorMeasurement" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "IndicatorMeasurement"."agreementId")));
DROP POLICY IF EXISTS hub_read_insurer ON "IndicatorMeasurement";
CREATE POLICY hub_read_insurer ON "IndicatorMeasurement" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "IndicatorMeasurement"."agreementId")));
DROP POLICY IF EXISTS hub_read_partner ON "IndicatorMeasurement";
CREATE POLICY hub_read_partner ON "IndicatorMeasurement" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "IndicatorMeasurement"."agreementId")));
DROP POLICY IF EXISTS hub_read_provider ON "IndicatorMeasurement";
CREATE POLICY hub_read_provider ON "IndicatorMeasurement" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "IndicatorMeasurement"."agreementId")));
DROP POLICY IF EXISTS hub_read_none ON "IndicatorMeasurement";
CREATE POLICY hub_read_none ON "IndicatorMeasurement" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "IndicatorMeasurement"."agreementId")));
DROP POLICY IF EXISTS hub_insert ON "IndicatorMeasurement";
CREATE POLICY hub_insert ON "IndicatorMeasurement" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "IndicatorMeasurement";
CREATE POLICY hub_update ON "IndicatorMeasurement" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "IndicatorMeasurement";
CREATE POLICY hub_delete ON "IndicatorMeasurement" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end IndicatorMeasurement

-- hub-policy:begin InsuredPerson
GRANT SELECT, INSERT, UPDATE, DELETE ON "InsuredPerson" TO hub_viewer;
ALTER TABLE "InsuredPerson" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "InsuredPerson";
DROP POLICY IF EXISTS hub_read_all ON "InsuredPerson";
CREATE POLICY hub_read_all ON "InsuredPerson" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_insurer ON "InsuredPerson";
CREATE POLICY hub_read_insurer ON "InsuredPerson" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_partner ON "InsuredPerson";
CREATE POLICY hub_read_partner ON "InsuredPerson" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_provider ON "InsuredPerson";
CREATE POLICY hub_read_provider ON "InsuredPerson" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_none ON "InsuredPerson";
CREATE POLICY hub_read_none ON "InsuredPerson" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Finding" f WHERE f."insuredPersonId" = "InsuredPerson"."id" AND f."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_insert ON "InsuredPerson";
CREATE POLICY hub_insert ON "InsuredPerson" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "InsuredPerson";
CREATE POLICY hub_update ON "InsuredPerson" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "InsuredPerson";
CREATE POLICY hub_delete ON "InsuredPerson" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end InsuredPerson

-- hub-policy:begin Insurer
GRANT SELECT, INSERT, UPDATE, DELETE ON "Insurer" TO hub_viewer;
ALTER TABLE "Insurer" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Insurer";
DROP POLICY IF EXISTS hub_read_all ON "Insurer";
CREATE POLICY hub_read_all ON "Insurer" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('all'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id")))));
DROP POLICY IF EXISTS hub_read_insurer ON "Insurer";
CREATE POLICY hub_read_insurer ON "Insurer" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('insurer'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id")))));
DROP POLICY IF EXISTS hub_read_partner ON "Insurer";
CREATE POLICY hub_read_partner ON "Insurer" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('partner'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id")))));
DROP POLICY IF EXISTS hub_read_provider ON "Insurer";
CREATE POLICY hub_read_provider ON "Insurer" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('provider'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id")))));
DROP POLICY IF EXISTS hub_read_none ON "Insurer";
CREATE POLICY hub_read_none ON "Insurer" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("id" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('none'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."partnerId" = (SELECT hub_partner())) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id"))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."insurerId" = "Insurer"."id" AND a."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "DesignationApplication" d WHERE d."insurerId" = "Insurer"."id" AND d."providerId" = (SELECT hub_provider())) OR EXISTS (SELECT 1 FROM "InsuredPerson" ip WHERE ip."insurerId" = "Insurer"."id") OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."insurerId" = "Insurer"."id")))));
DROP POLICY IF EXISTS hub_insert ON "Insurer";
CREATE POLICY hub_insert ON "Insurer" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Insurer";
CREATE POLICY hub_update ON "Insurer" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Insurer";
CREATE POLICY hub_delete ON "Insurer" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Insurer

-- hub-policy:begin KnowledgeEntry
GRANT SELECT, INSERT, UPDATE, DELETE ON "KnowledgeEntry" TO hub_viewer;
ALTER TABLE "KnowledgeEntry" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "KnowledgeEntry";
DROP POLICY IF EXISTS hub_read_all ON "KnowledgeEntry";
CREATE POLICY hub_read_all ON "KnowledgeEntry" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_insurer ON "KnowledgeEntry";
CREATE POLICY hub_read_insurer ON "KnowledgeEntry" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_partner ON "KnowledgeEntry";
CREATE POLICY hub_read_partner ON "KnowledgeEntry" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_provider ON "KnowledgeEntry";
CREATE POLICY hub_read_provider ON "KnowledgeEntry" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_none ON "KnowledgeEntry";
CREATE POLICY hub_read_none ON "KnowledgeEntry" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_insert ON "KnowledgeEntry";
CREATE POLICY hub_insert ON "KnowledgeEntry" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "KnowledgeEntry";
CREATE POLICY hub_update ON "KnowledgeEntry" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "KnowledgeEntry";
CREATE POLICY hub_delete ON "KnowledgeEntry" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end KnowledgeEntry

-- hub-policy:begin KnowledgeEntryVersion
GRANT SELECT, INSERT, UPDATE, DELETE ON "KnowledgeEntryVersion" TO hub_viewer;
ALTER TABLE "KnowledgeEntryVersion" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "KnowledgeEntryVersion";
DROP POLICY IF EXISTS hub_read_all ON "KnowledgeEntryVersion";
CREATE POLICY hub_read_all ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_insurer ON "KnowledgeEntryVersion";
CREATE POLICY hub_read_insurer ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_partner ON "KnowledgeEntryVersion";
CREATE POLICY hub_read_partner ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_provider ON "KnowledgeEntryVersion";
CREATE POLICY hub_read_provider ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_read_none ON "KnowledgeEntryVersion";
CREATE POLICY hub_read_none ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL))));
DROP POLICY IF EXISTS hub_insert ON "KnowledgeEntryVersion";
CREATE POLICY hub_insert ON "KnowledgeEntryVersion" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "KnowledgeEntryVersion";
CREATE POLICY hub_update ON "KnowledgeEntryVersion" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "KnowledgeEntryVersion";
CREATE POLICY hub_delete ON "KnowledgeEntryVersion" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end KnowledgeEntryVersion

-- hub-policy:begin MonitoringOutcome
GRANT SELECT, INSERT, UPDATE, DELETE ON "MonitoringOutcome" TO hub_viewer;
ALTER TABLE "MonitoringOutcome" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "MonitoringOutcome";
DROP POLICY IF EXISTS hub_read_all ON "MonitoringOutcome";
CREATE POLICY hub_read_all ON "MonitoringOutcome" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "MonitoringOutcome";
CREATE POLICY hub_read_insurer ON "MonitoringOutcome" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "MonitoringOutcome";
CREATE POLICY hub_read_partner ON "MonitoringOutcome" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "MonitoringOutcome";
CREATE POLICY hub_read_provider ON "MonitoringOutcome" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "MonitoringOutcome";
CREATE POLICY hub_read_none ON "MonitoringOutcome" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "MonitoringOutcome";
CREATE POLICY hub_insert ON "MonitoringOutcome" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "MonitoringOutcome";
CREATE POLICY hub_update ON "MonitoringOutcome" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "MonitoringOutcome";
CREATE POLICY hub_delete ON "MonitoringOutcome" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end MonitoringOutcome

-- hub-policy:begin MonthlyReport
GRANT SELECT, INSERT, UPDATE, DELETE ON "MonthlyReport" TO hub_viewer;
ALTER TABLE "MonthlyReport" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "MonthlyReport";
DROP POLICY IF EXISTS hub_read_all ON "MonthlyReport";
CREATE POLICY hub_read_all ON "MonthlyReport" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_insurer ON "MonthlyReport";
CREATE POLICY hub_read_insurer ON "MonthlyReport" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_partner ON "MonthlyReport";
CREATE POLICY hub_read_partner ON "MonthlyReport" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_provider ON "MonthlyReport";
CREATE POLICY hub_read_provider ON "MonthlyReport" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_none ON "MonthlyReport";
CREATE POLICY hub_read_none ON "MonthlyReport" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_insert ON "MonthlyReport";
CREATE POLICY hub_insert ON "MonthlyReport" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "MonthlyReport";
CREATE POLICY hub_update ON "MonthlyReport" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "MonthlyReport";
CREATE POLICY hub_delete ON "MonthlyReport" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end MonthlyReport

-- hub-policy:begin MonthlyReportLine
GRANT SELECT, INSERT, UPDATE, DELETE ON "MonthlyReportLine" TO hub_viewer;
ALTER TABLE "MonthlyReportLine" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "MonthlyReportLine";
DROP POLICY IF EXISTS hub_read_all ON "MonthlyReportLine";
CREATE POLICY hub_read_all ON "MonthlyReportLine" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_insurer ON "MonthlyReportLine";
CREATE POLICY hub_read_insurer ON "MonthlyReportLine" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_partner ON "MonthlyReportLine";
CREATE POLICY hub_read_partner ON "MonthlyReportLine" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_provider ON "MonthlyReportLine";
CREATE POLICY hub_read_provider ON "MonthlyReportLine" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_read_none ON "MonthlyReportLine";
CREATE POLICY hub_read_none ON "MonthlyReportLine" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider()))) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))));
DROP POLICY IF EXISTS hub_insert ON "MonthlyReportLine";
CREATE POLICY hub_insert ON "MonthlyReportLine" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "MonthlyReportLine";
CREATE POLICY hub_update ON "MonthlyReportLine" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "MonthlyReportLine";
CREATE POLICY hub_delete ON "MonthlyReportLine" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end MonthlyReportLine

-- hub-policy:begin Partner
GRANT SELECT, INSERT, UPDATE, DELETE ON "Partner" TO hub_viewer;
ALTER TABLE "Partner" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Partner";
DROP POLICY IF EXISTS hub_read_all ON "Partner";
CREATE POLICY hub_read_all ON "Partner" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = (SELECT hub_insurer())))) OR ('all'::text = 'partner' AND ("id" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_insurer ON "Partner";
CREATE POLICY hub_read_insurer ON "Partner" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = (SELECT hub_insurer())))) OR ('insurer'::text = 'partner' AND ("id" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_partner ON "Partner";
CREATE POLICY hub_read_partner ON "Partner" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = (SELECT hub_insurer())))) OR ('partner'::text = 'partner' AND ("id" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_provider ON "Partner";
CREATE POLICY hub_read_provider ON "Partner" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = (SELECT hub_insurer())))) OR ('provider'::text = 'partner' AND ("id" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_none ON "Partner";
CREATE POLICY hub_read_none ON "Partner" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "Agreement" a WHERE a."partnerId" = "Partner"."id" AND a."insurerId" = (SELECT hub_insurer())))) OR ('none'::text = 'partner' AND ("id" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_insert ON "Partner";
CREATE POLICY hub_insert ON "Partner" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Partner";
CREATE POLICY hub_update ON "Partner" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Partner";
CREATE POLICY hub_delete ON "Partner" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Partner

-- hub-policy:begin Penalty
GRANT SELECT, INSERT, UPDATE, DELETE ON "Penalty" TO hub_viewer;
ALTER TABLE "Penalty" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Penalty";
DROP POLICY IF EXISTS hub_read_all ON "Penalty";
CREATE POLICY hub_read_all ON "Penalty" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId")))));
DROP POLICY IF EXISTS hub_read_insurer ON "Penalty";
CREATE POLICY hub_read_insurer ON "Penalty" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId")))));
DROP POLICY IF EXISTS hub_read_partner ON "Penalty";
CREATE POLICY hub_read_partner ON "Penalty" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId")))));
DROP POLICY IF EXISTS hub_read_provider ON "Penalty";
CREATE POLICY hub_read_provider ON "Penalty" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId")))));
DROP POLICY IF EXISTS hub_read_none ON "Penalty";
CREATE POLICY hub_read_none ON "Penalty" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId") AND EXISTS (SELECT 1 FROM "Finding" f WHERE f."id" = "Penalty"."findingId" AND (f."partnerId" IS NULL OR f."partnerId" = (SELECT hub_partner()))))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "Agreement" p WHERE p."id" = "Penalty"."agreementId")))));
DROP POLICY IF EXISTS hub_insert ON "Penalty";
CREATE POLICY hub_insert ON "Penalty" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Penalty";
CREATE POLICY hub_update ON "Penalty" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Penalty";
CREATE POLICY hub_delete ON "Penalty" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Penalty

-- hub-policy:begin Physician
GRANT SELECT, INSERT, UPDATE, DELETE ON "Physician" TO hub_viewer;
ALTER TABLE "Physician" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Physician";
DROP POLICY IF EXISTS hub_read_all ON "Physician";
CREATE POLICY hub_read_all ON "Physician" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "PracticeSite" p WHERE p."physicianId" = "Physician"."id")));
DROP POLICY IF EXISTS hub_read_insurer ON "Physician";
CREATE POLICY hub_read_insurer ON "Physician" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "PracticeSite" p WHERE p."physicianId" = "Physician"."id")));
DROP POLICY IF EXISTS hub_read_partner ON "Physician";
CREATE POLICY hub_read_partner ON "Physician" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "PracticeSite" p WHERE p."physicianId" = "Physician"."id")));
DROP POLICY IF EXISTS hub_read_provider ON "Physician";
CREATE POLICY hub_read_provider ON "Physician" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "PracticeSite" p WHERE p."physicianId" = "Physician"."id")));
DROP POLICY IF EXISTS hub_read_none ON "Physician";
CREATE POLICY hub_read_none ON "Physician" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "PracticeSite" p WHERE p."physicianId" = "Physician"."id")));
DROP POLICY IF EXISTS hub_insert ON "Physician";
CREATE POLICY hub_insert ON "Physician" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Physician";
CREATE POLICY hub_update ON "Physician" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Physician";
CREATE POLICY hub_delete ON "Physician" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Physician

-- hub-policy:begin PracticeSignIn
GRANT SELECT, INSERT, UPDATE, DELETE ON "PracticeSignIn" TO hub_viewer;
ALTER TABLE "PracticeSignIn" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "PracticeSignIn";
DROP POLICY IF EXISTS hub_read_all ON "PracticeSignIn";
CREATE POLICY hub_read_all ON "PracticeSignIn" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSignIn"."providerId")));
DROP POLICY IF EXISTS hub_read_insurer ON "PracticeSignIn";
CREATE POLICY hub_read_insurer ON "PracticeSignIn" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSignIn"."providerId")));
DROP POLICY IF EXISTS hub_read_partner ON "PracticeSignIn";
CREATE POLICY hub_read_partner ON "PracticeSignIn" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSignIn"."providerId")));
DROP POLICY IF EXISTS hub_read_provider ON "PracticeSignIn";
CREATE POLICY hub_read_provider ON "PracticeSignIn" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSignIn"."providerId")));
DROP POLICY IF EXISTS hub_read_none ON "PracticeSignIn";
CREATE POLICY hub_read_none ON "PracticeSignIn" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSignIn"."providerId")));
DROP POLICY IF EXISTS hub_insert ON "PracticeSignIn";
CREATE POLICY hub_insert ON "PracticeSignIn" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "PracticeSignIn";
CREATE POLICY hub_update ON "PracticeSignIn" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "PracticeSignIn";
CREATE POLICY hub_delete ON "PracticeSignIn" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end PracticeSignIn

-- hub-policy:begin PracticeSite
GRANT SELECT, INSERT, UPDATE, DELETE ON "PracticeSite" TO hub_viewer;
ALTER TABLE "PracticeSite" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "PracticeSite";
DROP POLICY IF EXISTS hub_read_all ON "PracticeSite";
CREATE POLICY hub_read_all ON "PracticeSite" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSite"."providerId")));
DROP POLICY IF EXISTS hub_read_insurer ON "PracticeSite";
CREATE POLICY hub_read_insurer ON "PracticeSite" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSite"."providerId")));
DROP POLICY IF EXISTS hub_read_partner ON "PracticeSite";
CREATE POLICY hub_read_partner ON "PracticeSite" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSite"."providerId")));
DROP POLICY IF EXISTS hub_read_provider ON "PracticeSite";
CREATE POLICY hub_read_provider ON "PracticeSite" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSite"."providerId")));
DROP POLICY IF EXISTS hub_read_none ON "PracticeSite";
CREATE POLICY hub_read_none ON "PracticeSite" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "PracticeSite"."providerId")));
DROP POLICY IF EXISTS hub_insert ON "PracticeSite";
CREATE POLICY hub_insert ON "PracticeSite" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "PracticeSite";
CREATE POLICY hub_update ON "PracticeSite" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "PracticeSite";
CREATE POLICY hub_delete ON "PracticeSite" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end PracticeSite

-- hub-policy:begin Provider
GRANT SELECT, INSERT, UPDATE, DELETE ON "Provider" TO hub_viewer;
ALTER TABLE "Provider" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Provider";
DROP POLICY IF EXISTS hub_read_all ON "Provider";
CREATE POLICY hub_read_all ON "Provider" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ('all'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ('all'::text = 'provider' AND ("id" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "Provider";
CREATE POLICY hub_read_insurer ON "Provider" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ('insurer'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ('insurer'::text = 'provider' AND ("id" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "Provider";
CREATE POLICY hub_read_partner ON "Provider" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ('partner'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ('partner'::text = 'provider' AND ("id" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "Provider";
CREATE POLICY hub_read_provider ON "Provider" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ('provider'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ('provider'::text = 'provider' AND ("id" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "Provider";
CREATE POLICY hub_read_none ON "Provider" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ('none'::text = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]) OR "contractingInsurerIds" && (SELECT hub_entrusting()))) OR ('none'::text = 'provider' AND ("id" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "Provider";
CREATE POLICY hub_insert ON "Provider" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Provider";
CREATE POLICY hub_update ON "Provider" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Provider";
CREATE POLICY hub_delete ON "Provider" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Provider

-- hub-policy:begin PublicDisclosure
GRANT SELECT, INSERT, UPDATE, DELETE ON "PublicDisclosure" TO hub_viewer;
ALTER TABLE "PublicDisclosure" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "PublicDisclosure";
DROP POLICY IF EXISTS hub_read_all ON "PublicDisclosure";
CREATE POLICY hub_read_all ON "PublicDisclosure" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "PublicDisclosure";
CREATE POLICY hub_read_insurer ON "PublicDisclosure" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "PublicDisclosure";
CREATE POLICY hub_read_partner ON "PublicDisclosure" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "PublicDisclosure";
CREATE POLICY hub_read_provider ON "PublicDisclosure" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "PublicDisclosure";
CREATE POLICY hub_read_none ON "PublicDisclosure" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "PublicDisclosure";
CREATE POLICY hub_insert ON "PublicDisclosure" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "PublicDisclosure";
CREATE POLICY hub_update ON "PublicDisclosure" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "PublicDisclosure";
CREATE POLICY hub_delete ON "PublicDisclosure" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end PublicDisclosure

-- hub-policy:begin Referral
GRANT SELECT, INSERT, UPDATE, DELETE ON "Referral" TO hub_viewer;
ALTER TABLE "Referral" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Referral";
DROP POLICY IF EXISTS hub_read_all ON "Referral";
CREATE POLICY hub_read_all ON "Referral" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "Referral";
CREATE POLICY hub_read_insurer ON "Referral" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "Referral";
CREATE POLICY hub_read_partner ON "Referral" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "Referral";
CREATE POLICY hub_read_provider ON "Referral" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "Referral";
CREATE POLICY hub_read_none ON "Referral" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "Referral";
CREATE POLICY hub_insert ON "Referral" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Referral";
CREATE POLICY hub_update ON "Referral" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Referral";
CREATE POLICY hub_delete ON "Referral" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Referral

-- hub-policy:begin ResigningCampaign
GRANT SELECT, INSERT, UPDATE, DELETE ON "ResigningCampaign" TO hub_viewer;
ALTER TABLE "ResigningCampaign" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ResigningCampaign";
DROP POLICY IF EXISTS hub_read_all ON "ResigningCampaign";
CREATE POLICY hub_read_all ON "ResigningCampaign" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND (EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = "ResigningCampaign"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_insurer ON "ResigningCampaign";
CREATE POLICY hub_read_insurer ON "ResigningCampaign" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND (EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = "ResigningCampaign"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_partner ON "ResigningCampaign";
CREATE POLICY hub_read_partner ON "ResigningCampaign" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND (EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = "ResigningCampaign"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_provider ON "ResigningCampaign";
CREATE POLICY hub_read_provider ON "ResigningCampaign" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND (EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = "ResigningCampaign"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_read_none ON "ResigningCampaign";
CREATE POLICY hub_read_none ON "ResigningCampaign" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND (EXISTS (SELECT 1 FROM "ResigningCampaignItem" i WHERE i."campaignId" = "ResigningCampaign"."id" AND i."providerId" = (SELECT hub_provider()))))));
DROP POLICY IF EXISTS hub_insert ON "ResigningCampaign";
CREATE POLICY hub_insert ON "ResigningCampaign" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ResigningCampaign";
CREATE POLICY hub_update ON "ResigningCampaign" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ResigningCampaign";
CREATE POLICY hub_delete ON "ResigningCampaign" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ResigningCampaign

-- hub-policy:begin ResigningCampaignItem
GRANT SELECT, INSERT, UPDATE, DELETE ON "ResigningCampaignItem" TO hub_viewer;
ALTER TABLE "ResigningCampaignItem" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ResigningCampaignItem";
DROP POLICY IF EXISTS hub_read_all ON "ResigningCampaignItem";
CREATE POLICY hub_read_all ON "ResigningCampaignItem" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ResigningCampaignItem";
CREATE POLICY hub_read_insurer ON "ResigningCampaignItem" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "ResigningCampaignItem";
CREATE POLICY hub_read_partner ON "ResigningCampaignItem" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "ResigningCampaignItem";
CREATE POLICY hub_read_provider ON "ResigningCampaignItem" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "ResigningCampaignItem";
CREATE POLICY hub_read_none ON "ResigningCampaignItem" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "ResigningCampaignItem";
CREATE POLICY hub_insert ON "ResigningCampaignItem" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ResigningCampaignItem";
CREATE POLICY hub_update ON "ResigningCampaignItem" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ResigningCampaignItem";
CREATE POLICY hub_delete ON "ResigningCampaignItem" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ResigningCampaignItem

-- hub-policy:begin ReviewDeadlineSetting
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReviewDeadlineSetting" TO hub_viewer;
ALTER TABLE "ReviewDeadlineSetting" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ReviewDeadlineSetting";
DROP POLICY IF EXISTS hub_read_all ON "ReviewDeadlineSetting";
CREATE POLICY hub_read_all ON "ReviewDeadlineSetting" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ReviewDeadlineSetting";
CREATE POLICY hub_read_insurer ON "ReviewDeadlineSetting" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "ReviewDeadlineSetting";
CREATE POLICY hub_read_partner ON "ReviewDeadlineSetting" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "ReviewDeadlineSetting";
CREATE POLICY hub_read_provider ON "ReviewDeadlineSetting" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "ReviewDeadlineSetting";
CREATE POLICY hub_read_none ON "ReviewDeadlineSetting" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "ReviewDeadlineSetting";
CREATE POLICY hub_insert ON "ReviewDeadlineSetting" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ReviewDeadlineSetting";
CREATE POLICY hub_update ON "ReviewDeadlineSetting" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ReviewDeadlineSetting";
CREATE POLICY hub_delete ON "ReviewDeadlineSetting" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ReviewDeadlineSetting

-- hub-policy:begin RuleHit
GRANT SELECT, INSERT, UPDATE, DELETE ON "RuleHit" TO hub_viewer;
ALTER TABLE "RuleHit" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "RuleHit";
DROP POLICY IF EXISTS hub_read_all ON "RuleHit";
CREATE POLICY hub_read_all ON "RuleHit" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = (SELECT hub_insurer())))) OR ('all'::text = 'partner' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "RuleHit";
CREATE POLICY hub_read_insurer ON "RuleHit" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = (SELECT hub_insurer())))) OR ('insurer'::text = 'partner' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "RuleHit";
CREATE POLICY hub_read_partner ON "RuleHit" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = (SELECT hub_insurer())))) OR ('partner'::text = 'partner' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "RuleHit";
CREATE POLICY hub_read_provider ON "RuleHit" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = (SELECT hub_insurer())))) OR ('provider'::text = 'partner' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "RuleHit";
CREATE POLICY hub_read_none ON "RuleHit" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = (SELECT hub_insurer())))) OR ('none'::text = 'partner' AND (EXISTS (SELECT 1 FROM "AuditRule" r WHERE r."id" = "RuleHit"."ruleId" AND r."insurerId" = ANY ((SELECT hub_entrusting())::uuid[])))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "RuleHit";
CREATE POLICY hub_insert ON "RuleHit" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "RuleHit";
CREATE POLICY hub_update ON "RuleHit" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "RuleHit";
CREATE POLICY hub_delete ON "RuleHit" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end RuleHit

-- hub-policy:begin RuleHitTransition
GRANT SELECT, INSERT, UPDATE, DELETE ON "RuleHitTransition" TO hub_viewer;
ALTER TABLE "RuleHitTransition" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "RuleHitTransition";
DROP POLICY IF EXISTS hub_read_all ON "RuleHitTransition";
CREATE POLICY hub_read_all ON "RuleHitTransition" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND (EXISTS (SELECT 1 FROM "RuleHit" p WHERE p."id" = "RuleHitTransition"."ruleHitId"))) OR ('all'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_insurer ON "RuleHitTransition";
CREATE POLICY hub_read_insurer ON "RuleHitTransition" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND (EXISTS (SELECT 1 FROM "RuleHit" p WHERE p."id" = "RuleHitTransition"."ruleHitId"))) OR ('insurer'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_partner ON "RuleHitTransition";
CREATE POLICY hub_read_partner ON "RuleHitTransition" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND (EXISTS (SELECT 1 FROM "RuleHit" p WHERE p."id" = "RuleHitTransition"."ruleHitId"))) OR ('partner'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_provider ON "RuleHitTransition";
CREATE POLICY hub_read_provider ON "RuleHitTransition" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND (EXISTS (SELECT 1 FROM "RuleHit" p WHERE p."id" = "RuleHitTransition"."ruleHitId"))) OR ('provider'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_read_none ON "RuleHitTransition";
CREATE POLICY hub_read_none ON "RuleHitTransition" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND (EXISTS (SELECT 1 FROM "RuleHit" p WHERE p."id" = "RuleHitTransition"."ruleHitId"))) OR ('none'::text = 'provider' AND ("providerId" = (SELECT hub_provider())))));
DROP POLICY IF EXISTS hub_insert ON "RuleHitTransition";
CREATE POLICY hub_insert ON "RuleHitTransition" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "RuleHitTransition";
CREATE POLICY hub_update ON "RuleHitTransition" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "RuleHitTransition";
CREATE POLICY hub_delete ON "RuleHitTransition" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end RuleHitTransition

-- hub-policy:begin SanctionEnd
GRANT SELECT, INSERT, UPDATE, DELETE ON "SanctionEnd" TO hub_viewer;
ALTER TABLE "SanctionEnd" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "SanctionEnd";
DROP POLICY IF EXISTS hub_read_all ON "SanctionEnd";
CREATE POLICY hub_read_all ON "SanctionEnd" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "SanctionEnd";
CREATE POLICY hub_read_insurer ON "SanctionEnd" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "SanctionEnd";
CREATE POLICY hub_read_partner ON "SanctionEnd" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "SanctionEnd";
CREATE POLICY hub_read_provider ON "SanctionEnd" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "SanctionEnd";
CREATE POLICY hub_read_none ON "SanctionEnd" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "SanctionEnd";
CREATE POLICY hub_insert ON "SanctionEnd" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "SanctionEnd";
CREATE POLICY hub_update ON "SanctionEnd" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "SanctionEnd";
CREATE POLICY hub_delete ON "SanctionEnd" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end SanctionEnd

-- hub-policy:begin ScreeningChunk
GRANT SELECT, INSERT, UPDATE, DELETE ON "ScreeningChunk" TO hub_viewer;
ALTER TABLE "ScreeningChunk" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ScreeningChunk";
DROP POLICY IF EXISTS hub_read_all ON "ScreeningChunk";
CREATE POLICY hub_read_all ON "ScreeningChunk" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ScreeningChunk";
CREATE POLICY hub_read_insurer ON "ScreeningChunk" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "ScreeningChunk";
CREATE POLICY hub_read_partner ON "ScreeningChunk" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "ScreeningChunk";
CREATE POLICY hub_read_provider ON "ScreeningChunk" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "ScreeningChunk";
CREATE POLICY hub_read_none ON "ScreeningChunk" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "ScreeningChunk";
CREATE POLICY hub_insert ON "ScreeningChunk" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ScreeningChunk";
CREATE POLICY hub_update ON "ScreeningChunk" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ScreeningChunk";
CREATE POLICY hub_delete ON "ScreeningChunk" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ScreeningChunk

-- hub-policy:begin ScreeningRun
GRANT SELECT, INSERT, UPDATE, DELETE ON "ScreeningRun" TO hub_viewer;
ALTER TABLE "ScreeningRun" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ScreeningRun";
DROP POLICY IF EXISTS hub_read_all ON "ScreeningRun";
CREATE POLICY hub_read_all ON "ScreeningRun" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "ScreeningRun";
CREATE POLICY hub_read_insurer ON "ScreeningRun" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "ScreeningRun";
CREATE POLICY hub_read_partner ON "ScreeningRun" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "ScreeningRun";
CREATE POLICY hub_read_provider ON "ScreeningRun" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "ScreeningRun";
CREATE POLICY hub_read_none ON "ScreeningRun" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "ScreeningRun";
CREATE POLICY hub_insert ON "ScreeningRun" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ScreeningRun";
CREATE POLICY hub_update ON "ScreeningRun" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ScreeningRun";
CREATE POLICY hub_delete ON "ScreeningRun" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ScreeningRun

-- hub-policy:begin Session
GRANT SELECT, INSERT, UPDATE, DELETE ON "Session" TO hub_viewer;
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Session";
DROP POLICY IF EXISTS hub_read_all ON "Session";
CREATE POLICY hub_read_all ON "Session" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_insurer ON "Session";
CREATE POLICY hub_read_insurer ON "Session" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_partner ON "Session";
CREATE POLICY hub_read_partner ON "Session" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_provider ON "Session";
CREATE POLICY hub_read_provider ON "Session" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_read_none ON "Session";
CREATE POLICY hub_read_none ON "Session" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor()))));
DROP POLICY IF EXISTS hub_insert ON "Session";
CREATE POLICY hub_insert ON "Session" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Session";
CREATE POLICY hub_update ON "Session" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Session";
CREATE POLICY hub_delete ON "Session" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Session

-- hub-policy:begin TipOff
GRANT SELECT, INSERT, UPDATE, DELETE ON "TipOff" TO hub_viewer;
ALTER TABLE "TipOff" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "TipOff";
DROP POLICY IF EXISTS hub_read_all ON "TipOff";
CREATE POLICY hub_read_all ON "TipOff" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ((SELECT hub_role()) <> 'INTEGRATOR' AND "insurerId" = (SELECT hub_insurer()))) OR ('all'::text = 'partner' AND ((SELECT hub_role()) = 'PARTNER' AND "assigneePartnerId" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_insurer ON "TipOff";
CREATE POLICY hub_read_insurer ON "TipOff" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ((SELECT hub_role()) <> 'INTEGRATOR' AND "insurerId" = (SELECT hub_insurer()))) OR ('insurer'::text = 'partner' AND ((SELECT hub_role()) = 'PARTNER' AND "assigneePartnerId" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_partner ON "TipOff";
CREATE POLICY hub_read_partner ON "TipOff" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ((SELECT hub_role()) <> 'INTEGRATOR' AND "insurerId" = (SELECT hub_insurer()))) OR ('partner'::text = 'partner' AND ((SELECT hub_role()) = 'PARTNER' AND "assigneePartnerId" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_provider ON "TipOff";
CREATE POLICY hub_read_provider ON "TipOff" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ((SELECT hub_role()) <> 'INTEGRATOR' AND "insurerId" = (SELECT hub_insurer()))) OR ('provider'::text = 'partner' AND ((SELECT hub_role()) = 'PARTNER' AND "assigneePartnerId" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_read_none ON "TipOff";
CREATE POLICY hub_read_none ON "TipOff" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ((SELECT hub_role()) <> 'INTEGRATOR' AND "insurerId" = (SELECT hub_insurer()))) OR ('none'::text = 'partner' AND ((SELECT hub_role()) = 'PARTNER' AND "assigneePartnerId" = (SELECT hub_partner())))));
DROP POLICY IF EXISTS hub_insert ON "TipOff";
CREATE POLICY hub_insert ON "TipOff" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "TipOff";
CREATE POLICY hub_update ON "TipOff" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "TipOff";
CREATE POLICY hub_delete ON "TipOff" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end TipOff

-- hub-policy:begin TipOffReporter
GRANT SELECT, INSERT, UPDATE, DELETE ON "TipOffReporter" TO hub_viewer;
ALTER TABLE "TipOffReporter" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "TipOffReporter";
DROP POLICY IF EXISTS hub_read_all ON "TipOffReporter";
CREATE POLICY hub_read_all ON "TipOffReporter" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = (SELECT hub_insurer())));
DROP POLICY IF EXISTS hub_read_insurer ON "TipOffReporter";
CREATE POLICY hub_read_insurer ON "TipOffReporter" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = (SELECT hub_insurer())));
DROP POLICY IF EXISTS hub_read_partner ON "TipOffReporter";
CREATE POLICY hub_read_partner ON "TipOffReporter" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = (SELECT hub_insurer())));
DROP POLICY IF EXISTS hub_read_provider ON "TipOffReporter";
CREATE POLICY hub_read_provider ON "TipOffReporter" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = (SELECT hub_insurer())));
DROP POLICY IF EXISTS hub_read_none ON "TipOffReporter";
CREATE POLICY hub_read_none ON "TipOffReporter" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) IN ('INSURER_ADMIN', 'INSURER_AUDITOR') AND "insurerId" = (SELECT hub_insurer())));
DROP POLICY IF EXISTS hub_insert ON "TipOffReporter";
CREATE POLICY hub_insert ON "TipOffReporter" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "TipOffReporter";
CREATE POLICY hub_update ON "TipOffReporter" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "TipOffReporter";
CREATE POLICY hub_delete ON "TipOffReporter" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end TipOffReporter

-- hub-policy:begin User
GRANT SELECT, INSERT, UPDATE, DELETE ON "User" TO hub_viewer;
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "User";
DROP POLICY IF EXISTS hub_read_all ON "User";
CREATE POLICY hub_read_all ON "User" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND ("insurerId" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = (SELECT hub_insurer()))))));
DROP POLICY IF EXISTS hub_read_insurer ON "User";
CREATE POLICY hub_read_insurer ON "User" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND ("insurerId" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = (SELECT hub_insurer()))))));
DROP POLICY IF EXISTS hub_read_partner ON "User";
CREATE POLICY hub_read_partner ON "User" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND ("insurerId" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = (SELECT hub_insurer()))))));
DROP POLICY IF EXISTS hub_read_provider ON "User";
CREATE POLICY hub_read_provider ON "User" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND ("insurerId" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = (SELECT hub_insurer()))))));
DROP POLICY IF EXISTS hub_read_none ON "User";
CREATE POLICY hub_read_none ON "User" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND ("insurerId" = (SELECT hub_insurer()) OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = "User"."providerId" AND p."insurerId" = (SELECT hub_insurer()))))));
DROP POLICY IF EXISTS hub_insert ON "User";
CREATE POLICY hub_insert ON "User" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "User";
CREATE POLICY hub_update ON "User" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "User";
CREATE POLICY hub_delete ON "User" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end User

-- hub-policy:begin ViolationType
GRANT SELECT, INSERT, UPDATE, DELETE ON "ViolationType" TO hub_viewer;
ALTER TABLE "ViolationType" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "ViolationType";
DROP POLICY IF EXISTS hub_read_all ON "ViolationType";
CREATE POLICY hub_read_all ON "ViolationType" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_insurer ON "ViolationType";
CREATE POLICY hub_read_insurer ON "ViolationType" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_partner ON "ViolationType";
CREATE POLICY hub_read_partner ON "ViolationType" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_provider ON "ViolationType";
CREATE POLICY hub_read_provider ON "ViolationType" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text <> 'none'));
DROP POLICY IF EXISTS hub_read_none ON "ViolationType";
CREATE POLICY hub_read_none ON "ViolationType" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text <> 'none'));
DROP POLICY IF EXISTS hub_insert ON "ViolationType";
CREATE POLICY hub_insert ON "ViolationType" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "ViolationType";
CREATE POLICY hub_update ON "ViolationType" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "ViolationType";
CREATE POLICY hub_delete ON "ViolationType" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end ViolationType

-- hub-policy:begin WebhookDelivery
GRANT SELECT, INSERT, UPDATE, DELETE ON "WebhookDelivery" TO hub_viewer;
ALTER TABLE "WebhookDelivery" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "WebhookDelivery";
DROP POLICY IF EXISTS hub_read_all ON "WebhookDelivery";
CREATE POLICY hub_read_all ON "WebhookDelivery" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR EXISTS (SELECT 1 FROM "WebhookEndpoint" p WHERE p."id" = "WebhookDelivery"."endpointId")));
DROP POLICY IF EXISTS hub_read_insurer ON "WebhookDelivery";
CREATE POLICY hub_read_insurer ON "WebhookDelivery" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR EXISTS (SELECT 1 FROM "WebhookEndpoint" p WHERE p."id" = "WebhookDelivery"."endpointId")));
DROP POLICY IF EXISTS hub_read_partner ON "WebhookDelivery";
CREATE POLICY hub_read_partner ON "WebhookDelivery" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR EXISTS (SELECT 1 FROM "WebhookEndpoint" p WHERE p."id" = "WebhookDelivery"."endpointId")));
DROP POLICY IF EXISTS hub_read_provider ON "WebhookDelivery";
CREATE POLICY hub_read_provider ON "WebhookDelivery" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR EXISTS (SELECT 1 FROM "WebhookEndpoint" p WHERE p."id" = "WebhookDelivery"."endpointId")));
DROP POLICY IF EXISTS hub_read_none ON "WebhookDelivery";
CREATE POLICY hub_read_none ON "WebhookDelivery" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR EXISTS (SELECT 1 FROM "WebhookEndpoint" p WHERE p."id" = "WebhookDelivery"."endpointId")));
DROP POLICY IF EXISTS hub_insert ON "WebhookDelivery";
CREATE POLICY hub_insert ON "WebhookDelivery" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "WebhookDelivery";
CREATE POLICY hub_update ON "WebhookDelivery" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "WebhookDelivery";
CREATE POLICY hub_delete ON "WebhookDelivery" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end WebhookDelivery

-- hub-policy:begin WebhookEndpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "WebhookEndpoint" TO hub_viewer;
ALTER TABLE "WebhookEndpoint" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "WebhookEndpoint";
DROP POLICY IF EXISTS hub_read_all ON "WebhookEndpoint";
CREATE POLICY hub_read_all ON "WebhookEndpoint" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'API_CLIENT' AND "apiClientId"::text = (SELECT hub_actor())) OR ((SELECT hub_actor_type()) <> 'API_CLIENT' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "WebhookEndpoint"."apiClientId"))));
DROP POLICY IF EXISTS hub_read_insurer ON "WebhookEndpoint";
CREATE POLICY hub_read_insurer ON "WebhookEndpoint" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'API_CLIENT' AND "apiClientId"::text = (SELECT hub_actor())) OR ((SELECT hub_actor_type()) <> 'API_CLIENT' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "WebhookEndpoint"."apiClientId"))));
DROP POLICY IF EXISTS hub_read_partner ON "WebhookEndpoint";
CREATE POLICY hub_read_partner ON "WebhookEndpoint" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'API_CLIENT' AND "apiClientId"::text = (SELECT hub_actor())) OR ((SELECT hub_actor_type()) <> 'API_CLIENT' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "WebhookEndpoint"."apiClientId"))));
DROP POLICY IF EXISTS hub_read_provider ON "WebhookEndpoint";
CREATE POLICY hub_read_provider ON "WebhookEndpoint" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'API_CLIENT' AND "apiClientId"::text = (SELECT hub_actor())) OR ((SELECT hub_actor_type()) <> 'API_CLIENT' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "WebhookEndpoint"."apiClientId"))));
DROP POLICY IF EXISTS hub_read_none ON "WebhookEndpoint";
CREATE POLICY hub_read_none ON "WebhookEndpoint" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'API_CLIENT' AND "apiClientId"::text = (SELECT hub_actor())) OR ((SELECT hub_actor_type()) <> 'API_CLIENT' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = "WebhookEndpoint"."apiClientId"))));
DROP POLICY IF EXISTS hub_insert ON "WebhookEndpoint";
CREATE POLICY hub_insert ON "WebhookEndpoint" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "WebhookEndpoint";
CREATE POLICY hub_update ON "WebhookEndpoint" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "WebhookEndpoint";
CREATE POLICY hub_delete ON "WebhookEndpoint" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end WebhookEndpoint

-- hub-policy:begin WhatIfReplay
GRANT SELECT, INSERT, UPDATE, DELETE ON "WhatIfReplay" TO hub_viewer;
ALTER TABLE "WhatIfReplay" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "WhatIfReplay";
DROP POLICY IF EXISTS hub_read_all ON "WhatIfReplay";
CREATE POLICY hub_read_all ON "WhatIfReplay" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "WhatIfReplay";
CREATE POLICY hub_read_insurer ON "WhatIfReplay" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "WhatIfReplay";
CREATE POLICY hub_read_partner ON "WhatIfReplay" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "WhatIfReplay";
CREATE POLICY hub_read_provider ON "WhatIfReplay" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "WhatIfReplay";
CREATE POLICY hub_read_none ON "WhatIfReplay" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "WhatIfReplay";
CREATE POLICY hub_insert ON "WhatIfReplay" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "WhatIfReplay";
CREATE POLICY hub_update ON "WhatIfReplay" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "WhatIfReplay";
CREATE POLICY hub_delete ON "WhatIfReplay" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end WhatIfReplay
