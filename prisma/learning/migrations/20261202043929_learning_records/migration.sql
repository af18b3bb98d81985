-- The scaffold's placeholder table held nothing: replaced by the real model.
DROP TABLE "learning_record";
DROP TYPE "LearningRecordStatus";

-- CreateEnum
CREATE TYPE "LearningStatus" AS ENUM ('AWAITING_MANAGER', 'IN_PROGRESS', 'COMPLETED', 'CANCELED');

-- CreateTable
CREATE TABLE "learning_record" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_number" TEXT NOT NULL,
    "student_id" UUID NOT NULL,
    "phone_number" TEXT NOT NULL,
    "course_title" TEXT NOT NULL,
    "status" "LearningStatus" NOT NULL DEFAULT 'AWAITING_MANAGER',
    "manager_id" UUID,
    "manager_name" TEXT,
    "interim_evaluations" INTEGER NOT NULL DEFAULT 0,
    "last_interim_score" INTEGER,
    "last_evaluation_id" UUID,
    "final_score" INTEGER,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "learning_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "learning_record_order_id_key" ON "learning_record"("order_id");

-- CreateIndex
CREATE INDEX "learning_record_student_id_opened_at_idx" ON "learning_record"("student_id", "opened_at");

-- CreateIndex
CREATE INDEX "learning_record_status_opened_at_idx" ON "learning_record"("status", "opened_at");
