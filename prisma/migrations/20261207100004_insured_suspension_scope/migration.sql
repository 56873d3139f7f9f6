-- CreateEnum
CREATE TYPE "InsuredSuspensionScope" AS ENUM ('ALL_DIRECT_SETTLEMENT', 'CHRONIC_PHARMACY');

-- AlterTable
ALTER TABLE "InsuredSettlementSuspension" ADD COLUMN     "scope" "InsuredSuspensionScope" NOT NULL DEFAULT 'ALL_DIRECT_SETTLEMENT';

-- AlterTable
ALTER TABLE "Penalty" ADD COLUMN     "insuredSuspensionScope" "InsuredSuspensionScope";
