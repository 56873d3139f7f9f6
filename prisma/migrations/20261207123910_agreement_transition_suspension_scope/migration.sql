-- AlterTable
ALTER TABLE "AgreementTransition" ADD COLUMN     "suspensionScope" "SuspensionScope";

-- A suspension's scope was kept only on the agreement row (cleared on resume) and in the
-- agreement.suspended audit event written in the same transaction as the transition: fill the
-- recorded suspensions from that event (same agreement, effective day and reason; the first such
-- event). A transition no event matches stays null, and PROVIDER_SUSPENDED then reads the
-- agreement's current scope as before.
UPDATE "AgreementTransition" t
SET "suspensionScope" = (
  SELECT (e.data ->> 'suspensionScope')::"SuspensionScope"
  FROM "AuditEvent" e
  WHERE e.type = 'agreement.suspended' AND e."entityId" = t."agreementId"::text
    AND e.data ->> 'effectiveOn' = to_char(t."effectiveOn", 'YYYY-MM-DD')
    AND e.data ->> 'reason' = t.reason
    AND e.data ->> 'suspensionScope' IN ('AGREEMENT', 'REAL_TIME_SETTLEMENT')
  ORDER BY e.seq
  LIMIT 1
)
WHERE t."toStatus" = 'SUSPENDED';
