-- CreateEnum
CREATE TYPE "VaccinationBookingStatus" AS ENUM ('BOOKED', 'INJECTED', 'CANCELED');

-- CreateTable
CREATE TABLE "vaccination_booking" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "vaccine_id" UUID NOT NULL,
    "vaccine_name" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "VaccinationBookingStatus" NOT NULL DEFAULT 'BOOKED',
    "injection_id" UUID,
    "booked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "injected_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "vaccination_booking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "vaccination_booking_customer_id_idx" ON "vaccination_booking"("customer_id");


-- Written by hand: one live booking per customer, so two submits at once store one.
CREATE UNIQUE INDEX "vaccination_booking_one_live_per_customer" ON "vaccination_booking"("customer_id") WHERE "status" = 'BOOKED';
