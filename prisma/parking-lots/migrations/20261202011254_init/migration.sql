-- CreateEnum
CREATE TYPE "ParkingLotStatus" AS ENUM ('OCCUPIED', 'FULLY_OCCUPIED', 'VACATED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "parking_day" (
    "date" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "occupied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "parking_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "parking_lot" (
    "id" UUID NOT NULL,
    "reservation_id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "ParkingLotStatus" NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "vacated_at" TIMESTAMPTZ(3),

    CONSTRAINT "parking_lot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "parking_lot_reservation_id_key" ON "parking_lot"("reservation_id");

-- CreateIndex
CREATE INDEX "parking_lot_date_status_idx" ON "parking_lot"("date", "status");


-- Hand-written: a day never has more spaces taken than it has, nor fewer than none.
ALTER TABLE "parking_day" ADD CONSTRAINT "parking_day_within_capacity" CHECK ("occupied" >= 0 AND "occupied" <= "capacity");
