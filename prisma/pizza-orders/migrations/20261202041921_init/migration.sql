-- CreateEnum
CREATE TYPE "PizzaOrderStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "pizza_order" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PizzaOrderStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "pizza_order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pizza_order_owner_id_idx" ON "pizza_order"("owner_id");

