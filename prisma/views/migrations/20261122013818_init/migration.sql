-- CreateEnum
CREATE TYPE "RegistrationViewStatus" AS ENUM ('REGISTERED', 'PAID', 'CANCELED');

-- CreateEnum
CREATE TYPE "PaymentViewStatus" AS ENUM ('COMPLETED', 'CANCELED');

-- CreateEnum
CREATE TYPE "LectureViewStatus" AS ENUM ('OPEN', 'CANCELED');

-- CreateTable
CREATE TABLE "registration_view" (
    "registration_id" UUID NOT NULL,
    "student_id" UUID,
    "lecture_id" UUID,
    "lecture_title" TEXT,
    "status" "RegistrationViewStatus",
    "payment_id" UUID,
    "payment_status" "PaymentViewStatus",
    "amount" INTEGER,
    "registered_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registration_view_pkey" PRIMARY KEY ("registration_id")
);

-- CreateTable
CREATE TABLE "lecture_view" (
    "lecture_id" UUID NOT NULL,
    "instructor_id" UUID,
    "title" TEXT,
    "capacity" INTEGER,
    "status" "LectureViewStatus",
    "enrolled_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lecture_view_pkey" PRIMARY KEY ("lecture_id")
);

-- CreateIndex
CREATE INDEX "registration_view_student_id_idx" ON "registration_view"("student_id");

-- CreateIndex
CREATE INDEX "registration_view_lecture_id_idx" ON "registration_view"("lecture_id");

-- CreateIndex
CREATE INDEX "registration_view_payment_id_idx" ON "registration_view"("payment_id");

-- CreateIndex
CREATE INDEX "lecture_view_instructor_id_idx" ON "lecture_view"("instructor_id");

