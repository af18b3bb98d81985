-- CreateEnum
CREATE TYPE "TicketDeliveryStatus" AS ENUM ('TO_DELIVER', 'SHIPPED', 'CANCELED');

-- CreateTable
CREATE TABLE "ticket_delivery" (
    "id" UUID NOT NULL,
    "reservation_id" UUID NOT NULL,
    "parking_lot_id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "TicketDeliveryStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "shipped_at" TIMESTAMPTZ(3),
    "shipped_by" UUID,
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "ticket_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ticket_delivery_reservation_id_key" ON "ticket_delivery"("reservation_id");

-- CreateIndex
CREATE INDEX "ticket_delivery_status_date_idx" ON "ticket_delivery"("status", "date");

