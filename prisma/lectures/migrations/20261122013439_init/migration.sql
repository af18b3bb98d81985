-- CreateEnum
CREATE TYPE "LectureStatus" AS ENUM ('OPEN', 'CANCELED');

-- CreateTable
CREATE TABLE "lecture" (
    "id" UUID NOT NULL,
    "instructor_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "status" "LectureStatus" NOT NULL DEFAULT 'OPEN',
    "enrolled_count" INTEGER NOT NULL DEFAULT 0,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "lecture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lecture_instructor_id_idx" ON "lecture"("instructor_id");

