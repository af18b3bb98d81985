-- CreateEnum
CREATE TYPE "InjectionStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELED');

-- CreateTable
CREATE TABLE "injection" (
    "id" UUID NOT NULL,
    "booking_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "vaccine_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "InjectionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by" UUID,
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "injection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "injection_booking_id_key" ON "injection"("booking_id");

-- CreateIndex
CREATE INDEX "injection_status_date_idx" ON "injection"("status", "date");

