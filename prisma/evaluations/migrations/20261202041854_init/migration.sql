-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evaluation_owner_id_idx" ON "evaluation"("owner_id");

