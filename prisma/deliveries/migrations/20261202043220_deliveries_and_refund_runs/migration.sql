-- The scaffold's placeholder table goes (it never held data); the deliveries replace it.
-- (Written by hand instead of Prisma's enum swap, whose own BEGIN/COMMIT would end the migration's transaction.)
DROP TABLE "delivery";
DROP TYPE "DeliveryStatus";

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('DELIVERING', 'DELIVERED', 'REFUNDED', 'RETURNED', 'CANCELED');

-- CreateTable
CREATE TABLE "delivery" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'DELIVERING',
    "courier_id" UUID,
    "refund_id" UUID,
    "canceled_refunds" UUID[] DEFAULT ARRAY[]::UUID[],
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),
    "refunded_at" TIMESTAMPTZ(3),
    "returned_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "delivery_order_id_key" ON "delivery"("order_id");

-- CreateIndex
CREATE INDEX "delivery_customer_id_idx" ON "delivery"("customer_id");

-- CreateIndex
CREATE INDEX "delivery_status_idx" ON "delivery"("status");
