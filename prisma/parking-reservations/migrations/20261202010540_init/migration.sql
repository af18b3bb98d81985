-- CreateEnum
CREATE TYPE "TicketReservationStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "ticket_reservation" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TicketReservationStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "ticket_reservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_reservation_owner_id_idx" ON "ticket_reservation"("owner_id");

