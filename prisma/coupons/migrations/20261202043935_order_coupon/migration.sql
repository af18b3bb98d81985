-- The scaffold's placeholder table gives way to the order's coupon (it held no coupons of any release).
DROP TABLE "coupon";
DROP TYPE "CouponStatus";

-- CreateEnum
CREATE TYPE "CouponStatus" AS ENUM ('ISSUED', 'REVOKED');

-- CreateTable
CREATE TABLE "order_coupon" (
    "order_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "delivered" BOOLEAN NOT NULL DEFAULT false,
    "active_refunds" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "canceled_refunds" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "coupon_id" UUID,
    "code" TEXT,
    "status" "CouponStatus",
    "issued_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_coupon_pkey" PRIMARY KEY ("order_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_coupon_coupon_id_key" ON "order_coupon"("coupon_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_coupon_code_key" ON "order_coupon"("code");

-- CreateIndex
CREATE INDEX "order_coupon_customer_id_idx" ON "order_coupon"("customer_id");

