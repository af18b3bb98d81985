-- CreateEnum
CREATE TYPE "TicketDeliveryStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "ticket_delivery" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TicketDeliveryStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "ticket_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_delivery_owner_id_idx" ON "ticket_delivery"("owner_id");

