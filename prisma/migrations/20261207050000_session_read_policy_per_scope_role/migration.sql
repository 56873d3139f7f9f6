-- Session's read rule of 20261207033000_admin_manages_user_sessions (an insurer admin sees the
-- sessions of the accounts it manages), emitted per scope role like every table's since
-- 20261207040000_read_policy_per_scope_role.

-- hub-policy:begin Session
GRANT SELECT, INSERT, UPDATE, DELETE ON "Session" TO hub_viewer;
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Session";
DROP POLICY IF EXISTS hub_read_all ON "Session";
CREATE POLICY hub_read_all ON "Session" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId"))));
DROP POLICY IF EXISTS hub_read_insurer ON "Session";
CREATE POLICY hub_read_insurer ON "Session" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId"))));
DROP POLICY IF EXISTS hub_read_partner ON "Session";
CREATE POLICY hub_read_partner ON "Session" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId"))));
DROP POLICY IF EXISTS hub_read_provider ON "Session";
CREATE POLICY hub_read_provider ON "Session" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId"))));
DROP POLICY IF EXISTS hub_read_none ON "Session";
CREATE POLICY hub_read_none ON "Session" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId"))));
DROP POLICY IF EXISTS hub_insert ON "Session";
CREATE POLICY hub_insert ON "Session" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Session";
CREATE POLICY hub_update ON "Session" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Session";
CREATE POLICY hub_delete ON "Session" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Session

