-- CreateEnum
CREATE TYPE "CourseOrderStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "course_order" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CourseOrderStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "course_order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "course_order_owner_id_idx" ON "course_order"("owner_id");

