-- CreateEnum
CREATE TYPE "DayAvailabilityStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "day_availability" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DayAvailabilityStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "day_availability_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "day_availability_owner_id_idx" ON "day_availability"("owner_id");

