-- CreateEnum
CREATE TYPE "TicketReservationStatus" AS ENUM ('RESERVED', 'ALLOCATED', 'REFUSED_FULL', 'TICKET_DELIVERED', 'CANCELED');

-- CreateTable
CREATE TABLE "ticket_reservation" (
    "id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "TicketReservationStatus" NOT NULL,
    "parking_lot_id" UUID,
    "delivery_id" UUID,
    "reserved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "allocated_at" TIMESTAMPTZ(3),
    "refused_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "ticket_reservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_reservation_employee_id_date_idx" ON "ticket_reservation"("employee_id", "date");


-- Hand-written: one live reservation per employee and date (a refused or canceled one does not count).
CREATE UNIQUE INDEX "ticket_reservation_one_live_per_day" ON "ticket_reservation"("employee_id", "date") WHERE "status" IN ('RESERVED', 'ALLOCATED', 'TICKET_DELIVERED');
