-- A person (ID number) is registered as a physician once, nationally: the database answers
-- "taken" itself (registerPhysician no longer looks the number up as the hub, past row security).
--
-- An installation whose data already holds one ID number on several physician rows (the
-- benchmark's scale seed repeated them before this change; registrations of one number at the
-- same moment could both insert before 2026-12-07) cannot take the index. Such rows are not
-- merged here: which row is the real registration (its sites, findings, penalties and rule hits
-- point at it) is an agency decision. The migration stops with the count and the query that
-- lists them; the number itself is not printed (it would land in the hub's log).
DO $$
DECLARE
  repeated bigint;
BEGIN
  SELECT count(*) INTO repeated FROM (SELECT 1 FROM "Physician" GROUP BY "idNumber" HAVING count(*) > 1) AS d;
  IF repeated > 0 THEN
    RAISE EXCEPTION '% physician ID number(s) are registered on more than one Physician row; 同一身份证号登记了多名医保医师（% 个号码），请先合并或更正后再升级', repeated, repeated
      USING HINT = 'List them with: SELECT "idNumber", array_agg(code) FROM "Physician" GROUP BY "idNumber" HAVING count(*) > 1; keep one row per person (move its practice sites, findings and penalties to it) or correct the numbers, then start the hub again.';
  END IF;
END $$;

-- CreateIndex
CREATE UNIQUE INDEX "Physician_idNumber_key" ON "Physician"("idNumber");
