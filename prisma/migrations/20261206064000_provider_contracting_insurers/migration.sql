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

-- One path for every writer (domain commands, seeds, imports, SQL): statement triggers on
-- Agreement, in the writer's transaction.
-- - SECURITY DEFINER: a request runs as hub_viewer, which may not see (so could not update)
--   the provider it contracts for the first time; the owner bypasses row security.
-- - Only providers whose set changes are touched (an insert of a known pair writes nothing), and
--   they are locked first, in id order: concurrent multi-row inserts would otherwise lock them in
--   row order and deadlock (seen seeding the benchmark with row triggers).
-- - The set is then recomputed by a later statement, so under READ COMMITTED it sees whatever
--   the transactions that held those locks committed.
CREATE OR REPLACE FUNCTION hub_provider_contracting_insurers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."providerId") INTO touched
      FROM new_rows n JOIN "Provider" p ON p."id" = n."providerId"
     WHERE NOT (coalesce(p."contractingInsurerIds", '{}') @> ARRAY[n."insurerId"]);
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT x) INTO touched
      FROM old_rows o JOIN new_rows n ON n."id" = o."id",
           LATERAL (VALUES (o."providerId"), (n."providerId")) v(x)
     WHERE x IS NOT NULL
       AND (o."providerId" IS DISTINCT FROM n."providerId" OR o."insurerId" IS DISTINCT FROM n."insurerId");
  ELSE
    SELECT array_agg(DISTINCT o."providerId") INTO touched FROM old_rows o WHERE o."providerId" IS NOT NULL;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "Provider" WHERE "id" = ANY (touched) ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "Provider" p SET "contractingInsurerIds" = c.ids
    FROM (SELECT q."id", coalesce((SELECT array_agg(DISTINCT a."insurerId" ORDER BY a."insurerId")
                                     FROM "Agreement" a WHERE a."providerId" = q."id"), '{}') AS ids
            FROM "Provider" q WHERE q."id" = ANY (touched)) c
   WHERE p."id" = c."id" AND p."contractingInsurerIds" IS DISTINCT FROM c.ids;
  RETURN NULL;
END $$;

-- Transition tables need one trigger per event.
CREATE TRIGGER "Agreement_contracting_insurers_insert" AFTER INSERT ON "Agreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hub_provider_contracting_insurers();
CREATE TRIGGER "Agreement_contracting_insurers_update" AFTER UPDATE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hub_provider_contracting_insurers();
CREATE TRIGGER "Agreement_contracting_insurers_delete" AFTER DELETE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hub_provider_contracting_insurers();

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

