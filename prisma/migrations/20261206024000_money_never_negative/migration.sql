-- Money is never negative where it is stored (amounts, penalties, rewards are quantities; a
-- refund or a reduction is its own column, never a negative amount). The API refuses
-- negative Fen on input; these constraints hold for every writer (scripts, jobs, SQL).
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_violatingAmountFen_non_negative" CHECK ("violatingAmountFen" >= 0);
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_baseAmountFen_non_negative" CHECK ("baseAmountFen" IS NULL OR "baseAmountFen" >= 0);
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_amountFen_non_negative" CHECK ("amountFen" IS NULL OR "amountFen" >= 0);
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_recoveredAmountFen_non_negative" CHECK ("recoveredAmountFen" >= 0);
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_reducedAmountFen_non_negative" CHECK ("reducedAmountFen" IS NULL OR "reducedAmountFen" >= 0);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_withheldAmountFen_non_negative" CHECK ("withheldAmountFen" >= 0);
ALTER TABLE "RuleHit" ADD CONSTRAINT "RuleHit_amountFen_non_negative" CHECK ("amountFen" >= 0);
ALTER TABLE "TipOff" ADD CONSTRAINT "TipOff_verifiedAmountFen_non_negative" CHECK ("verifiedAmountFen" IS NULL OR "verifiedAmountFen" >= 0);
ALTER TABLE "TipOff" ADD CONSTRAINT "TipOff_rewardFen_non_negative" CHECK ("rewardFen" IS NULL OR "rewardFen" >= 0);
