-- CreateEnum
CREATE TYPE "VaccinationBookingStatus" AS ENUM ('BOOKED', 'INJECTED', 'CANCELED');

-- CreateEnum
CREATE TYPE "InjectionStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELED');

-- CreateEnum
CREATE TYPE "CertificateApplicationStatus" AS ENUM ('APPLIED', 'ISSUED', 'CANCELED');

-- CreateTable
CREATE TABLE "vaccination_booking_view" (
    "booking_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "vaccine_id" UUID NOT NULL,
    "vaccine_name" TEXT,
    "date" DATE,
    "status" "VaccinationBookingStatus",
    "booked_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "injection_id" UUID,
    "injection_status" "InjectionStatus",
    "injected_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vaccination_booking_view_pkey" PRIMARY KEY ("booking_id")
);

-- CreateTable
CREATE TABLE "certificate_application_view" (
    "application_id" UUID NOT NULL,
    "booking_id" UUID,
    "customer_id" UUID NOT NULL,
    "injection_id" UUID,
    "vaccine_name" TEXT,
    "status" "CertificateApplicationStatus" NOT NULL,
    "applied_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "issue_id" UUID,
    "certificate_number" TEXT,
    "issued_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_application_view_pkey" PRIMARY KEY ("application_id")
);

-- CreateIndex
CREATE INDEX "vaccination_booking_view_customer_id_idx" ON "vaccination_booking_view"("customer_id");

-- CreateIndex
CREATE INDEX "certificate_application_view_customer_id_idx" ON "certificate_application_view"("customer_id");

-- CreateIndex
CREATE INDEX "certificate_application_view_booking_id_idx" ON "certificate_application_view"("booking_id");

