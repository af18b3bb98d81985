-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "cancellation_reason" TEXT;
