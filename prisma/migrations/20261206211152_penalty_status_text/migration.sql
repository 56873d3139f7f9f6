-- AlterTable
ALTER TABLE "Penalty" ADD COLUMN     "statusText" TEXT NOT NULL DEFAULT '';

-- `statusText` mirrors `status` on every write, whatever a statement sets it to (prisma/schema.prisma
-- says why a text copy: under row-level security only leakproof operators become index
-- conditions, and enum equality is not leakproof).
CREATE FUNCTION penalty_status_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."statusText" := NEW.status::text;
  RETURN NEW;
END
$$;
CREATE TRIGGER penalty_status_text BEFORE INSERT OR UPDATE ON "Penalty"
  FOR EACH ROW EXECUTE FUNCTION penalty_status_text();
UPDATE "Penalty" SET "statusText" = status::text;

-- CreateIndex
CREATE INDEX "Penalty_insurerId_statusText_proposedAt_id_idx" ON "Penalty"("insurerId", "statusText", "proposedAt" DESC, "id" DESC);
