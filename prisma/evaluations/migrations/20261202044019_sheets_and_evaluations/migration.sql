-- The scaffold's placeholder table held nothing: replaced by the real model.
DROP TABLE "evaluation";
DROP TYPE "EvaluationStatus";

-- CreateEnum
CREATE TYPE "EvaluationSheetStatus" AS ENUM ('OPEN', 'FINAL', 'CANCELED');

-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('INTERIM', 'FINAL');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('REGISTERED', 'CANCELED');

-- CreateTable
CREATE TABLE "evaluation_sheet" (
    "id" UUID NOT NULL,
    "learning_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "manager_id" UUID,
    "status" "EvaluationSheetStatus" NOT NULL DEFAULT 'OPEN',
    "final_evaluation_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "evaluation_sheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL,
    "sheet_id" UUID NOT NULL,
    "learning_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "manager_id" UUID NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "score" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "EvaluationStatus" NOT NULL DEFAULT 'REGISTERED',
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_sheet_learning_id_key" ON "evaluation_sheet"("learning_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_sheet_final_evaluation_id_key" ON "evaluation_sheet"("final_evaluation_id");

-- CreateIndex
CREATE INDEX "evaluation_sheet_student_id_idx" ON "evaluation_sheet"("student_id");

-- CreateIndex
CREATE INDEX "evaluation_sheet_id_idx" ON "evaluation"("sheet_id");

-- CreateIndex
CREATE INDEX "evaluation_learning_id_idx" ON "evaluation"("learning_id");

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_sheet_id_fkey" FOREIGN KEY ("sheet_id") REFERENCES "evaluation_sheet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: one final evaluation per sheet.
CREATE UNIQUE INDEX "evaluation_one_final_per_sheet" ON "evaluation"("sheet_id") WHERE "kind" = 'FINAL';
