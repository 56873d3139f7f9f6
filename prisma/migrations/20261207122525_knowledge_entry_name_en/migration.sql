-- AlterTable
ALTER TABLE "KnowledgeEntry" ADD COLUMN     "nameEn" TEXT;
