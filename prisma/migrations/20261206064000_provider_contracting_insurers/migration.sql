-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "contractingInsurerIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateIndex
CREATE INDEX "Provider_contractingInsurerIds_idx" ON "Provider" USING GIN ("contractingInsurerIds");

-- An insurer sees the providers registered with it and those it holds an agreement with
-- (server/policy/rows-parties.ts). The second half was an EXISTS on Agreement evaluated per
-- provider row under row-level security; as a column kept here it is a column check
-- (bench/PERFORMANCE.md, "Row-level security").
UPDATE "Provider" p SET "contractingInsurerIds" = coalesce(
  (SELECT array_agg(DISTINCT a."insurerId" ORDER BY a."insurerId") FROM "Agreement" a WHERE a."providerId" = p."id"),
  ARRAY[]::uuid[]);

-- One path for every writer (domain commands, seeds, imports, SQL): a trigger, in the writer's
-- transaction. SECURITY DEFINER: a request runs as hub_viewer, which may not see (so could not
-- update) the provider it is contracting for the first time; the owner bypasses row security.
-- A new pair only appends (one write per provider and insurer, not per agreement); a changed
-- or deleted agreement recomputes the providers it touched.
CREATE OR REPLACE FUNCTION hub_provider_contracting_insurers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Provider" SET "contractingInsurerIds" = array_append(coalesce("contractingInsurerIds", '{}'), NEW."insurerId")
     WHERE "id" = NEW."providerId" AND NOT (coalesce("contractingInsurerIds", '{}') @> ARRAY[NEW."insurerId"]);
    RETURN NULL;
  END IF;
  UPDATE "Provider" p SET "contractingInsurerIds" = coalesce(
      (SELECT array_agg(DISTINCT a."insurerId" ORDER BY a."insurerId") FROM "Agreement" a WHERE a."providerId" = p."id"),
      ARRAY[]::uuid[])
   WHERE p."id" IN (OLD."providerId", CASE WHEN TG_OP = 'UPDATE' THEN NEW."providerId" END);
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "Agreement_contracting_insurers" ON "Agreement";
CREATE TRIGGER "Agreement_contracting_insurers"
  AFTER INSERT OR DELETE OR UPDATE OF "providerId", "insurerId" ON "Agreement"
  FOR EACH ROW EXECUTE FUNCTION hub_provider_contracting_insurers();


-- The Provider rule above, as the policy module now declares it.
-- hub-policy:begin Provider
GRANT SELECT, INSERT, UPDATE, DELETE ON "Provider" TO hub_viewer;
ALTER TABLE "Provider" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "Provider";
CREATE POLICY hub_read ON "Provider" FOR SELECT TO hub_viewer USING ((SELECT hub_scope()) = 'all' OR ((SELECT hub_scope()) = 'insurer' AND ("insurerId" = (SELECT hub_insurer()) OR "contractingInsurerIds" @> ARRAY[(SELECT hub_insurer())])) OR ((SELECT hub_scope()) = 'partner' AND ("insurerId" = ANY ((SELECT hub_entrusting())::uuid[]))) OR ((SELECT hub_scope()) = 'provider' AND ("id" = (SELECT hub_provider()))));
DROP POLICY IF EXISTS hub_insert ON "Provider";
CREATE POLICY hub_insert ON "Provider" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "Provider";
CREATE POLICY hub_update ON "Provider" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "Provider";
CREATE POLICY hub_delete ON "Provider" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end Provider

