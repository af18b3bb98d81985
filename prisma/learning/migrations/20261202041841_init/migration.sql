-- CreateEnum
CREATE TYPE "LearningRecordStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "learning_record" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "LearningRecordStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "learning_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "learning_record_owner_id_idx" ON "learning_record"("owner_id");

