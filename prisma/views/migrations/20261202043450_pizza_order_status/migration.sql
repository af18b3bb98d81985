-- CreateEnum
CREATE TYPE "PizzaOrderStatus" AS ENUM ('PLACED', 'PAID', 'CANCELED');

-- CreateEnum
CREATE TYPE "PizzaRefundStatus" AS ENUM ('PENDING', 'CANCELED', 'COMPLETED');

-- CreateTable
CREATE TABLE "pizza_order_view" (
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "lines" JSONB,
    "amount" INTEGER,
    "status" "PizzaOrderStatus",
    "placed_at" TIMESTAMPTZ(3),
    "payment_id" UUID,
    "payment_status" "PaymentStatus",
    "delivery_id" UUID,
    "delivered_at" TIMESTAMPTZ(3),
    "delivery_canceled" BOOLEAN NOT NULL DEFAULT false,
    "delivery_refunds" INTEGER NOT NULL DEFAULT 0,
    "delivery_refunds_canceled" INTEGER NOT NULL DEFAULT 0,
    "delivery_returned" BOOLEAN NOT NULL DEFAULT false,
    "coupon_id" UUID,
    "coupon_code" TEXT,
    "coupon_revocations" INTEGER NOT NULL DEFAULT 0,
    "coupon_restorations" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pizza_order_view_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "pizza_refund_view" (
    "refund_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "reason" TEXT,
    "status" "PizzaRefundStatus" NOT NULL,
    "refunded_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pizza_refund_view_pkey" PRIMARY KEY ("refund_id")
);

-- CreateIndex
CREATE INDEX "pizza_order_view_customer_id_idx" ON "pizza_order_view"("customer_id");

-- CreateIndex
CREATE INDEX "pizza_refund_view_order_id_idx" ON "pizza_refund_view"("order_id");

