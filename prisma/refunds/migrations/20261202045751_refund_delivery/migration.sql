-- CreateTable
CREATE TABLE "refund_delivery" (
    "refund_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "refund_delivery_pkey" PRIMARY KEY ("refund_id")
);

-- CreateIndex
CREATE INDEX "refund_delivery_order_id_idx" ON "refund_delivery"("order_id");

