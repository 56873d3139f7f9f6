-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKING_DAY');

-- CreateTable
CREATE TABLE "AgencyCalendarDay" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgencyCalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgencyCalendarDay_insurerId_day_key" ON "AgencyCalendarDay"("insurerId", "day");

-- AddForeignKey
ALTER TABLE "AgencyCalendarDay" ADD CONSTRAINT "AgencyCalendarDay_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row security: the agency's own staff (server/policy/rows-supervision.ts agencyCalendarDay).
-- hub-policy:begin AgencyCalendarDay
GRANT SELECT, INSERT, UPDATE, DELETE ON "AgencyCalendarDay" TO hub_viewer;
ALTER TABLE "AgencyCalendarDay" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS hub_read ON "AgencyCalendarDay";
DROP POLICY IF EXISTS hub_read_all ON "AgencyCalendarDay";
CREATE POLICY hub_read_all ON "AgencyCalendarDay" FOR SELECT TO hub_viewer_all USING ((SELECT hub_scope()) = 'all' AND ('all'::text = 'all' OR ('all'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_insurer ON "AgencyCalendarDay";
CREATE POLICY hub_read_insurer ON "AgencyCalendarDay" FOR SELECT TO hub_viewer_insurer USING ((SELECT hub_scope()) = 'insurer' AND ('insurer'::text = 'all' OR ('insurer'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_partner ON "AgencyCalendarDay";
CREATE POLICY hub_read_partner ON "AgencyCalendarDay" FOR SELECT TO hub_viewer_partner USING ((SELECT hub_scope()) = 'partner' AND ('partner'::text = 'all' OR ('partner'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_provider ON "AgencyCalendarDay";
CREATE POLICY hub_read_provider ON "AgencyCalendarDay" FOR SELECT TO hub_viewer_provider USING ((SELECT hub_scope()) = 'provider' AND ('provider'::text = 'all' OR ('provider'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_read_none ON "AgencyCalendarDay";
CREATE POLICY hub_read_none ON "AgencyCalendarDay" FOR SELECT TO hub_viewer_none USING ((SELECT hub_scope()) = 'none' AND ('none'::text = 'all' OR ('none'::text = 'insurer' AND ("insurerId" = (SELECT hub_insurer())))));
DROP POLICY IF EXISTS hub_insert ON "AgencyCalendarDay";
CREATE POLICY hub_insert ON "AgencyCalendarDay" FOR INSERT TO hub_viewer WITH CHECK (true);
DROP POLICY IF EXISTS hub_update ON "AgencyCalendarDay";
CREATE POLICY hub_update ON "AgencyCalendarDay" FOR UPDATE TO hub_viewer USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS hub_delete ON "AgencyCalendarDay";
CREATE POLICY hub_delete ON "AgencyCalendarDay" FOR DELETE TO hub_viewer USING (true);
-- hub-policy:end AgencyCalendarDay

