-- CreateEnum
CREATE TYPE "TicketReservationStatus" AS ENUM ('RESERVED', 'ALLOCATED', 'REFUSED_FULL', 'TICKET_DELIVERED', 'CANCELED');

-- CreateTable
CREATE TABLE "ticket_reservation_view" (
    "reservation_id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "TicketReservationStatus" NOT NULL,
    "parking_lot_id" UUID,
    "delivery_id" UUID,
    "ticket_canceled" BOOLEAN NOT NULL DEFAULT false,
    "space_released" BOOLEAN NOT NULL DEFAULT false,
    "reserved_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_reservation_view_pkey" PRIMARY KEY ("reservation_id")
);

-- CreateIndex
CREATE INDEX "ticket_reservation_view_employee_id_idx" ON "ticket_reservation_view"("employee_id");
