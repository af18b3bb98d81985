-- CreateEnum
CREATE TYPE "CourseOrderStatus" AS ENUM ('ORDERED', 'CANCELED');

-- CreateEnum
CREATE TYPE "LearningStatus" AS ENUM ('AWAITING_MANAGER', 'IN_PROGRESS', 'COMPLETED', 'CANCELED');

-- CreateTable
CREATE TABLE "course_order_view" (
    "order_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "order_number" TEXT,
    "course_id" UUID,
    "course_code" TEXT,
    "course_title" TEXT,
    "begin_date" DATE,
    "end_date" DATE,
    "ordered_at" TIMESTAMPTZ(3),
    "order_status" "CourseOrderStatus",
    "learning_id" UUID,
    "learning_status" "LearningStatus",
    "manager_id" UUID,
    "manager_name" TEXT,
    "started_at" TIMESTAMPTZ(3),
    "final_score" INTEGER,
    "final_evaluation_id" UUID,
    "completed_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_order_view_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "learning_interim_score_view" (
    "evaluation_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "note" TEXT,
    "evaluated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "learning_interim_score_view_pkey" PRIMARY KEY ("evaluation_id")
);

-- CreateIndex
CREATE INDEX "course_order_view_student_id_idx" ON "course_order_view"("student_id");

-- CreateIndex
CREATE INDEX "learning_interim_score_view_order_id_idx" ON "learning_interim_score_view"("order_id");

