-- PROVIDER_SUSPENDED judges a claim on the agreement's status on its visit day, so it now also runs
-- after settlement (事后审核). Installed rules carry the moments they run at: a rule still at the
-- shipped moments (before and during) gains AFTER; one an insurer set otherwise keeps its own.
UPDATE "AuditRule"
SET stages = stages || ARRAY['AFTER']::"RuleStage"[]
WHERE "ruleKey" = 'PROVIDER_SUSPENDED' AND stages = ARRAY['BEFORE', 'DURING']::"RuleStage"[];
