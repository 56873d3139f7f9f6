-- An insurer admin reads (and revokes) the sessions of the staff accounts it manages: disableUser
-- revokes them and changeUserRole closes the sockets opened with them. The rule is in
-- server/policy/rows-access.ts (it follows the User policy).
-- hub-policy:begin Session
GRANT SELECT, INSERT, UPDATE, DELETE ON "Session" TO hub_viewer;
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Session";
CREATE POLICY hub_read ON "Session" FOR SELECT TO hub_viewer USING ((SELECT hub_role()) = 'PLATFORM_ADMIN' OR ((SELECT hub_actor_type()) = 'USER' AND "userId"::text = (SELECT hub_actor())) OR ((SELECT hub_role()) = 'INSURER_ADMIN' AND (SELECT hub_actor_type()) = 'USER' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = "Session"."userId")));
DROP POLICY IF EXISTS hub_insert ON "Session";
CREATE POLICY hub_insert ON "Session" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Session";
CREATE POLICY hub_update ON "Session" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Session";
CREATE POLICY hub_delete ON "Session" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Session

