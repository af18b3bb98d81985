-- CreateEnum
CREATE TYPE "DoseStatus" AS ENUM ('RESERVED', 'RELEASED', 'CONSUMED');

-- CreateTable
CREATE TABLE "vaccine" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "stock" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "registered_by" UUID NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vaccine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dose" (
    "booking_id" UUID NOT NULL,
    "vaccine_id" UUID NOT NULL,
    "status" "DoseStatus" NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dose_pkey" PRIMARY KEY ("booking_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "vaccine_name_key" ON "vaccine"("name");

-- CreateIndex
CREATE INDEX "dose_vaccine_id_idx" ON "dose"("vaccine_id");


-- Written by hand: booked doses never exceed the stock, nor go below zero, whatever a statement does.
ALTER TABLE "vaccine" ADD CONSTRAINT "vaccine_quantities_check" CHECK ("booked" >= 0 AND "booked" <= "stock");
