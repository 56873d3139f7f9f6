-- Row security for the tables and rules that arrived beside the tenant policy (server/policy/rows-supervision.ts):
-- the knowledge library's national rows, rule and knowledge versions, providers' own interceptions.
-- hub-policy:begin KnowledgeEntry
GRANT SELECT, INSERT, UPDATE, DELETE ON "KnowledgeEntry" TO hub_viewer;
ALTER TABLE "KnowledgeEntry" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "KnowledgeEntry";
CREATE POLICY hub_read ON "KnowledgeEntry" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL)));
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
CREATE POLICY hub_read ON "KnowledgeEntryVersion" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "insurerId" IS NULL)));
DROP POLICY IF EXISTS hub_insert ON "KnowledgeEntryVersion";
CREATE POLICY hub_insert ON "KnowledgeEntryVersion" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "KnowledgeEntryVersion";
CREATE POLICY hub_update ON "KnowledgeEntryVersion" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "KnowledgeEntryVersion";
CREATE POLICY hub_delete ON "KnowledgeEntryVersion" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end KnowledgeEntryVersion

-- hub-policy:begin AuditRuleVersion
GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditRuleVersion" TO hub_viewer;
ALTER TABLE "AuditRuleVersion" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AuditRuleVersion";
CREATE POLICY hub_read ON "AuditRuleVersion" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))));
DROP POLICY IF EXISTS hub_insert ON "AuditRuleVersion";
CREATE POLICY hub_insert ON "AuditRuleVersion" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AuditRuleVersion";
CREATE POLICY hub_update ON "AuditRuleVersion" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AuditRuleVersion";
CREATE POLICY hub_delete ON "AuditRuleVersion" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AuditRuleVersion

-- hub-policy:begin MonitoringOutcome
GRANT SELECT, INSERT, UPDATE, DELETE ON "MonitoringOutcome" TO hub_viewer;
ALTER TABLE "MonitoringOutcome" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "MonitoringOutcome";
CREATE POLICY hub_read ON "MonitoringOutcome" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()))) OR ((SELECT hub_scope()) = 'provider' AND ("providerId" = (SELECT hub_provider()))));
DROP POLICY IF EXISTS hub_insert ON "MonitoringOutcome";
CREATE POLICY hub_insert ON "MonitoringOutcome" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "MonitoringOutcome";
CREATE POLICY hub_update ON "MonitoringOutcome" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "MonitoringOutcome";
CREATE POLICY hub_delete ON "MonitoringOutcome" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end MonitoringOutcome

