-- CreateEnum
CREATE TYPE "OfferedLectureStatus" AS ENUM ('OPEN', 'CANCELED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'PAID', 'CANCELED');

-- CreateEnum
CREATE TYPE "CancellationReason" AS ENUM ('STUDENT_CANCELED', 'LECTURE_CANCELED');

-- CreateTable
CREATE TABLE "offered_lecture" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "status" "OfferedLectureStatus" NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "offered_lecture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seat_hold" (
    "registration_id" UUID NOT NULL,
    "lecture_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seat_hold_pkey" PRIMARY KEY ("registration_id")
);

-- CreateTable
CREATE TABLE "registration" (
    "id" UUID NOT NULL,
    "lecture_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "cancellation_reason" "CancellationReason",
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "registration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "seat_hold_created_at_idx" ON "seat_hold"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "seat_hold_lecture_id_student_id_key" ON "seat_hold"("lecture_id", "student_id");

-- CreateIndex
CREATE INDEX "registration_student_id_idx" ON "registration"("student_id");

-- CreateIndex
CREATE INDEX "registration_lecture_id_status_idx" ON "registration"("lecture_id", "status");


-- One live registration per student and lecture (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "registration_one_live_per_student" ON "registration"("lecture_id", "student_id") WHERE "status" <> 'CANCELED';
