-- CreateEnum
CREATE TYPE "PizzaRefundStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "pizza_refund" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PizzaRefundStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "pizza_refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pizza_refund_owner_id_idx" ON "pizza_refund"("owner_id");

