-- The scaffold's placeholder table goes (it never held data); the menu and the orders replace it.
-- (Written by hand instead of Prisma's enum swap, whose own BEGIN/COMMIT would end the migration's transaction.)
DROP TABLE "pizza_order";
DROP TYPE "PizzaOrderStatus";

-- CreateEnum
CREATE TYPE "PizzaOrderStatus" AS ENUM ('PLACED', 'PAID', 'CANCELED');

-- CreateTable
CREATE TABLE "pizza" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "price" INTEGER NOT NULL,

    CONSTRAINT "pizza_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pizza_name_key" ON "pizza"("name");

-- CreateTable
CREATE TABLE "pizza_order" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "lines" JSONB NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "PizzaOrderStatus" NOT NULL DEFAULT 'PLACED',
    "payment_id" UUID,
    "placed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "pizza_order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pizza_order_customer_id_idx" ON "pizza_order"("customer_id");

-- The menu (prices in cents), with fixed ids so that demo data, tests and clients may name them.
INSERT INTO "pizza" ("id", "name", "description", "price") VALUES
    ('a0000000-0000-4000-8000-000000000001', 'Margherita', 'Tomato, mozzarella, basil', 1090),
    ('a0000000-0000-4000-8000-000000000002', 'Marinara', 'Tomato, garlic, oregano, olive oil', 890),
    ('a0000000-0000-4000-8000-000000000003', 'Pepperoni', 'Tomato, mozzarella, pepperoni', 1290),
    ('a0000000-0000-4000-8000-000000000004', 'Quattro Formaggi', 'Mozzarella, gorgonzola, parmesan, fontina', 1390),
    ('a0000000-0000-4000-8000-000000000005', 'Funghi', 'Tomato, mozzarella, mushrooms', 1190),
    ('a0000000-0000-4000-8000-000000000006', 'Capricciosa', 'Tomato, mozzarella, ham, mushrooms, artichokes, olives', 1450),
    ('a0000000-0000-4000-8000-000000000007', 'Diavola', 'Tomato, mozzarella, spicy salami, chili', 1350);
