-- 中途结算: a claim that settles one part of a stay going on (the national settlement interface's
-- mid_setl_flag). SPLIT_ADMISSION does not count the next part, admitted on this part's end day at
-- the same provider, as a readmission. Added on the partitioned parent: every partition gets it.
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "interimSettlement" BOOLEAN NOT NULL DEFAULT false;
