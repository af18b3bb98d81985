-- AlterEnum
CREATE TYPE "CertificateApplicationStatus_new" AS ENUM ('APPLIED', 'ISSUED', 'CANCELED');
ALTER TABLE "certificate_application" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "certificate_application" ALTER COLUMN "status" TYPE "CertificateApplicationStatus_new" USING ("status"::text::"CertificateApplicationStatus_new");
ALTER TYPE "CertificateApplicationStatus" RENAME TO "CertificateApplicationStatus_old";
ALTER TYPE "CertificateApplicationStatus_new" RENAME TO "CertificateApplicationStatus";
DROP TYPE "CertificateApplicationStatus_old";
ALTER TABLE "certificate_application" ALTER COLUMN "status" SET DEFAULT 'APPLIED';

-- DropIndex
DROP INDEX "certificate_application_owner_id_idx";

-- AlterTable
ALTER TABLE "certificate_application" DROP COLUMN "confirmed_at",
DROP COLUMN "owner_id",
DROP COLUMN "requested_at",
DROP COLUMN "title",
ADD COLUMN     "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "booking_id" UUID NOT NULL,
ADD COLUMN     "canceled_at" TIMESTAMPTZ(3),
ADD COLUMN     "certificate_number" TEXT,
ADD COLUMN     "customer_id" UUID NOT NULL,
ADD COLUMN     "injection_id" UUID NOT NULL,
ADD COLUMN     "issued_at" TIMESTAMPTZ(3),
ADD COLUMN     "vaccine_name" TEXT NOT NULL,
ALTER COLUMN "status" SET DEFAULT 'APPLIED';

-- CreateTable
CREATE TABLE "known_booking" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "vaccine_name" TEXT NOT NULL,
    "booked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "known_booking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "certificate_application_customer_id_idx" ON "certificate_application"("customer_id");

-- CreateIndex
CREATE INDEX "certificate_application_booking_id_idx" ON "certificate_application"("booking_id");


-- Written by hand: at most one live (APPLIED or ISSUED) application per injection, so two applies at once store one.
CREATE UNIQUE INDEX "certificate_application_one_live_per_injection" ON "certificate_application"("injection_id") WHERE "status" IN ('APPLIED', 'ISSUED');
