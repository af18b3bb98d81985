-- The scaffold's placeholder table gives way to the refund (it held no refunds of any release).
DROP TABLE "pizza_refund";
DROP TYPE "PizzaRefundStatus";

-- CreateEnum
CREATE TYPE "PizzaRefundStatus" AS ENUM ('PENDING', 'COMPLETED', 'CANCELED');

-- CreateTable
CREATE TABLE "pizza_refund" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "PizzaRefundStatus" NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "canceled_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "pizza_refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pizza_refund_customer_id_idx" ON "pizza_refund"("customer_id");

-- CreateIndex
CREATE INDEX "pizza_refund_order_id_idx" ON "pizza_refund"("order_id");

-- Written by hand: one live (not CANCELED) refund per order, so two requests at once store one.
CREATE UNIQUE INDEX "pizza_refund_one_live_per_order" ON "pizza_refund"("order_id") WHERE "status" <> 'CANCELED';
