-- CreateEnum
CREATE TYPE "ParkingLotStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "parking_lot" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ParkingLotStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "parking_lot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "parking_lot_owner_id_idx" ON "parking_lot"("owner_id");

