-- AlterTable
ALTER TABLE "InsuredPerson" ADD COLUMN     "settlementRestoredOn" DATE,
ADD COLUMN     "settlementSuspendedFrom" DATE;

-- A suspension's start was not kept: take it from the executed settlement-suspension penalty
-- whose term the person still carries (or the latest one), so that the INSURED_SUSPENDED rule
-- stops flagging visits from before it. Persons without such a penalty keep a null start
-- (read as "since before any visit", as before).
UPDATE "InsuredPerson" p SET "settlementSuspendedFrom" = s."effectiveFrom"
FROM (
  SELECT DISTINCT ON (pe."insuredPersonId") pe."insuredPersonId", pe."effectiveFrom", pe."effectiveUntil"
  FROM "Penalty" pe
  WHERE pe.measure = 'INSURED_SETTLEMENT_SUSPENSION' AND pe.status IN ('EXECUTED', 'CLOSED')
    AND pe."insuredPersonId" IS NOT NULL AND pe."effectiveFrom" IS NOT NULL
  ORDER BY pe."insuredPersonId", pe."effectiveFrom" DESC
) s
WHERE p.id = s."insuredPersonId";

-- A restored suspension: its end is the recorded restoration (the latest one).
UPDATE "InsuredPerson" p SET "settlementRestoredOn" = e."endedOn"
FROM (
  SELECT DISTINCT ON (se."insuredPersonId") se."insuredPersonId", se."endedOn"
  FROM "SanctionEnd" se
  WHERE se.kind = 'INSURED_SETTLEMENT_SUSPENSION' AND se."insuredPersonId" IS NOT NULL
  ORDER BY se."insuredPersonId", se."endedOn" DESC
) e
WHERE p.id = e."insuredPersonId" AND p."settlementSuspendedUntil" IS NULL
  AND (p."settlementSuspendedFrom" IS NULL OR p."settlementSuspendedFrom" <= e."endedOn");

-- CHRONIC_PRESCRIPTION_REUSE: "3 months" was installed as 90 days. A rule still at that default
-- counts three calendar months (validityMonths); one an insurer tuned to other days keeps them.
UPDATE "AuditRule"
SET parameters = (parameters - 'validityDays') || '{"validityMonths": 3}'::jsonb
WHERE "ruleKey" = 'CHRONIC_PRESCRIPTION_REUSE' AND jsonb_typeof(parameters) = 'object'
  AND parameters ->> 'validityDays' = '90';
